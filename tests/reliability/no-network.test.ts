/**
 * No data leaves the machine (SPEC §9, issue 9), checked statically:
 * - the source makes no request except the standalone pane's same-origin fetch of an example
 *   workbook, names no host but Office.js's CDN (and XML namespaces, which are never fetched),
 *   and imports no network module;
 * - the pane's Content-Security-Policy allows only the pane's own origin and Office.js, and both
 *   the HTML pages (through webpack) and scripts/serve.mjs (as a header) use that one policy;
 * - the HTML report the CLI writes forbids every load (default-src 'none').
 * The e2e suite checks the requests a running pane really makes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderSummaryHtml } from "../../src/core/consolidate";
import { consolidate } from "../../src/core/consolidate";
import { standardProfile } from "../../src/core/profile/load";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require(path.join(ROOT, "scripts/csp.cjs")) as {
  CONTENT_SECURITY_POLICY: string;
  OFFICE_JS_HOST: string;
  OFFICE_JS_URL: string;
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs|html)$/.test(entry.name) ? [full] : [];
  });
}

const SOURCES = sourceFiles(path.join(ROOT, "src")).map((file) => ({
  file: path.relative(ROOT, file).split(path.sep).join("/"),
  text: fs.readFileSync(file, "utf8"),
}));

/** Where a request API may appear, and why. */
const FETCH_ALLOWED: Record<string, string> = {
  "src/taskpane/StandaloneBar.tsx": "same-origin fetch of ./examples/<id>.xlsx in standalone mode",
};

/** Absolute URLs the source may name: the Office.js script tag and namespaces that are never fetched. */
const URL_ALLOWED = [csp.OFFICE_JS_URL, "http://www.w3.org/2000/svg"];

/**
 * The .xlsx reader and writer name the XML namespaces of the file format (transitional and
 * strict OOXML, and XML's own): identifiers inside the file, never fetched by anyone.
 */
/** The writers of Office Open XML: the .xlsx writer and the Word chapter. */
const OOXML_WRITERS = ["src/workbook/file/xlsx/", "src/core/consolidate/docx/"];
const XML_NAMESPACE =
  /^http:\/\/(schemas\.openxmlformats\.org\/(package|officeDocument|spreadsheetml|wordprocessingml)\/2006\/|purl\.org\/dc\/(elements\/1\.1|terms)\/$|www\.w3\.org\/2001\/XMLSchema-instance$|purl\.oclc\.org\/ooxml\/(spreadsheetml\/main|officeDocument\/relationships)$|www\.w3\.org\/XML\/1998\/namespace$|www\.w3\.org\/2000\/xmlns\/$)/;

function hits(pattern: RegExp): string[] {
  return SOURCES.flatMap(({ file, text }) =>
    text
      .split("\n")
      .flatMap((line, i) =>
        pattern.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line)
          ? [`${file}:${i + 1}: ${line.trim()}`]
          : [],
      ),
  );
}

