import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ContractShape,
  call,
  EXERCISED,
  errorCode,
  errorMessage,
  expectSecurityHeaders,
  HOST,
  NOTES,
  NOW,
  ORIGIN,
  openSeededApi,
  type SeededApi,
  TOKEN,
} from "../../test/api-workspace.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { closeStore, openWorkspace, type Store } from "../app/open-workspace.js";
import { buildApp } from "./build-app.js";

describe.each(STORE_TARGETS)("the API over a workspace on $name", (target) => {
  let api: SeededApi;
  let logs: string[];
  let app: Hono;

  beforeEach(async () => {
    api = await openSeededApi(target);
    ({ logs, app } = api);
  });
  afterEach(() => api.close());

  it("answers /api/health with the security headers", async () => {
    const a = await call(app, "/api/health");
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ ok: true });
    expectSecurityHeaders(a);
    expect(logs).toEqual([]);
  });

  it("pages GET /api/applications when asked: limit, offset, the total and the next page's address", async () => {
    const all = await call(app, "/api/applications");
    expect(all.headers.get("x-total-count")).toBe("2");
    expect(all.headers.get("link")).toBeNull();
    const whole = all.body as { id: number }[];
    const first = await call(app, "/api/applications?limit=1");
    expect(first.body).toEqual([whole[0]]);
    expect(first.headers.get("x-total-count")).toBe("2");
    expect(first.headers.get("link")).toBe('</api/applications?limit=1&offset=1>; rel="next"');
    const second = await call(app, "/api/applications?limit=1&offset=1");
    expect(second.body).toEqual([whole[1]]);
    expect(second.headers.get("link")).toBeNull();
    expect((await call(app, "/api/applications?offset=2")).body).toEqual([]);
    for (const bad of ["limit=0", "limit=1001", "limit=x", "offset=-1", "limit=1.5"]) {
      const refused = await call(app, `/api/applications?${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(errorCode(refused)).toBe("bad-request");
    }
  });

  it("pages GET /api/applications after an id too (a keyset cursor), the next page's address after the last one shown", async () => {
    const whole = (await call(app, "/api/applications")).body as { id: number }[];
    const first = await call(app, "/api/applications?limit=1&after=0");
    expect(first.body).toEqual([whole[0]]);
    expect(first.headers.get("x-total-count")).toBe("2");
    expect(first.headers.get("link")).toBe(`</api/applications?limit=1&after=${whole[0]?.id}>; rel="next"`);
    const second = await call(app, `/api/applications?limit=1&after=${whole[0]?.id}`);
    expect(second.body).toEqual([whole[1]]);
    expect(second.headers.get("link")).toBeNull();
    expect((await call(app, `/api/applications?after=${whole[0]?.id}`)).body).toEqual([whole[1]]);
    expect((await call(app, "/api/applications?stage=nothing-is-at")).body).toEqual([]);
    for (const bad of ["after=-1", "after=x", "after=1&offset=1"]) {
      const refused = await call(app, `/api/applications?${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(errorCode(refused)).toBe("bad-request");
    }
  });

  it("describes every route it serves in an OpenAPI 3.1 document, with the analyze body's fields", async () => {
    const a = await call(app, "/api/openapi.json");
    expect(a.status).toBe(200);
    const doc = a.body as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    };
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    // What the router actually has: handlers (not middleware) under /api/, with :params as {params}.
    const served = [
      ...new Set(
        app.routes
          .filter((r) => r.method !== "ALL" && r.path.startsWith("/api/"))
          .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
      ),
    ].sort();
    expect(documented).toEqual(served);
    expect(documented).toEqual([...EXERCISED].sort());

    const schema = doc.paths["/api/analyze"]?.post?.requestBody?.content["application/json"]?.schema as {
      properties: Record<string, { type?: string; items?: { properties: Record<string, unknown> } }>;
    };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["notes", "files", "me", "now"]));
    expect(schema.properties.notes?.type).toBe("string");
    expect(schema.properties.files?.type).toBe("array");
    expect(Object.keys(schema.properties.files?.items?.properties ?? {}).sort()).toEqual([
      "base64",
      "name",
      "text",
    ]);
  });

  it("answers an unknown /api/ path with a JSON 404, and other paths with a plain one", async () => {
    const api = await call(app, "/api/nope");
    expect(api.status).toBe(404);
    expect(errorCode(api)).toBe("not-found");
    expect(errorMessage(api)).toContain("/api/nope");
    expectSecurityHeaders(api);
    const page = await call(app, "/");
    expect(page.status).toBe(404);
    expect(page.text).toBe("Not found");
    expect(logs).toEqual([]);
  });
});

describe("a failure that is not bad input", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-server-"));
    store = await openWorkspace({ DEBRIEF_HOME: dir }, NOW);
  });
  afterAll(async () => {
    // Closed by the test already; again in case it stopped before that.
    await closeStore(store).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  });

  it("is a JSON 500 with the stack in the log, and the next request is answered", async () => {
    const logs: string[] = [];
    const app = buildApp({ store, now: () => new Date(NOW), log: (line) => logs.push(line), hosts: [HOST] });
    expect((await call(app, "/api/applications")).status).toBe(200);
    // The database goes away under the server: every query now fails inside the store.
    await closeStore(store);

    const failed = await call(app, "/api/applications");
    expect(failed.status).toBe(500);
    expect(errorCode(failed)).toBe("internal");
    expect(errorMessage(failed)).not.toMatch(/destroy|kysely|sqlite/i);
    expectSecurityHeaders(failed);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain("GET /api/applications failed");
    // The stack, not only the message: at least one frame.
    expect(logs[0]).toMatch(/\n\s+at /);

    const todo = await call(app, "/api/todo");
    expect(todo.status).toBe(500);
    expect(logs).toHaveLength(2);
    // Requests that do not need the database are still answered.
    expect((await call(app, "/api/health")).status).toBe(200);
    const analyzed = await call(app, "/api/analyze", { json: { notes: NOTES } });
    expect(analyzed.status).toBe(200);
    expect((analyzed.body as ContractShape).signals.length).toBeGreaterThan(0);
    expect(logs).toHaveLength(2);
  });
});

