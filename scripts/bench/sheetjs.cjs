// The SheetJS peer as its own process (scripts/bench.mjs): what a user could do instead of the
// CLI with the best-known spreadsheet library (@e965/xlsx, the current SheetJS build on npm).
// Reads every file given after the output path, turns each sheet into rows (sheet_to_json),
// keeps the activity rows (column B filled, not the repeated header) and writes them all as one
// sheet: `node sheetjs.cjs out.xlsx in1.xlsx in2.xlsx …`. Prints the number of rows written.
const fs = require("node:fs");
const XLSX = require("@e965/xlsx");

const [output, ...inputs] = process.argv.slice(2);
const rows = [["Källa", "Nämndmål", "Aktivitet", "Slutdatum", "Ansvarig", "Status", "Kommentar"]];
for (const file of inputs) {
  const workbook = XLSX.read(fs.readFileSync(file));
  for (const name of workbook.SheetNames) {
    const sheetRows = XLSX.utils.sheet_to_json(workbook.Sheets[name], {
      header: 1,
      blankrows: false,
    });
    for (const row of sheetRows) {
      if (row[1] === undefined || row[1] === null || row[1] === "" || row[1] === "Aktivitet")
        continue;
      rows.push([file, ...row.slice(0, 6)]);
    }
  }
}
const out = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(rows), "Alla aktiviteter");
XLSX.writeFile(out, output, { compression: true });
process.stdout.write(`${rows.length - 1}\n`);
