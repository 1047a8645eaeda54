/**
 * Öppna exempel after a fresh `npm run build` (issue 16): the build itself renders every example
 * the standalone pane offers (prebuild → `npm run examples` → assets/examples, which webpack
 * copies to dist/examples). Before, the examples existed only after a separate `npm run demo`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXAMPLES } from "../../src/taskpane/StandaloneBar";
import { renderExamples } from "../../src/cli/commands/examples";

const ROOT = path.resolve(__dirname, "../..");
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("the build renders the examples the pane offers", () => {
  it("npm run build runs the examples command first", () => {
    // npm runs "prebuild" before "build"; the examples script renders into assets/examples.
    expect(scripts.prebuild).toBe("npm run examples");
    expect(scripts.examples).toMatch(/uppfoljning\.js examples$/);
  });

  it("the examples command renders a file for every example the pane lists", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "examples-"));
    try {
      await renderExamples(path.join(ROOT, "examples", "seeds"), dir);
      const files = fs.readdirSync(dir);
      expect(EXAMPLES.filter((id) => !files.includes(`${id}.xlsx`))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
