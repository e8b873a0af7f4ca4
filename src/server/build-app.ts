import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import type { z } from "zod";
import { type AddReport, addToWorkspace } from "../app/add-to-workspace.js";
import { mergeApplications, renameApplication } from "../app/edit-applications.js";
import { environmentError } from "../app/environment-error.js";
import { gatherInsights } from "../app/gather-insights.js";
import { InputError } from "../app/input-error.js";
import { createLiveSessions, type LiveBoardEvent, type LiveSessions } from "../app/live-sessions.js";
import { isWorkspaceBusy, type Store } from "../app/open-workspace.js";
import { readRound } from "../app/read-round.js";
import { setApplicationOutcome } from "../app/reanalyze-workspace.js";
import { searchPace } from "../app/search-pace.js";
import {
  createApplication,
  editApplication,
  editDraft,
  listTrackedTodo,
  moveApplication,
  showTrackedApplication,
  signalLabels,
  snoozeAction,
  trackedActionDraft,
  undoDone,
  withDetails,
  workspaceSettings,
} from "../app/track-applications.js";
import { completeAction, listApplications } from "../app/workspace-views.js";
import { type Analyzer, inProcessAnalyzer } from "./analysis-pool.js";
import { addDeletedRoutes } from "./deleted-routes.js";
import { type AccessOptions, guardAccess } from "./guard-access.js";
import { buildOpenApi } from "./openapi.js";
import {
  analyzeRequest,
  draftRequest,
  liveSaveRequest,
  liveStartRequest,
  liveTextRequest,
  MAX_BODY_BYTES,
  mergeRequest,
  outcomeRequest,
  renameRequest,
  saveRequest,
  snoozeRequest,
  stageRequest,
  type uploadSchema,
} from "./schemas.js";

/**
 * The HTTP API over one workspace: every dashboard view's data and the analysis itself. Bad input is a
 * 400 with `{ error: { code, message } }`; anything else is logged and a 500; no request ends the server.
 */
export interface ServerOptions extends AccessOptions {
  store: Store;
  now: () => Date;
  /** Where errors that are bugs are written (the server's stderr). */
  log: (line: string) => void;
  /** The live reads (`listen` closes them with the server); made here when not given. */
  liveSessions?: LiveSessions;
  /** Runs analyses (`listen` gives a pool of worker threads); in the request's thread when not given. */
  analyzer?: Analyzer;
  /**
   * Where a deleted application's export is kept (`listen` gives the folder beside the workspace); by
   * default beside a SQLite workspace, or in the default data folder for a PostgreSQL one.
   */
  keepFolder?: string;
  /** Serves the dashboard's files (added by `listen`); absent in API tests. */
  staticFiles?: (app: Hono) => void;
}

function bad(code: string, message: string): InputError {
  return new InputError(code, message);
}

async function jsonBody<T>(raw: unknown, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bad(
      "bad-request",
      issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "bad request body",
    );
  }
  return parsed.data;
}

function idParam(value: string | undefined, what: string): number {
  if (!value || !/^\d{1,9}$/.test(value)) throw bad("bad-request", `${what} must be a number`);
  return Number(value);
}

/** The most applications one page of `GET /api/applications` holds. */
const MAX_PAGE = 1000;

/** `limit` and `offset`: whole numbers, `limit` from 1 to MAX_PAGE. */
function pageParam(value: string, what: string, max: number): number {
  const n = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= (what === "limit" ? 1 : 0) && n <= max))
    throw bad("bad-request", `${what} must be a whole number${what === "limit" ? ` from 1 to ${max}` : ""}`);
  return n;
}

function toUploads(files: z.infer<typeof uploadSchema>[] | undefined): { name: string; bytes: Uint8Array }[] {
  return (files ?? []).map((f) => {
    if (f.text === undefined && f.base64 === undefined)
      throw bad("bad-request", `${f.name}: give text or base64`);
    const bytes =
      f.text !== undefined
        ? new TextEncoder().encode(f.text)
        : new Uint8Array(Buffer.from(f.base64 ?? "", "base64"));
    return { name: f.name, bytes };
  });
}

/** An add that filed nothing and found nothing already there is the caller's input error, with the reasons. */
function filedSomething(report: AddReport): AddReport {
  if (report.filed.length === 0 && report.duplicates.length === 0) {
    const reasons = report.skipped.map((s) => `${s.source}: ${s.reason}`).join("; ");
    throw bad("nothing-readable", `nothing could be filed${reasons ? ` (${reasons})` : ""}`);
  }
  return report;
}

async function readJson(body: Promise<unknown>): Promise<unknown> {
  return body.catch(() => {
    throw bad("bad-json", "the body is not JSON");
  });
}

