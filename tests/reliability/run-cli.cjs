// Runs the command line from the TypeScript sources in a process of its own, as bin/uppfoljning
// runs the built one: `node tests/reliability/run-cli.cjs <command> …`.
"use strict";
require("./ts-require.cjs");

require("../../src/cli/main.ts").runCli(process.argv.slice(2));
