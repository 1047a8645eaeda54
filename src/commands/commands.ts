// Placeholder function file for the ribbon; the UI work replaces it. The manifest's buttons
// open the task pane (ShowTaskpane), so these handlers are only registered for hosts or
// future buttons that use ExecuteFunction; each just completes the event.
const COMMANDS = ["visaPanel", "kontrollera", "sammanstall"] as const;

function complete(event: Office.AddinCommands.Event): void {
  event.completed();
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    for (const name of COMMANDS) Office.actions.associate(name, complete);
  });
}