export function buildApp(options: ServerOptions): Hono {
  const app = new Hono();
  const { store } = options;
  const now = () => options.now().toISOString();
  const live = options.liveSessions ?? createLiveSessions({ now });

  app.onError((err, c) => {
    if (err instanceof InputError)
      return c.json({ error: { code: err.code, message: err.message } }, err.status);
    // The machine's failures (a full disk, a damaged workspace): told plainly, with no stack logged as a bug.
    const machine = environmentError(err);
    if (machine)
      return c.json({ error: { code: machine.code, message: `${machine.message}; ${machine.hint}` } }, 503);
    if (isWorkspaceBusy(err)) {
      c.header("Retry-After", "5");
      return c.json(
        { error: { code: "workspace-busy", message: "the workspace is busy; try again in a moment" } },
        503,
      );
    }
    options.log(`debrief serve: ${c.req.method} ${c.req.path} failed: ${err.stack ?? err.message}`);
    return c.json(
      { error: { code: "internal", message: "something went wrong on our side; see the server's log" } },
      500,
    );
  });
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? c.json(
          { error: { code: "not-found", message: `no such endpoint: ${c.req.method} ${c.req.path}` } },
          404,
        )
      : c.text("Not found", 404),
  );

  app.use("*", guardAccess(options));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(
          {
            error: {
              code: "too-large",
              message: `the request is over ${MAX_BODY_BYTES / 1024 / 1024} MB; send fewer or smaller files`,
            },
          },
          413,
        ),
    }),
  );

  app.get("/api/health", (c) => c.json({ ok: true }));
  app.get("/api/openapi.json", (c) => c.json(buildOpenApi()));

  app.post("/api/analyze", async (c) => {
    const raw = await c.req.json().catch(() => {
      throw bad("bad-json", "the body is not JSON");
    });
    const body = await jsonBody(raw, analyzeRequest);
    const result = await (options.analyzer ?? inProcessAnalyzer).analyze(toUploads(body.files), {
      now: body.now ?? now(),
      ...(body.me ? { me: body.me } : {}),
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
    });
    if (result.isEmpty) {
      const reasons = result.json.skipped.map((s) => `${s.source}: ${s.reason}`).join("; ");
      throw bad("nothing-readable", `nothing could be read${reasons ? ` (${reasons})` : ""}`);
    }
    return c.json(result.json);
  });

  app.get("/api/applications", async (c) => {
    const q = c.req.query();
    const stage = q.stage;
    const band = q.band;
    if (band && !["strong", "promising", "mixed", "weak"].includes(band))
      throw bad("bad-request", `band ${band} is not a band`);
    const limit = q.limit === undefined ? undefined : pageParam(q.limit, "limit", MAX_PAGE);
    const offset = q.offset === undefined ? 0 : pageParam(q.offset, "offset", Number.MAX_SAFE_INTEGER);
    const all = await listApplications(store, now(), {
      ...(stage ? { stage } : {}),
      ...(band ? { band: band as "strong" } : {}),
      ...(q.company ? { company: q.company } : {}),
    });
    // A page when asked for one: the total in a header, and the next page's address while there is one.
    c.header("X-Total-Count", String(all.length));
    if (limit === undefined) return c.json(await withDetails(store, all.slice(offset)));
    if (offset + limit < all.length) {
      const next = new URL(c.req.url);
      next.searchParams.set("offset", String(offset + limit));
      c.header("Link", `<${next.pathname}${next.search}>; rel="next"`);
    }
    return c.json(await withDetails(store, all.slice(offset, offset + limit)));
  });
  app.get("/api/applications/:ref", async (c) =>
    c.json(await showTrackedApplication(store, c.req.param("ref"), now())),
  );
  app.get("/api/applications/:id/rounds/:number", async (c) =>
    c.json(await readRound(store, idParam(c.req.param("id"), "id"), idParam(c.req.param("number"), "round"))),
  );
  app.post("/api/applications/:ref/outcome", async (c) => {
    const raw = await c.req.json().catch(() => {
      throw bad("bad-json", "the body is not JSON");
    });
    const body = await jsonBody(raw, outcomeRequest);
    return c.json(await setApplicationOutcome(store, c.req.param("ref"), body.outcome, now()));
  });
  app.patch("/api/applications/:ref", async (c) => {
    const body = await jsonBody(await readJson(c.req.json()), renameRequest);
    const { company, role, ...details } = body;
    // Names only: the rename's own report, as before; with details, the change and the details after.
    if (Object.values(details).every((v) => v === undefined))
      return c.json(
        await renameApplication(store, c.req.param("ref"), {
          ...(company !== undefined ? { company } : {}),
          ...(role !== undefined ? { role } : {}),
        }),
      );
    return c.json(await editApplication(store, c.req.param("ref"), body, now()));
  });
  app.post("/api/applications/:ref/stage", async (c) => {
    const body = await jsonBody(await readJson(c.req.json()), stageRequest);
    return c.json(await moveApplication(store, c.req.param("ref"), body.stage, now()));
  });
  app.post("/api/applications/:ref/merge", async (c) => {
    const body = await jsonBody(await readJson(c.req.json()), mergeRequest);
    return c.json(await mergeApplications(store, c.req.param("ref"), body.from, now()));
  });
  addDeletedRoutes(app, options);
  app.get("/api/todo", async (c) => c.json(await listTrackedTodo(store, now())));
  app.post("/api/actions/:id/done", async (c) =>
    c.json(await completeAction(store, idParam(c.req.param("id"), "id"), now())),
  );
  app.post("/api/actions/:id/undo", async (c) =>
    c.json(await undoDone(store, idParam(c.req.param("id"), "id"), now())),
  );
  app.put("/api/actions/:id/draft", async (c) => {
    const body = await jsonBody(await readJson(c.req.json()), draftRequest);
    return c.json(await editDraft(store, idParam(c.req.param("id"), "id"), body.text, now()));
  });
  app.post("/api/actions/:id/snooze", async (c) => {
    const body = await jsonBody(await readJson(c.req.json()), snoozeRequest);
    return c.json(await snoozeAction(store, idParam(c.req.param("id"), "id"), body.until, now()));
  });
  app.get("/api/settings", async (c) => c.json(await workspaceSettings(store, now())));
  app.get("/api/signals", (c) => c.json(signalLabels()));
  app.post("/api/applications", async (c) => {
    const raw = await c.req.json().catch(() => {
      throw bad("bad-json", "the body is not JSON");
    });
    const body = await jsonBody(raw, saveRequest);
    const typedIn = (body.notes?.trim() ?? "") === "" && (body.files?.length ?? 0) === 0;
    if (typedIn && body.application)
      return c.json(await createApplication(store, { company: body.application, role: body.role }, now()));
    const report = await addToWorkspace(
      store,
      { uploads: toUploads(body.files), ...(body.notes !== undefined ? { notes: body.notes } : {}) },
      {
        now: body.now ?? now(),
        ...(body.me ? { me: body.me } : {}),
        ...(body.application ? { application: body.application } : {}),
      },
    );
    return c.json(filedSomething(report));
  });
  app.get("/api/actions/:id/eml", async (c) => {
    const draft = await trackedActionDraft(store, idParam(c.req.param("id"), "id"), now());
    c.header("Content-Type", "message/rfc822");
    c.header("Content-Disposition", `attachment; filename="${draft.fileName.replace(/[^\w.-]/g, "_")}"`);
    return c.body(draft.eml);
  });
  app.get("/api/insights", async (c) => c.json(await gatherInsights(store)));
  app.get("/api/insights/search", async (c) => c.json(await searchPace(store, now())));

  app.get("/api/live", (c) => c.json({ captionFolders: live.captionFolders() }));
  app.post("/api/live", async (c) => {
    const raw = await c.req.json().catch(() => {
      throw bad("bad-json", "the body is not JSON");
    });
    const body = await jsonBody(raw, liveStartRequest);
    return c.json(
      await live.start({
        now: now(),
        ...(body.me ? { me: body.me } : {}),
        ...(body.path !== undefined ? { path: body.path } : {}),
        ...(body.invite ? { invite: toUploads([body.invite])[0] } : {}),
      }),
    );
  });
  app.post("/api/live/:id/text", async (c) => {
    const raw = await c.req.json().catch(() => {
      throw bad("bad-json", "the body is not JSON");
    });
    const body = await jsonBody(raw, liveTextRequest);
    return c.json(live.append(c.req.param("id"), body.text));
  });
  app.get("/api/live/:id/events", (c) => {
    const id = c.req.param("id");
    // An unknown id is a 400 before the stream starts.
    const first = live.board(id);
    return streamSSE(c, async (stream) => {
      let chain = stream.writeSSE({
        event: first.provisional ? "update" : "final",
        data: JSON.stringify(first),
      });
      if (!first.provisional) return chain;
      await new Promise<void>((done) => {
        const onEvent = (event: LiveBoardEvent) => {
          if (event.type !== "closed") {
            const data = JSON.stringify(event.board);
            chain = chain.then(() => stream.writeSSE({ event: event.type, data }));
          }
          if (event.type !== "update") end();
        };
        const unsubscribe = live.subscribe(id, onEvent);
        function end() {
          unsubscribe();
          done();
        }
        stream.onAbort(end);
      });
      await chain.catch(() => undefined);
    });
  });
  app.post("/api/live/:id/finish", async (c) => c.json(await live.finish(c.req.param("id"))));
  app.post("/api/live/:id/save", async (c) => {
    const raw = await c.req.json().catch(() => {
      throw bad("bad-json", "the body is not JSON");
    });
    const body = await jsonBody(raw, liveSaveRequest);
    const { uploads, me } = await live.files(c.req.param("id"));
    const report = await addToWorkspace(
      store,
      { uploads },
      { now: now(), ...(me ? { me } : {}), ...(body.application ? { application: body.application } : {}) },
    );
    return c.json(filedSomething(report));
  });

  options.staticFiles?.(app);
  return app;
}
