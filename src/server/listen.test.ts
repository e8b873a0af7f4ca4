import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { connect, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Listening, listen, ownAddresses } from "./listen.js";

const NOW = new Date("2026-03-10T12:00:00Z");
const INDEX = "<!doctype html><title>Debrief test dashboard</title><script src=/assets/app.js></script>";
const APP_JS = "console.log('the dashboard');\n";
const SECRET = "a file beside the dashboard that must never be served";

let dir: string;
let webRoot: string;
let logs: string[];
const running: Listening[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "debrief-listen-"));
  webRoot = join(dir, "web");
  await mkdir(join(webRoot, "assets"), { recursive: true });
  await writeFile(join(webRoot, "index.html"), INDEX);
  await writeFile(join(webRoot, "assets", "app.js"), APP_JS);
  await writeFile(join(dir, "secret.txt"), SECRET);
  await mkdir(join(webRoot, "v1.2"));
  await mkdir(join(dir, "home"));
  logs = [];
});
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(host: string, token?: string): Promise<Listening> {
  const server = await listen({
    env: { DEBRIEF_HOME: join(dir, "home") },
    host,
    port: 0,
    ...(token ? { token } : {}),
    now: () => NOW,
    log: (line) => logs.push(line),
    webRoot,
  });
  running.push(server);
  return server;
}

const portOf = (url: string) => Number(new URL(url).port);

