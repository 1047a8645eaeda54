// Lints texts at given paths with the project's eslint.config.mjs and prints each one's rule ids.
// A child process of tests/lint/layers.test.ts: jest's module system cannot load the ESM config.
// stdin: [{ file, code }], stdout: [[ruleId, …], …]
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const eslint = new ESLint({ cwd: ROOT });
let input = "";
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  out.push(result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`));
}
process.stdout.write(JSON.stringify(out));
