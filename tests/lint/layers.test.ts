/**
 * The layer rules of eslint.config.mjs fire on a wrong import (and stay quiet on the right one),
 * and typed linting catches a floating promise. ESLint's Node API (new ESLint().lintText) lints
 * text given the path of an existing file in each layer (typed linting needs a file of the
 * project), in one child process (lint-text.mjs: jest cannot load
 * the ESM config); nothing is written to disk.
 */
import { execFile } from "node:child_process";
import * as path from "node:path";

type Sample = { file: string; code: string };

// Typed linting builds the project's TypeScript program once: about 8 s on an idle 2-core
// machine, 20 s at a load of 5, 30 s at 10. Bounded work, given four times the last; a hung
// child is killed just before the hook's own timeout.
const LINT_TIMEOUT_MS = 120_000;

/** Rule ids ESLint reports for each sample, in order. */
function lint(samples: Sample[]): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, "lint-text.mjs")],
      { encoding: "utf8", maxBuffer: 1 << 24, timeout: LINT_TIMEOUT_MS - 5_000 },
      (error, out) => (error ? reject(error) : resolve(JSON.parse(out) as string[][])),
    );
    child.stdin!.end(JSON.stringify(samples));
  });
}

const cases: { layer: string; file: string; wrong: string; right: string; rule?: string }[] = [
  {
    layer: "core → workbook",
    file: "src/core/stamp/stamp.ts",
    wrong: 'import { FileWorkbook } from "../../workbook/file";',
    right: 'import type { WorkbookPort } from "../port";',
  },
  {
    layer: "core → taskpane",
    file: "src/core/grid.ts",
    wrong: 'import { App } from "../taskpane/App";',
    right: 'import { parseRange } from "./grid";',
  },
  {
    layer: "core → cli",
    file: "src/core/workflow/marks.ts",
    wrong: 'import { runCli } from "../../cli/main";',
    right: 'import { readWorkbook } from "./workbook";',
  },
  {
    layer: "core → commands",
    file: "src/core/grid.ts",
    wrong: 'import "../commands/commands";',
    right: 'import "./model";',
  },
  {
    layer: "core → react",
    file: "src/core/grid.ts",
    wrong: 'import * as React from "react";',
    right: 'import { z } from "zod";',
  },
  {
    layer: "core → exceljs",
    file: "src/core/grid.ts",
    wrong: 'import ExcelJS from "exceljs";',
    right: 'import { z } from "zod";',
  },
  {
    layer: "core → node:*",
    file: "src/core/grid.ts",
    wrong: 'import * as fs from "node:fs";',
    right: 'import { z } from "zod";',
  },
  {
    layer: "core → bare Node builtin",
    file: "src/core/grid.ts",
    wrong: 'import * as path from "path";',
    right: 'import { z } from "zod";',
  },
  {
    layer: "core uses Excel.*",
    file: "src/core/grid.ts",
    wrong: "export const run = () => Excel.run(async () => undefined);",
    right: "export const run = () => undefined;",
    rule: "no-restricted-globals",
  },
  {
    layer: "taskpane → office internals",
    file: "src/taskpane/services.ts",
    wrong: 'import { writeSheetsInExcel } from "../workbook/office/write";',
    right: 'import { OfficeWorkbook } from "../workbook/office/office-workbook";',
  },
  {
    layer: "taskpane → file internals",
    file: "src/taskpane/views/CheckView.tsx",
    wrong: 'import { renderSheet } from "../../workbook/file/render-spec";',
    right: 'import { FileWorkbook } from "../../workbook/file/file-workbook";',
  },
  {
    layer: "taskpane → workbook/spec",
    file: "src/taskpane/services.ts",
    wrong: 'import { LIST_SHEET } from "../workbook/spec/formulas";',
    right: 'import { LIST_SHEET } from "../workbook/file";',
  },
  {
    layer: "taskpane uses Excel.*",
    file: "src/taskpane/services.ts",
    wrong: "export const run = () => Excel.run(async () => undefined);",
    right: "export const run = () => undefined;",
    rule: "no-restricted-globals",
  },
  {
    layer: "office → file",
    file: "src/workbook/office/render.ts",
    wrong: 'import { parseRange } from "../file/index";',
    right: 'import { assertWritableSpecs } from "../spec/check-specs";',
  },
  {
    layer: "file → office",
    file: "src/workbook/file/xlsx/read.ts",
    wrong: 'import { markFormula } from "../../office/marks";',
    right: 'import { isMarkFormula } from "../../spec/mark-style";',
  },
  {
    layer: "spec → file",
    file: "src/workbook/spec/formulas.ts",
    wrong: 'import { FileWorkbook } from "../file";',
    right: 'import { parseRange } from "../../core/grid";',
  },
];

const FLOATING = "@typescript-eslint/no-floating-promises";
const floatingBody = (call: string): string =>
  `async function write(): Promise<void> {}\nexport async function run(): Promise<void> {\n  ${call}\n}\n`;
const FLOATING_FILE = "src/core/workflow/consolidation.ts";

let results: string[][] = [];
// Asynchronous, so that the timeout can stop it (a synchronous child blocks jest's timer).
beforeAll(async () => {
  results = await lint([
    ...cases.flatMap(({ file, wrong, right }) => [
      { file, code: `${wrong}\nexport {};\n` },
      { file, code: `${right}\nexport {};\n` },
    ]),
    { file: FLOATING_FILE, code: floatingBody("write();") },
    { file: FLOATING_FILE, code: floatingBody("await write();") },
  ]);
}, LINT_TIMEOUT_MS);

describe("layer rules in the lint", () => {
  it.each(cases.map((c, i) => ({ ...c, i })))(
    "$layer fails the lint",
    ({ i, rule = "no-restricted-imports" }) => {
      expect(results[2 * i]).toContain(rule);
      expect(results[2 * i + 1]).not.toContain(rule);
    },
  );
});

describe("typed linting", () => {
  it("a floating promise in src/ fails the lint, an awaited one does not", () => {
    expect(results[2 * cases.length]).toContain(FLOATING);
    expect(results[2 * cases.length + 1]).not.toContain(FLOATING);
  });
});
