// Debian's Chromium kept off the network: the launch flags that stop the browser's own background
// traffic. Shared by the browser tests (tests/e2e/support/browser.ts) and the benchmark's
// first-paint measurement (scripts/bench/pane.mjs).
"use strict";

const OFFLINE_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

module.exports = { OFFLINE_FLAGS };
