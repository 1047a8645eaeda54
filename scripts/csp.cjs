// The pane's Content-Security-Policy, in one place. webpack writes it into taskpane.html and
// commands.html as a <meta http-equiv>, and scripts/serve.mjs sends it as a header.
//
// Scripts: only our own bundle and Office.js's CDN (no inline script, no eval: webpack's
// devtool is chosen accordingly). Styles allow 'unsafe-inline' because Fluent UI v9 (Griffel)
// injects <style> elements at run time. Nothing else may be fetched: all processing is local.
"use strict";

const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";
const OFFICE_JS_URL = `${OFFICE_JS_HOST}/lib/1/hosted/office.js`;

const directives = {
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_JS_HOST],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'", OFFICE_JS_HOST],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

const CONTENT_SECURITY_POLICY = Object.entries(directives)
  .map(([name, sources]) => `${name} ${sources.join(" ")}`)
  .join("; ");

module.exports = { CONTENT_SECURITY_POLICY, OFFICE_JS_HOST, OFFICE_JS_URL };