describe("guardAccess", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-server-"));
    store = await openWorkspace({ DEBRIEF_HOME: dir }, NOW);
  });
  afterAll(async () => {
    await closeStore(store);
    await rm(dir, { recursive: true, force: true });
  });
  const make = (token?: string) =>
    buildApp({
      store,
      now: () => new Date(NOW),
      log: (line) => {
        throw new Error(`unexpected log: ${line}`);
      },
      hosts: [HOST, "localhost:4820", "[::1]:4820"],
      ...(token ? { token } : {}),
    });

  it.each([
    ["another site's name", "evil.example:4820"],
    ["our address on another port", "127.0.0.1:9999"],
    ["no port", "127.0.0.1"],
    ["nothing", ""],
  ])("refuses a Host of %s with 403 bad-host", async (_what, host) => {
    const a = await call(make(), "/api/health", { headers: { host } });
    expect(a.status).toBe(403);
    expect(errorCode(a)).toBe("bad-host");
    expect(a.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each([["localhost:4820"], ["LOCALHOST:4820"], ["[::1]:4820"]])("answers for Host %s", async (host) => {
    expect((await call(make(), "/api/health", { headers: { host } })).status).toBe(200);
  });

  it.each([
    ["another site", "http://evil.example"],
    ["another site on our port", "http://evil.example:4820"],
    ["our address on another port", "http://127.0.0.1:9999"],
    ["a sandboxed page (null)", "null"],
    ["something that is not a URL", "not a url"],
  ])("refuses a POST from %s with 403 bad-origin", async (_what, origin) => {
    const a = await call(make(), "/api/analyze", { json: { notes: NOTES }, headers: { origin } });
    expect(a.status).toBe(403);
    expect(errorCode(a)).toBe("bad-origin");
  });

  it.each([[ORIGIN], ["http://localhost:4820"]])("accepts a POST from its own page (%s)", async (origin) => {
    const a = await call(make(), "/api/analyze", { json: { notes: NOTES }, headers: { origin } });
    expect(a.status).toBe(200);
    expectSecurityHeaders(a);
  });

  describe("with a token", () => {
    const app = () => make(TOKEN);

    it("refuses a request without it, or with a wrong one, with 401", async () => {
      for (const headers of [
        {},
        { authorization: "Bearer wrong-token" },
        { authorization: `Bearer ${TOKEN}x` },
        { authorization: `Basic ${TOKEN}` },
        { cookie: "debrief_token=wrong" },
      ]) {
        const a = await call(app(), "/api/health", { headers });
        expect(a.status, JSON.stringify(headers)).toBe(401);
        expect(errorCode(a)).toBe("no-token");
      }
    });

    it("accepts the token as a Bearer header", async () => {
      const a = await call(app(), "/api/health", { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(a.status).toBe(200);
      expectSecurityHeaders(a);
    });

    it("checks the host before the token", async () => {
      const a = await call(app(), "/api/health", {
        headers: { host: "evil.example:4820", authorization: `Bearer ${TOKEN}` },
      });
      expect(a.status).toBe(403);
      expect(errorCode(a)).toBe("bad-host");
    });

    it("trades ?token= on a GET for an HttpOnly, SameSite=Strict cookie, which is then enough", async () => {
      const a = await call(app(), `/?token=${TOKEN}`);
      expect(a.status).toBe(303);
      expect(a.headers.get("location")).toBe("/");
      const cookie = a.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(new RegExp(`^debrief_token=${TOKEN};`));
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Strict/i);
      expect(cookie).toMatch(/;\s*Path=\//i);

      const pair = cookie.split(";")[0] ?? "";
      const withCookie = await call(app(), "/api/health", { headers: { cookie: pair } });
      expect(withCookie.status).toBe(200);
      const post = await call(app(), "/api/analyze", {
        json: { notes: NOTES },
        headers: { cookie: pair, origin: ORIGIN },
      });
      expect(post.status).toBe(200);
    });

    it("keeps the rest of the query when it drops the token", async () => {
      const a = await call(app(), `/api/applications?stage=open&token=${TOKEN}`);
      expect(a.status).toBe(303);
      expect(a.headers.get("location")).toBe("/api/applications?stage=open");
    });

    it("never redirects to another site, whatever the path", async () => {
      const a = await call(app(), `//evil.example/x?token=${TOKEN}`);
      expect(a.status).toBe(303);
      const location = a.headers.get("location") ?? "";
      expect(location.startsWith("/")).toBe(true);
      expect(location.startsWith("//")).toBe(false);
      expect(new URL(location, ORIGIN).host).toBe(HOST);
    });

    it("does not take a token from the URL of a POST, nor a wrong one from a GET", async () => {
      const post = await call(app(), `/api/analyze?token=${TOKEN}`, { json: { notes: NOTES } });
      expect(post.status).toBe(401);
      const wrong = await call(app(), "/?token=wrong-token");
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get("set-cookie")).toBeNull();
    });
  });
});
