/**
 * The real executable: bin/uppfoljning.js over the compiled lib/ (built here once with
 * tsc -p tsconfig.cli.json, as npm's "prepare" does).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "uppfoljning.js");

beforeAll(() => {
  // The bin test needs only the output: --noCheck emits what `npm run build:cli` emits, byte for
  // byte, without the type check (a few seconds instead of a minute on a busy machine; the type
  // check is npm test's own first step).
  spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json", "--noCheck"],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))).toBe(true);
});

/** The files (resolved paths) a CLI run loads, seen from inside a fresh Node process. */
function modulesLoadedBy(args: string[]): { status: number | null; files: string[] } {
  const preload = path.join(os.tmpdir(), `uppfoljning-modules-${process.pid}.cjs`);
  fs.writeFileSync(
    preload,
    `const Module = require("node:module");
const files = [];
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { files.push(Module._resolveFilename(request, parent, isMain)); } catch {}
  return load.apply(this, arguments);
};
process.on("exit", () => require("node:fs").writeSync(2, "\\nMODULES " + JSON.stringify(files) + "\\n"));`,
  );
  try {
    const result = spawnSync(process.execPath, ["--require", preload, BIN, ...args], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const files = JSON.parse(/MODULES (.*)/.exec(result.stderr)?.[1] ?? "null") as string[];
    return { status: result.status, files };
  } finally {
    fs.rmSync(preload, { force: true });
  }
}

describe("start-up", () => {
  it("answers --help without loading a command, the core, zod, ExcelJS or fflate", () => {
    const { status, files } = modulesLoadedBy(["--help"]);
    expect(status).toBe(0);
    // core/port.js (the port and its error class, type imports only) and validate/types.js are small.
    const heavy = files.filter((file) =>
      /node_modules\/(zod|exceljs|fflate|cli-progress)\/|lib\/(core\/(?!validate\/types|port\.js)|cli\/commands\/(?!index)|workbook\/file\/)/.test(
        file,
      ),
    );
    expect(files.length).toBeGreaterThan(3);
    expect(heavy).toEqual([]);
  });

  it("loads only the command that runs", () => {
    const { files } = modulesLoadedBy(["validate", "--help"]);
    const commands = files.filter((file) => /lib\/cli\/commands\/(?!index)/.test(file));
    expect(commands.map((file) => path.basename(file))).toEqual(["validate.js"]);
  });
});

describe("what a run loads", () => {
  // zod checks input: a profile or stamp a workbook brings. Reports without them (the fixtures
  // carry none) are structured, validated and consolidated without loading it (about 40 ms CPU).
  const fixture = path.join(ROOT, "tests/fixtures/xlsx/kof-2020-libreoffice.xlsx");
  const zodFiles = (files: string[]) => files.filter((file) => /node_modules\/zod\//.test(file));

  it("validates a report without loading zod", () => {
    const { status, files } = modulesLoadedBy(["validate", fixture, "--json"]);
    expect(status).not.toBeNull();
    expect(files.some((file) => /lib\/core\/validate\//.test(file))).toBe(true);
    expect(zodFiles(files)).toEqual([]);
  });

  it("consolidates reports without loading zod, or a progress bar it would not draw", () => {
    const out = path.join(os.tmpdir(), `uppfoljning-bin-${process.pid}.xlsx`);
    try {
      // Four files: enough for a progress bar on a terminal; stderr here is a pipe.
      const args = ["consolidate", fixture, fixture, fixture, fixture, "-o", out, "--force"];
      const { status, files } = modulesLoadedBy(args);
      expect(status).toBe(0);
      expect(fs.existsSync(out)).toBe(true);
      expect(zodFiles(files)).toEqual([]);
      expect(files.filter((file) => /node_modules\/cli-progress\//.test(file))).toEqual([]);
    } finally {
      fs.rmSync(out, { force: true });
    }
  });

  it("loads zod for a profile the user gives", () => {
    const profile = path.join(os.tmpdir(), `uppfoljning-bin-${process.pid}.json`);
    fs.writeFileSync(profile, "{}");
    try {
      const { status, files } = modulesLoadedBy(["validate", fixture, "--profile", profile]);
      expect(status).not.toBe(0);
      expect(zodFiles(files).length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(profile, { force: true });
    }
  });
});

describe("output to a reader that stops early", () => {
  it("ends quietly when stdout is closed (… | head)", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(
      process.execPath,
      [BIN, "validate", path.join(ROOT, "tests/fixtures/xlsx/kof-2020-libreoffice.xlsx"), "--json"],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    // Closing our end before the child writes: its first write meets a closed pipe (EPIPE).
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).not.toBe(2);
  });
});

describe("bin/uppfoljning.js", () => {
  it("writes a template and structures it, with exit codes 0 and 2", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-bin-"));
    try {
      const template = spawnSync(
        process.execPath,
        [BIN, "template", "-o", "mall.xlsx", "--year", "2024", "--period", "helar"],
        { cwd: dir, encoding: "utf8" },
      );
      expect(template.stderr).toBe("");
      expect(template.status).toBe(0);
      expect(fs.statSync(path.join(dir, "mall.xlsx")).size).toBeGreaterThan(1000);

      const structure = spawnSync(process.execPath, [BIN, "structure", "mall.xlsx", "--json"], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(structure.status).toBe(0);
      expect(JSON.parse(structure.stdout).reports[0]).toMatchObject({
        year: 2024,
        period: "helar",
        cutoff: "2024-12-31",
      });

      fs.writeFileSync(
        path.join(dir, "trasig.xlsx"),
        fs.readFileSync(path.join(dir, "mall.xlsx")).subarray(0, 2000),
      );
      const broken = spawnSync(process.execPath, [BIN, "structure", "trasig.xlsx"], {
        cwd: dir,
        encoding: "utf8",
      });
      expect(broken.status).toBe(2);
      expect(broken.stdout).toBe("");
      expect(broken.stderr).toMatch(/^Fel: trasig\.xlsx: Filen är skadad eller ofullständig/);
      expect(broken.stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
