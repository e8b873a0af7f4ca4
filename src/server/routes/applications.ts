import type { Context, Hono } from "hono";
import { type AddReport, addToWorkspace } from "../../app/add-to-workspace.js";
import { mergeApplications, renameApplication } from "../../app/edit-applications.js";
import { readRound } from "../../app/read-round.js";
import { setApplicationOutcome } from "../../app/reanalyze-workspace.js";
import {
  createApplication,
  editApplication,
  moveApplication,
  showTrackedApplication,
  withDetails,
} from "../../app/track-applications.js";
import { listApplications } from "../../app/workspace-views.js";
import { bad, idParam, jsonBody, MAX_PAGE, pageParam, readJson, toUploads } from "../request-input.js";
import { mergeRequest, outcomeRequest, renameRequest, saveRequest, stageRequest } from "../schemas.js";
import type { RouteContext } from "../server-options.js";

/** An add that filed nothing and found nothing already there is the caller's input error, with the reasons. */
export function filedSomething(report: AddReport): AddReport {
  if (report.filed.length === 0 && report.duplicates.length === 0) {
    const reasons = report.skipped.map((s) => `${s.source}: ${s.reason}`).join("; ");
    throw bad("nothing-readable", `nothing could be filed${reasons ? ` (${reasons})` : ""}`);
  }
  return report;
}

/**
 * `GET /api/applications`: every application, or a page of them (`limit`, `offset`), the total in a
 * header and the next page's address while there is one.
 */
async function listPage(c: Context, { store, now }: Pick<RouteContext, "store" | "now">): Promise<Response> {
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
}

/**
 * The applications: list (a page at a time), show, a round's read, the outcome, rename and details,
 * stage, merge, and a new one saved from files, notes or a name (delete and its Undo are in deleted.ts).
 */
export function applicationRoutes(app: Hono, { store, now }: RouteContext): void {
  app.get("/api/applications", (c) => listPage(c, { store, now }));
  app.get("/api/applications/:ref", async (c) =>
    c.json(await showTrackedApplication(store, c.req.param("ref"), now())),
  );
  app.get("/api/applications/:id/rounds/:number", async (c) =>
    c.json(await readRound(store, idParam(c.req.param("id"), "id"), idParam(c.req.param("number"), "round"))),
  );
  app.post("/api/applications/:ref/outcome", async (c) => {
    const raw = await readJson(c.req.json());
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
  app.post("/api/applications", async (c) => {
    const raw = await readJson(c.req.json());
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
}
