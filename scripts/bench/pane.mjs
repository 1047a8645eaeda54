// The task pane's start: the JavaScript it needs before its first paint (gzipped), and the time
// to that paint in Chromium (/usr/bin/chromium through playwright-core, offline, as tests/e2e
// drives it), standalone mode, served by scripts/serve.mjs from a production build in dist/.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { load, log, median, mtime, newestMtime, require, ROOT, round, run } from "./common.mjs";

const DIST = path.join(ROOT, "dist");
const CHROMIUM = process.env.UPPFOLJNING_CHROMIUM ?? "/usr/bin/chromium";
const { OFFLINE_FLAGS } = require("../chromium.cjs");
const OFFICE_JS_PREFIX = "https://appsforoffice.microsoft.com/";
const PAINT_RUNS = 5;

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);

export function ensurePaneBuild() {
  const sources = [
    "src/taskpane",
    "src/core",
    "src/workbook",
    "src/commands",
    "webpack.config.js",
    "package-lock.json",
  ];
  if (mtime(path.join(DIST, "taskpane.html")) > newestMtime(sources)) return false;
  log("  bygger panelen (webpack --mode production) …");
  run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"]);
  return true;
}

function fileInfo(name) {
  const file = path.join(DIST, name);
  return { file: name, bytes: fs.statSync(file).size, gzipBytes: gzipBytes(file) };
}

/** The script tags of taskpane.html (the initial chunks) and every other chunk (loaded on demand). */
export function bundleSizes() {
  const page = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  // The production HTML is minified: attribute values may be unquoted.
  const scripts = [...page.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  const initial = scripts
    .filter((src) => !/^https?:/.test(src))
    .map((src) => fileInfo(src.replace(/^\.?\//, "")));
  const initialNames = new Set(initial.map((f) => f.file));
  const lazy = fs
    .readdirSync(DIST)
    .filter(
      (name) => name.endsWith(".js") && !initialNames.has(name) && !name.startsWith("commands"),
    )
    .map(fileInfo);
  return {
    external: scripts.filter((src) => /^https?:/.test(src)),
    initial,
    initialBytes: sum(initial, "bytes"),
    initialGzipKB: round(sum(initial, "gzipBytes") / 1024),
    lazy,
    lazyGzipKB: round(sum(lazy, "gzipBytes") / 1024),
  };
}

async function startServer() {
  const { createStaticServer } = await import("../serve.mjs");
  const server = createStaticServer(DIST);
  await new Promise((resolve) => server.listen(0, "localhost", resolve));
  return server;
}

/**
 * One fresh page load (empty cache): first contentful paint and the scripts requested before it
 * (before the app's first render, if that came first).
 */
async function loadOnce(browser, origin) {
  const context = await browser.newContext({
    viewport: { width: 420, height: 900 },
    serviceWorkers: "block",
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    // Office.js is answered with an empty script: the standalone pane, offline.
    if (url.startsWith(OFFICE_JS_PREFIX))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  // When the app first puts content into #root (React's first commit): scripts requested after
  // that are not needed for the first paint, even when the paint is presented later on a busy
  // machine. Injected through the DevTools protocol, which the page's CSP does not govern.
  /* global document, MutationObserver -- this function runs in the page */
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById("root")?.firstChild) {
        globalThis.__firstRenderMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector('[data-testid="host-mode"]');
  const timing = await page.evaluate(() => ({
    rendered: globalThis.__firstRenderMs,
    paint: performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")
      ?.startTime,
    scripts: performance
      .getEntriesByType("resource")
      .filter((r) => r.name.endsWith(".js"))
      .map((r) => ({ name: r.name, start: r.startTime })),
  }));
  await context.close();
  if (timing.paint === undefined)
    throw new Error("Chromium rapporterade ingen first-contentful-paint.");
  const cutoff = Math.min(timing.paint, timing.rendered ?? Infinity);
  const beforePaint = timing.scripts
    .filter((s) => s.start < cutoff && s.name.startsWith(origin))
    .map((s) => new URL(s.name).pathname.replace(/^\//, ""));
  return { paintMs: timing.paint, beforePaint };
}

export async function firstPaint() {
  if (!fs.existsSync(CHROMIUM)) return { skipped: `Chromium saknas (${CHROMIUM})` };
  const { chromium } = require("playwright-core");
  const server = await startServer();
  const origin = `http://localhost:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: OFFLINE_FLAGS });
  const loadBefore = load();
  try {
    const runs = [];
    for (let i = 0; i < PAINT_RUNS; i++) runs.push(await loadOnce(browser, origin));
    const scripts = [...new Set(runs.flatMap((r) => r.beforePaint))].sort().map(fileInfo);
    log(
      `  första målning ${runs.map((r) => round(r.paintMs)).join(", ")} ms; före den: ${scripts.map((s) => s.file).join(", ")}`,
    );
    return {
      runs: PAINT_RUNS,
      paintMs: round(median(runs.map((r) => r.paintMs))),
      fastestPaintMs: round(Math.min(...runs.map((r) => r.paintMs))),
      scriptsBeforePaint: scripts,
      gzipKB: round(sum(scripts, "gzipBytes") / 1024),
      load: { before: loadBefore, after: load() },
    };
  } finally {
    await browser.close();
    server.close();
  }
}
