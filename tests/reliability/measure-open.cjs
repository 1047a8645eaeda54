// Opens one workbook as the CLI does (src/cli/files.ts: node:zlib, Buffer decoding) and reads
// every sheet, in a process of its own, so its time and peak memory can be measured alone.
// Prints one JSON line: { ok, code, message, ms, maxRssMb }. The TypeScript sources are
// transpiled on load (ts-require.cjs); that is not in `ms`.
"use strict";
require("./ts-require.cjs");

const { openWorkbook } = require("../../src/cli/files.ts");

(async () => {
  const started = performance.now();
  let result;
  try {
    const workbook = await openWorkbook(process.argv[2]);
    for (const sheet of await workbook.listSheets()) await workbook.readSheet(sheet.name);
    result = { ok: true };
  } catch (error) {
    result = { ok: false, code: error.code, message: String(error.message) };
  }
  result.ms = Math.round(performance.now() - started);
  result.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify(result)}\n`);
})();
