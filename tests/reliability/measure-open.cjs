// Opens one workbook as the CLI does (src/cli/files.ts: node:zlib, Buffer decoding) and reads
// every sheet, in a process of its own, so its time and peak memory can be measured alone.
// Prints one JSON line: { ok, code, message, ms, maxRssMb }. The TypeScript sources are
// transpiled on load (typescript.transpileModule, no type check); that is not in `ms`.
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

// Transpiled modules are kept by content hash, so the processes after the first start quickly.
const CACHE = path.join(os.tmpdir(), "uppfoljning-measure-open");
fs.mkdirSync(CACHE, { recursive: true });
let ts;

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const cached = path.join(CACHE, `${createHash("sha1").update(source).digest("hex")}.js`);
  if (fs.existsSync(cached)) return module._compile(fs.readFileSync(cached, "utf8"), filename);
  ts ??= require("typescript");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  fs.writeFileSync(`${cached}.${process.pid}`, outputText);
  fs.renameSync(`${cached}.${process.pid}`, cached);
  module._compile(outputText, filename);
};

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
