// The ExcelJS read floor as its own process (scripts/bench.mjs): load each file given on the
// command line with ExcelJS, one after the other, as the CLI reads them. Prints nothing.
const fs = require("node:fs");
const ExcelJS = require("exceljs");

(async () => {
  for (const file of process.argv.slice(2))
    await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file));
})().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