/** A GET with the path sent exactly as given (fetch would resolve "..") and the Host the URL names. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port, host } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: "GET", headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function canBind(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe: Server = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

describe("listen on loopback", () => {
  it("opens the workspace in DEBRIEF_HOME and answers real HTTP requests, with no token", async () => {
    const server = await start("127.0.0.1");
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(portOf(server.url)).toBeGreaterThan(0);
    expect(server.openUrl).toBe(server.url);
    expect(server.token).toBeUndefined();
    expect(existsSync(join(dir, "home", "debrief.sqlite"))).toBe(true);

    const res = await fetch(new URL("/api/health", server.url));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("x-frame-options")).toBe("DENY");

    const list = await fetch(new URL("/api/applications", server.url));
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual([]);

    // localhost is the same server; another name for it is not.
    const port = portOf(server.url);
    expect((await rawGet(`http://localhost:${port}/`, "/api/health")).status).toBe(200);
    const rebound = await new Promise<number>((resolve, reject) => {
      httpRequest(
        { hostname: "127.0.0.1", port, path: "/api/health", headers: { host: `evil.example:${port}` } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      )
        .on("error", reject)
        .end();
    });
    expect(rebound).toBe(403);
    expect(logs).toEqual([]);
  });

  it("serves the dashboard's files, and index.html for any other page", async () => {
    const server = await start("127.0.0.1");
    const root = await fetch(server.url);
    expect(root.status).toBe(200);
    expect(root.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await root.text()).toBe(INDEX);
    expect(root.headers.get("content-security-policy")).toContain("script-src 'self'");

    const js = await fetch(new URL("/assets/app.js", server.url));
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toContain("immutable");
    expect(await js.text()).toBe(APP_JS);

    // A folder whose name looks like a file's is a page too.
    for (const page of ["/x/y", "/applications/3", "/missing.js", "/v1.2"]) {
      const res = await fetch(new URL(page, server.url));
      expect(res.status, page).toBe(200);
      expect(await res.text(), page).toBe(INDEX);
    }
    // The API's unknown paths stay JSON errors, not the dashboard.
    const api = await fetch(new URL("/api/nope", server.url));
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: "not-found" } });
    expect(logs).toEqual([]);
  });

  it.each([
    ["/../../etc/passwd"],
    ["/../secret.txt"],
    ["/%2e%2e/secret.txt"],
    ["/..%2fsecret.txt"],
    ["/..%5csecret.txt"],
    ["/assets/..%2f..%2fsecret.txt"],
    ["/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"],
  ])("does not let %s out of the dashboard's folder", async (path) => {
    const server = await start("127.0.0.1");
    const res = await rawGet(server.url, path);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toMatch(/root:/);
    expect([200, 404]).toContain(res.status);
    if (res.status === 200) expect(res.body).toBe(INDEX);
    expect(logs).toEqual([]);
  });

  it.each([["/100%"], ["/%E0%A4%A"], ["/assets/%ff.js"]])(
    "answers a path that does not decode (%s) without failing",
    async (path) => {
      const server = await start("127.0.0.1");
      const res = await rawGet(server.url, path);
      expect(res.status).toBe(200);
      expect(res.body).toBe(INDEX);
      expect(logs).toEqual([]);
    },
  );

  it("frees the port on close", async () => {
    const server = await start("127.0.0.1");
    const port = portOf(server.url);
    // Leave a kept-alive connection behind, as a browser would.
    expect((await fetch(new URL("/api/health", server.url))).status).toBe(200);
    expect(await canBind(port, "127.0.0.1")).toBe(false);

    await server.close();
    running.splice(running.indexOf(server), 1);
    expect(await canBind(port, "127.0.0.1")).toBe(true);
    await expect(fetch(new URL("/api/health", server.url))).rejects.toThrow();
  });

  it("closes even while a client holds a request half-sent, and while an analysis runs in its pool", async () => {
    const server = await start("127.0.0.1");
    const port = portOf(server.url);
    // A client that sends half a request and waits: close must not wait for it.
    const stuck = connect(port, "127.0.0.1");
    await new Promise<void>((done) => stuck.once("connect", () => done()));
    stuck.write("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{");
    stuck.on("error", () => {});
    // And an analysis long enough to still be running.
    const analysis = fetch(new URL("/api/analyze", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ notes: "She asked when I could start. ".repeat(60_000) }),
    }).catch(() => undefined);
    await new Promise((done) => setTimeout(done, 50));
    await server.close();
    running.splice(running.indexOf(server), 1);
    expect(await canBind(port, "127.0.0.1")).toBe(true);
    stuck.destroy();
    const answered = await analysis;
    // Cut, or told the server is closing: never a hang.
    if (answered) expect([200, 503]).toContain(answered.status);
  });

  it("fails with EADDRINUSE on a port that is taken, and leaves nothing open", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const failed = await listen({
        env: { DEBRIEF_HOME: join(dir, "home") },
        host: "127.0.0.1",
        port,
        now: () => NOW,
        log: (line) => logs.push(line),
        webRoot,
      }).then(
        (s) => {
          running.push(s);
          return undefined;
        },
        (e: NodeJS.ErrnoException) => e,
      );
      expect(failed?.code).toBe("EADDRINUSE");
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
    // The workspace was closed again: it can be removed and opened afresh.
    const next = await start("127.0.0.1");
    expect((await fetch(new URL("/api/health", next.url))).status).toBe(200);
  });
});

describe("listen on every address", () => {
  it("makes up a token when none is given, and refuses requests without it", async () => {
    const server = await start("0.0.0.0");
    const token = server.token ?? "";
    expect(token.length).toBeGreaterThanOrEqual(20);
    expect(server.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}?token=${encodeURIComponent(token)}`);

    const local = `http://127.0.0.1:${portOf(server.url)}`;
    const without = await fetch(`${local}/api/health`);
    expect(without.status).toBe(401);
    expect(await without.json()).toMatchObject({ error: { code: "no-token" } });
    const page = await fetch(`${local}/`);
    expect(page.status).toBe(401);
    expect(await page.text()).not.toContain("Debrief test dashboard");

    const bearer = await fetch(`${local}/api/health`, { headers: { authorization: `Bearer ${token}` } });
    expect(bearer.status).toBe(200);

    // The printed URL: a redirect that sets the cookie, then the cookie is enough.
    const opened = await fetch(server.openUrl.replace("0.0.0.0", "127.0.0.1"), { redirect: "manual" });
    expect(opened.status).toBe(303);
    const cookie = (opened.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toBe(`debrief_token=${token}`);
    const withCookie = await fetch(`${local}/`, { headers: { cookie } });
    expect(withCookie.status).toBe(200);
    expect(await withCookie.text()).toBe(INDEX);
  });

  it("with a token, answers a client that names any of this machine's own addresses", async () => {
    const server = await start("0.0.0.0", "a-token-chosen-by-hand");
    const port = portOf(server.url);
    const status = (host: string) =>
      new Promise<number>((done, fail) => {
        const req = httpRequest(
          {
            host: "127.0.0.1",
            port,
            path: "/api/health",
            headers: { host: `${host}:${port}`, authorization: "Bearer a-token-chosen-by-hand" },
          },
          (res) => {
            res.resume();
            done(res.statusCode ?? 0);
          },
        );
        req.on("error", fail);
        req.end();
      });
    const own = ownAddresses().filter((a) => a !== "127.0.0.1" && a !== "[::1]");
    expect(own.length).toBeGreaterThan(0);
    for (const address of own) expect([address, await status(address)]).toEqual([address, 200]);
    // Not a name of this machine: still refused (DNS rebinding).
    expect(await status("attacker.example")).toBe(403);
  });

  it("uses the token it is given", async () => {
    const server = await start("0.0.0.0", "a-token-chosen-by-hand");
    expect(server.token).toBe("a-token-chosen-by-hand");
    const local = `http://127.0.0.1:${portOf(server.url)}`;
    const ok = await fetch(`${local}/api/health`, {
      headers: { authorization: "Bearer a-token-chosen-by-hand" },
    });
    expect(ok.status).toBe(200);
  });
});
