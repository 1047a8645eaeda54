// scripts/serve.mjs: the plain-http server of the standalone browser mode.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, rawPath: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "localhost", port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("scripts/serve.mjs", () => {
  let dir: string;
  let server: ChildProcess;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "uppfoljning-serve-"));
    writeFileSync(path.join(dir, "taskpane.html"), "<!doctype html><title>Uppföljning</title>");
    mkdirSync(path.join(dir, "assets"));
    writeFileSync(path.join(dir, "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(path.join(path.dirname(dir), "outside-secret.txt"), "secret");
    server = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs"), dir, "0"], { cwd: ROOT });
    port = await new Promise<number>((resolve, reject) => {
      let output = "";
      server.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /localhost:(\d+)\//.exec(output);
        if (match) resolve(Number(match[1]));
      });
      server.on("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
  });

  afterAll(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(path.dirname(dir), "outside-secret.txt"), { force: true });
  });

  it("serves the pane at / and by name, with the CSP header", async () => {
    for (const requestPath of ["/", "/taskpane.html?view=kontrollera"]) {
      const response = await get(port, requestPath);
      expect(response.status).toBe(200);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.body).toContain("Uppföljning");
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      // Office.js's CDN is the only other origin the pane may talk to.
      const origins = new Set(csp.match(/https?:\/\/[^\s;]+/g));
      expect([...origins]).toEqual(["https://appsforoffice.microsoft.com"]);
    }
  });

  it("serves assets with their content type", async () => {
    const response = await get(port, "/assets/icon-16.png");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("image/png");
  });

  it("answers 404 for a missing file and never serves outside its folder", async () => {
    expect((await get(port, "/nothing-here.js")).status).toBe(404);
    expect((await get(port, "/assets")).status).toBe(404);
    const escaped = await get(port, "/..%2foutside-secret.txt");
    expect(escaped.status).toBe(400);
    expect(escaped.body).not.toContain("secret");
    const dotted = await get(port, "/../outside-secret.txt");
    expect(dotted.body).not.toContain("secret");
  });
});
