/** Output paths (src/cli/files.ts): every command refuses a folder as its output, before any work. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fixtureBytes } from "../../src/cli/commands/examples";
import { loadSeedFixture } from "../fixtures/seeds/format";
import { runCliIn } from "./run-cli";

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-files-"));
  fs.writeFileSync(
    path.join(dir, "kof-2020-delar.xlsx"),
    await fixtureBytes(loadSeedFixture("kof-2020-delar")),
  );
  fs.mkdirSync(path.join(dir, "mapp"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("an output that is a folder", () => {
  it.each([
    ["consolidate", "kof-2020-delar.xlsx", "-o", "mapp", "--force"],
    ["consolidate", "kof-2020-delar.xlsx", "-o", "ut/ok.xlsx", "--html", "mapp"],
    ["structure", "kof-2020-delar.xlsx", "-o", "mapp", "--force"],
    ["template", "-o", "mapp", "--force"],
  ])("names an output that is a folder as a folder, before any work: %s %s …", async (...argv) => {
    const { code, out, err } = await runCliIn(dir, ...argv);
    expect(code).toBe(2);
    expect(err).toMatch(/Utfilen .*mapp är en mapp/);
    expect(out).toBe("");
    expect(fs.statSync(path.join(dir, "mapp")).isDirectory()).toBe(true);
  });
});

describe("an output below a file", () => {
  it.each([
    ["template", "-o", "kof-2020-delar.xlsx/mall.xlsx"],
    ["demo", "-o", "kof-2020-delar.xlsx"],
  ])("says a part of the path is a file, not an unexpected error: %s %s %s", async (...argv) => {
    const { code, err } = await runCliIn(dir, ...argv);
    expect(code).toBe(2);
    expect(err).toMatch(/^Fel: Filen kan inte skrivas: .*kof-2020-delar\.xlsx.*En del av sökvägen är en fil, inte en mapp\.\n$/);
  });
});
