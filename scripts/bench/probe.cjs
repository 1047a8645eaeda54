// Preloaded into every child process of scripts/bench.mjs (node --require): on exit, reports the
// process's CPU time (user + system, all its threads), its peak resident set size and the largest
// single piece it wrote to stdout, so the benchmark needs no /usr/bin/time and can check that
// output is streamed, not built whole.
const fs = require("node:fs");

let largestWrite = 0;
const write = process.stdout.write;
process.stdout.write = function probedWrite(chunk, ...rest) {
  const bytes = typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
  if (bytes > largestWrite) largestWrite = bytes;
  return write.call(this, chunk, ...rest);
};

process.on("exit", () => {
  const usage = process.resourceUsage();
  fs.writeSync(
    2,
    `\nBENCH_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\nBENCH_MAXRSS_KB=${usage.maxRSS}\nBENCH_MAXWRITE_BYTES=${largestWrite}\n`,
  );
});
