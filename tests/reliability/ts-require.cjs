// Lets a plain Node child process of a test require the TypeScript sources: each is transpiled
// on load (typescript.transpileModule, no type check) and kept by content hash in the temp folder.
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
