/**
 * The layer rules of eslint.config.mjs fire on a wrong import (and stay quiet on the right one),
 * and typed linting catches a floating promise. ESLint's Node API (new ESLint().lintText) lints
 * text given the path of an existing file in each layer (typed linting needs a file of the
 * project), in one child process (lint-text.mjs: jest cannot load
 * the ESM config); nothing is written to disk.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

type Sample = { file: string; code: string };

/** Rule ids ESLint reports for each sample, in order. */
function lint(samples: Sample[]): string[][] {
  const out = execFileSync(process.execPath, [path.join(__dirname, "lint-text.mjs")], {
    input: JSON.stringify(samples),
    encoding: "utf8",
  });
  return JSON.parse(out) as string[][];
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
beforeAll(() => {
  results = lint([
    ...cases.flatMap(({ file, wrong, right }) => [
      { file, code: `${wrong}\nexport {};\n` },
      { file, code: `${right}\nexport {};\n` },
    ]),
    { file: FLOATING_FILE, code: floatingBody("write();") },
    { file: FLOATING_FILE, code: floatingBody("await write();") },
  ]);
}, 60_000);

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
