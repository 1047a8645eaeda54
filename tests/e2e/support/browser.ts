/**
 * Debian's Chromium driven by playwright-core, kept off the network: the launch flags stop the
 * browser's own background traffic, and every page goes through a guard that lets only
 * localhost through. Nothing is ever downloaded: no `playwright install`, the system browser.
 */
import * as fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.UPPFOLJNING_CHROMIUM ?? "/usr/bin/chromium";

// The flags are shared with the benchmark's first-paint measurement (scripts/bench/pane.mjs).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFLINE_FLAGS } = require("../../../scripts/chromium.cjs") as { OFFLINE_FLAGS: string[] };

/** The Office.js script tag in taskpane.html: in standalone mode it is answered locally (empty). */
export const OFFICE_JS_PREFIX = "https://appsforoffice.microsoft.com/";

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium saknas (${CHROMIUM_PATH}). Webbläsartesterna kräver Debians Chromium: ` +
        "kör `apt-get update && apt-get install -y chromium` (se README, avsnittet om tester). " +
        "Chromium is missing; install it with the README's apt-get command.",
    );
  }
  // launch() gives every run a fresh, temporary user-data-dir.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: OFFLINE_FLAGS });
}

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "blob:" || protocol === "data:" || protocol === "about:") return true;
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/** What the guard saw on one page. */
export interface NetworkLog {
  /** Every request the page made, in order. */
  requests: string[];
  /** Requests to another host: aborted before leaving the machine, and a test failure. */
  blocked: string[];
  /** Office.js requests answered locally with an empty script (standalone mode). */
  officeJsStubbed: string[];
  /** CSP violations, uncaught page errors and console errors. */
  problems: string[];
}

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  network: NetworkLog;
}

export async function openGuardedPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 420, height: 900 },
): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    serviceWorkers: "block",
  });
  const network: NetworkLog = { requests: [], blocked: [], officeJsStubbed: [], problems: [] };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (url.startsWith(OFFICE_JS_PREFIX)) {
      network.officeJsStubbed.push(url);
      return route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: "",
      });
    }
    network.blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("request", (request) => network.requests.push(request.url()));
  page.on("pageerror", (error) => network.problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") network.problems.push(`console.error: ${message.text()}`);
  });
  return { context, page, network };
}
