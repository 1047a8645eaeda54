#!/usr/bin/env node
"use strict";
// V8's code cache for the CLI's modules (about 130 files compiled on every run): Node 22.1 and
// later keep it in the temporary directory; older Node has no enableCompileCache, and nothing
// changes there. A cache that cannot be written only costs the attempt (Node reports, not throws).
const nodeModule = require("node:module");
if (typeof nodeModule.enableCompileCache === "function") nodeModule.enableCompileCache();

// A CLI run is short: a third of its CPU time went to V8's optimising compiler (background
// threads, counted in the CPU time the benchmark measures), mostly inlining callees into the few
// hot functions (the XML reader, the row readers, the rules), some of them compiled several
// times, and much of it for code that ran only a little longer. Without inlining, and with a
// function optimised after about 4.5 times the default amount of work (--interrupt-budget,
// default 67,584), the compiler's work shrinks more than the code slows: 10-20 % less CPU time
// for consolidate and validate --json (README, Performance). Compiler options, read per
// compilation; nothing else changes. Where the engine refuses flags at run time, it stays as it is.
//
// The young generation starts at 1 MB and doubles after a scavenge up to its 16 MB maximum: a run
// that reads 50 reports allocates several hundred MB and scavenged 31 times, the first ones with
// a space too small for what one file allocates. Growing it four-fold reaches the maximum
// sooner (26 scavenges, 1-2.5 % less CPU, same peak memory). The factor is read each time the
// space grows; the size limits themselves are not touched (those cannot change after start-up).
try {
  const v8 = require("node:v8");
  v8.setFlagsFromString("--no-turbo-inlining");
  v8.setFlagsFromString("--interrupt-budget=300000");
  v8.setFlagsFromString("--semi-space-growth-factor=4");
} catch {
  // an engine that freezes its flags after start-up: compile as it would anyway
}

// The compiled CLI lives in lib/ (npm run build:cli, also run by npm's "prepare").
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (
    error &&
    error.code === "MODULE_NOT_FOUND" &&
    String(error.message).includes("lib/cli/main.js")
  ) {
    process.stderr.write(
      "Fel: kommandoraden är inte byggd. Kör npm run build:cli och försök igen.\n",
    );
    process.exit(2);
  }
  throw error;
}
cli.runCli(process.argv.slice(2));
