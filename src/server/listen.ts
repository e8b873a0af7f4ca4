import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { resolveCaptionFolders } from "../app/caption-folders.js";
import { defaultKeepFolder } from "../app/edit-applications.js";
import { createLiveSessions } from "../app/live-sessions.js";
import { closeStore, openWorkspace } from "../app/open-workspace.js";
import { createAnalysisPool } from "./analysis-pool.js";
import { buildApp } from "./build-app.js";

/** `debrief serve`'s default port: fixed, so the URL can be bookmarked. */
import { DEFAULT_PORT } from "./default-port.js";

export { DEFAULT_PORT };

export interface ListenOptions {
  env: Record<string, string | undefined>;
  host: string;
  port: number;
  /** Required off loopback: given, or generated and printed in the URL. */
  token?: string;
  now: () => Date;
  log: (line: string) => void;
  /** The built dashboard's folder (default: dist/web). */
  webRoot?: string;
  /** The folders Live may follow caption files in (`--captions`); none: Live takes posted text only. */
  captionFolders?: readonly string[];
  /** The most one analysis may take before it is stopped with a 503 (default 60 s). */
  analysisBudgetMs?: number;
}

export interface Listening {
  url: string;
  /** The URL to open (with the token, where one is needed). */
  openUrl: string;
  token?: string;
  /** The caption folders Live may follow files in (real paths). */
  captionFolders: string[];
  close(): Promise<void>;
}

/** An address that means every address of this machine. */
export function isWildcard(host: string): boolean {
  return host === "0.0.0.0" || host === "::" || host === "[::]";
}

/** This machine's own addresses, as a Host header writes them (IPv6 in brackets), and its name. */
export function ownAddresses(): string[] {
  const out = new Set<string>([hostname().toLowerCase()]);
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) out.add(a.family === "IPv6" ? `[${a.address.split("%")[0]}]` : a.address);
  return [...out];
}

export function isLoopback(host: string): boolean {
  return host === "127.0.0.1" || host === "localhost" || host === "::1" || host === "[::1]";
}

/** Where the built dashboard is: dist/web beside the compiled server, or built from the sources. */
function findWebRoot(): string | undefined {
  const here = fileURLToPath(new URL(".", import.meta.url));
  for (const candidate of [join(here, "..", "web"), join(here, "..", "..", "dist", "web")]) {
    if (existsSync(join(candidate, "index.html"))) return candidate;
  }
  return undefined;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".ico": "image/x-icon",
  ".map": "application/json",
};

/** The path as a file path, or undefined when it does not decode ("/100%"): such a page is index.html. */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function serveDashboard(root: string | undefined): (app: Hono) => void {
  return (app) => {
    app.get("*", async (c) => {
      // An API path no route took is the API's JSON 404, never the dashboard's page.
      if (c.req.path === "/api" || c.req.path.startsWith("/api/")) return c.notFound();
      if (!root) {
        return c.html(
          "<!doctype html><title>Debrief</title><p>The dashboard is not built. Run <code>npm run build</code>, then start <code>debrief serve</code> again. The API is at <a href=/api/openapi.json>/api/openapi.json</a>.</p>",
        );
      }
      const decoded = decodePath(c.req.path);
      const file = decoded === undefined ? root : join(root, normalize(decoded).replace(/^([/\\])+/, ""));
      const inside = file.startsWith(root.endsWith(sep) ? root : root + sep);
      // A file of the dashboard (not a folder named like one); any other page is the app's index.html.
      const isFile = inside && extname(file) !== "" && statSync(file, { throwIfNoEntry: false })?.isFile();
      const target = isFile ? file : join(root, "index.html");
      const body = await readFile(target);
      c.header("Content-Type", TYPES[extname(target)] ?? "application/octet-stream");
      if (target.includes(`${sep}assets${sep}`))
        c.header("Cache-Control", "public, max-age=31536000, immutable");
      return c.body(body);
    });
  };
}

/** Opens the workspace and serves the API and the dashboard until closed. */
export async function listen(options: ListenOptions): Promise<Listening> {
  const captionFolders = await resolveCaptionFolders(options.captionFolders ?? []);
  const store = await openWorkspace(options.env, options.now().toISOString());
  const loopback = isLoopback(options.host);
  const token = options.token ?? (loopback ? undefined : randomBytes(18).toString("base64url"));
  const shownHost =
    options.host.includes(":") && !options.host.startsWith("[") ? `[${options.host}]` : options.host;
  let server: ReturnType<typeof serve> | undefined;
  const liveSessions = createLiveSessions({ now: () => options.now().toISOString(), captionFolders });
  const analyzer = createAnalysisPool(options.analysisBudgetMs ? { budgetMs: options.analysisBudgetMs } : {});
  try {
    const address = await new Promise<AddressInfo>((resolve, reject) => {
      const hostsFor = (port: number) =>
        loopback
          ? [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]
          : [
              `${shownHost}:${port}`,
              `127.0.0.1:${port}`,
              `localhost:${port}`,
              // Listening on every address (0.0.0.0, ::): a client may use any of this machine's own.
              ...(isWildcard(options.host) ? ownAddresses().map((a) => `${a}:${port}`) : []),
            ];
      let app: Hono | undefined;
      server = serve(
        {
          fetch: (req, env) => {
            if (!app) return new Response("starting", { status: 503 });
            return app.fetch(req, env);
          },
          hostname: options.host.replace(/^\[|\]$/g, ""),
          port: options.port,
        },
        (info) => {
          app = buildApp({
            store,
            now: options.now,
            log: options.log,
            hosts: hostsFor(info.port),
            liveSessions,
            analyzer,
            keepFolder: defaultKeepFolder(store, options.env),
            ...(token ? { token } : {}),
            staticFiles: serveDashboard(options.webRoot ?? findWebRoot()),
          });
          resolve(info);
        },
      );
      server.on("error", reject);
    });
    const url = `http://${loopback ? "127.0.0.1" : shownHost}:${address.port}/`;
    return {
      url,
      openUrl: token ? `${url}?token=${encodeURIComponent(token)}` : url,
      ...(token ? { token } : {}),
      captionFolders: [...captionFolders.roots],
      close: async () => {
        // Live reads first: their event streams end, so the server is not kept open by them.
        await liveSessions.close();
        await analyzer.close();
        // Stops within a second or so whatever clients do: idle keep-alive connections are closed at
        // once, and any request still open after a second is cut.
        const http = server as unknown as
          | { closeIdleConnections?: () => void; closeAllConnections?: () => void }
          | undefined;
        const cut = setTimeout(() => http?.closeAllConnections?.(), 1_000);
        cut.unref();
        await new Promise<void>((done) => {
          server?.close(() => done()) ?? done();
          http?.closeIdleConnections?.();
        });
        clearTimeout(cut);
        await closeStore(store);
      },
    };
  } catch (e) {
    await closeStore(store);
    throw e;
  }
}
