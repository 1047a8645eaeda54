/**
 * The pane's lazily loaded modules (src/taskpane/views/lazy.tsx), loaded with the test file that
 * imports this. Module loading has no timeout; a lazy import first made inside a test loads (and
 * on a fresh clone transpiles) the module within a findBy's or waitFor's 1 s, which a busy
 * machine eats into. Loaded here, the pane's `import()` resolves from jest's module registry at
 * once, as a cached chunk does in the browser.
 */
import "../../src/taskpane/views/CheckView";
import "../../src/taskpane/views/SubmitView";
import "../../src/taskpane/views/ConsolidateView";
import "../../src/taskpane/views/SettingsView";
import "../../src/taskpane/components/StructureReport";
