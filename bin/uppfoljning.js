#!/usr/bin/env node
"use strict";
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
