// Preloaded into the CLI child process by scripts/bench.mjs (node --require): reports the
// process's peak resident set size on exit, so the benchmark needs no /usr/bin/time.
const fs = require("node:fs");

process.on("exit", () => {
  fs.writeSync(2, `\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
