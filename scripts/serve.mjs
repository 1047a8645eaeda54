#!/usr/bin/env node
// Serves the built pane (dist/) over plain http for the standalone browser mode, where the pane
// runs without Excel and works on .xlsx files through the file adapter. No dependencies: only
// node:http, so it runs on a clean machine after `npm run build`.
//
// Usage: node scripts/serve.mjs [dir=dist] [port=3000]   (PORT in the environment also works)
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import csp from "./csp.cjs";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".wasm": "application/wasm",
};

const SECURITY_HEADERS = {
  "Content-Security-Policy": csp.CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** Maps a request path to a file under root, or null when it would escape root. */
export function resolveRequestPath(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (pathname === "/") pathname = "/taskpane.html";
  const file = path.resolve(root, `.${pathname}`);
  const rootWithSeparator = root.endsWith(path.sep) ? root : root + path.sep;
  return file.startsWith(rootWithSeparator) ? file : null;
}

export function createStaticServer(rootDir) {
  const root = path.resolve(rootDir);
  return createServer(async (request, response) => {
    const send = (status, body) => {
      response.writeHead(status, {
        ...SECURITY_HEADERS,
        "Content-Type": "text/plain; charset=utf-8",
      });
      response.end(body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(405, "Method not allowed");
      return;
    }
    const file = resolveRequestPath(root, request.url ?? "/");
    if (!file) {
      send(400, "Bad request");
      return;
    }
    let info;
    try {
      info = await stat(file);
    } catch {
      info = null;
    }
    if (!info?.isFile()) {
      send(404, "Not found");
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": info.size,
      "Cache-Control": "no-cache",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
}

function main(argv) {
  const dir = argv[0] ?? "dist";
  const port = Number(argv[1] ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Ogiltig port: ${argv[1] ?? process.env.PORT}`);
    process.exitCode = 2;
    return;
  }
  const server = createStaticServer(dir);
  server.on("error", (error) => {
    console.error(`Kunde inte starta servern: ${error.message}`);
    process.exitCode = 1;
  });
  server.listen(port, "localhost", () => {
    const address = server.address();
    const actualPort = typeof address === "object" && address ? address.port : port;
    console.log(`Uppföljning (fristående läge): http://localhost:${actualPort}/taskpane.html`);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
