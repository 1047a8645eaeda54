/**
 * The ribbon's function file. Every button in manifest.xml is a ShowTaskpane action (its URL
 * carries ?view=kontrollera / ?view=sammanstall), which works on every platform without a shared
 * runtime; checking ends in findings to review and consolidating in choosing files, both in the
 * pane. So no ExecuteFunction command exists and none is registered here — a handler that no
 * button calls could never run. The page stays because the manifest's DesktopFormFactor needs a
 * FunctionFile; Office only initialises it.
 */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") void Office.onReady();
export {};