describe("the source makes no request of its own", () => {
  it("reads the source tree", () => {
    expect(SOURCES.length).toBeGreaterThan(50);
  });

  it("uses no XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts or service worker", () => {
    expect(
      hits(
        /\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|serviceWorker|RTCPeerConnection)\b/,
      ),
    ).toEqual([]);
  });

  it("calls fetch() only where allowed, and never with an absolute URL", () => {
    const calls = hits(/\bfetch\s*\(/);
    for (const call of calls) {
      const file = call.slice(0, call.indexOf(":"));
      expect({ call, allowed: file in FETCH_ALLOWED }).toEqual({ call, allowed: true });
      expect(call).not.toMatch(/fetch\s*\(\s*["'`](https?:)?\/\//);
    }
    // The allowed fetch resolves a relative path and refuses another origin before requesting.
    const standalone = SOURCES.find((s) => s.file === "src/taskpane/StandaloneBar.tsx");
    if (standalone) {
      expect(standalone.text).toMatch(/new URL\(`\.\/examples\//);
      expect(standalone.text).toMatch(/url\.origin !== window\.location\.origin/);
    }
  });

  it("names no host but Office.js's CDN", () => {
    const urls = SOURCES.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>]*/gi)].map((m) => ({
        file,
        url: m[0],
      })),
    );
    const unexpected = urls.filter(
      ({ file, url }) =>
        !URL_ALLOWED.includes(url) && !(OOXML_WRITERS.some((dir) => file.startsWith(dir)) && XML_NAMESPACE.test(url)),
    );
    expect(unexpected).toEqual([]);
  });

  it("imports no network module (node:http, https, net, tls, dgram, dns)", () => {
    expect(
      hits(/(from\s+|require\()\s*["'](node:)?(http|https|http2|net|tls|dgram|dns)["']/),
    ).toEqual([]);
  });

  it("the core and the file adapter do not even mention fetch", () => {
    const pureParts = SOURCES.filter(
      ({ file }) =>
        file.startsWith("src/core/") ||
        file.startsWith("src/workbook/file/") ||
        file.startsWith("src/cli/"),
    );
    expect(pureParts.length).toBeGreaterThan(20);
    for (const { file, text } of pureParts)
      expect({ file, fetch: /\bfetch\s*\(/.test(text) }).toEqual({ file, fetch: false });
  });
});

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("the pane's Content-Security-Policy", () => {
  const policy = directives(csp.CONTENT_SECURITY_POLICY);

  it("defaults to the pane's own origin", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("allows no source but 'self' and Office.js (plus inline styles and data: images, which fetch nothing)", () => {
    const extra: Record<string, string[]> = {
      "script-src": [csp.OFFICE_JS_HOST],
      "connect-src": [csp.OFFICE_JS_HOST],
      "style-src": ["'unsafe-inline'"],
      "img-src": ["data:"],
    };
    expect(csp.OFFICE_JS_HOST).toBe("https://appsforoffice.microsoft.com");
    for (const [name, sources] of policy) {
      const allowed = new Set(["'self'", "'none'", ...(extra[name] ?? [])]);
      expect({ name, sources: sources.filter((s) => !allowed.has(s)) }).toEqual({
        name,
        sources: [],
      });
    }
  });

  it("never allows eval, wildcards or whole schemes", () => {
    expect(csp.CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-eval|\*|\bhttps?:(?!\/\/appsforoffice\.microsoft\.com)|\bws:|\bwss:|\bblob:/,
    );
  });

  it("is the policy of both pages (webpack fills it in) and the header scripts/serve.mjs sends", () => {
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const html = fs.readFileSync(path.join(ROOT, page), "utf8");
      expect(html).toMatch(
        /http-equiv="Content-Security-Policy"\s+content="<%= htmlWebpackPlugin\.options\.contentSecurityPolicy %>"/,
      );
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts.every((src) => src === csp.OFFICE_JS_URL)).toBe(true);
    }
    const webpack = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(webpack).toMatch(/require\("\.\/scripts\/csp\.cjs"\)/);
    // One page() helper gives every HtmlWebpackPlugin page the policy.
    const pageHelper = /function page\(name, template\) \{[\s\S]*?\n\}/.exec(webpack)?.[0] ?? "";
    expect(pageHelper).toMatch(
      /new HtmlWebpackPlugin\(\{[\s\S]*contentSecurityPolicy: CONTENT_SECURITY_POLICY,/,
    );
    expect(webpack.match(/new HtmlWebpackPlugin\(/g)).toHaveLength(1);

    const serve = fs.readFileSync(path.join(ROOT, "scripts/serve.mjs"), "utf8");
    expect(serve).toMatch(/import csp from "\.\/csp\.cjs"/);
    expect(serve).toMatch(/"Content-Security-Policy": csp\.CONTENT_SECURITY_POLICY/);
  });

  // The built pages themselves (the CSP <meta> and header as served) are checked by the browser
  // tests in tests/e2e, on the pane they build: no conditional test here.
});

describe("the HTML report", () => {
  it("forbids every load and links nowhere", () => {
    const summary = consolidate([], {
      register: [],
      profile: standardProfile,
      now: new Date("2026-11-25T10:00:00Z"),
    });
    const html = renderSummaryHtml(summary, standardProfile);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/,
    );
    expect(html).not.toMatch(/<(script|link|iframe|img|object|embed)\b/i);
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
    expect(urls.every((url) => url === "http://www.w3.org/2000/svg")).toBe(true);
  });
});
