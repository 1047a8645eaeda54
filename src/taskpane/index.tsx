// Placeholder entry for the task pane; the UI work replaces it. It renders without Office.js
// too (standalone browser mode), so it never assumes the global `Office` exists.
import { createRoot } from "react-dom/client";
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";

function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title2 as="h1">Uppföljning</Title2>
      </main>
    </FluentProvider>
  );
}

function render(): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => render());
} else {
  render();
}
