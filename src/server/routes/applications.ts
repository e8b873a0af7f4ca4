import type { Context, Hono } from "hono";
import { type AddReport, addToWorkspace } from "../../app/add-to-workspace.js";
import { mergeApplications, renameApplication } from "../../app/edit-applications.js";
import { countListed, detailedPages } from "../../app/list-applications.js";
import { readRound } from "../../app/read-round.js";
import { setApplicationOutcome } from "../../app/reanalyze-workspace.js";
import {
  type ApplicationSummaryWithDetails,
  createApplication,
  editApplication,
  moveApplication,
  showTrackedApplication,
} from "../../app/track-applications.js";
import type { ListFilter } from "../../app/workspace-views.js";
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
 * `GET /api/applications`: every application, or a page of them (`limit`, with `offset` or the keyset
 * cursor `after`, an id), the total in a header and the next page's address while there is one. Read a
 * page of applications at a time: a page asked for is held whole (at most MAX_PAGE summaries), every
 * application is streamed as it is read, so the memory used is a page's whatever the workspace's size.
 */
async function listPage(c: Context, { store, now }: Pick<RouteContext, "store" | "now">): Promise<Response> {
  const q = c.req.query();
  const band = q.band;
  if (band && !["strong", "promising", "mixed", "weak"].includes(band))
    throw bad("bad-request", `band ${band} is not a band`);
  const limit = q.limit === undefined ? undefined : pageParam(q.limit, "limit", MAX_PAGE);
  const offset = q.offset === undefined ? 0 : pageParam(q.offset, "offset", Number.MAX_SAFE_INTEGER);
  const after = q.after === undefined ? undefined : pageParam(q.after, "after", Number.MAX_SAFE_INTEGER);
  if (after !== undefined && q.offset !== undefined)
    throw bad("bad-request", "give offset or after, not both");
  const filter: ListFilter = {
    ...(q.stage ? { stage: q.stage } : {}),
    ...(band ? { band: band as "strong" } : {}),
    ...(q.company ? { company: q.company } : {}),
  };
  const at = now();
  const total = await countListed(store, at, filter);
  c.header("X-Total-Count", String(total));
  const pages = detailedPages(store, at, filter, after === undefined ? {} : { after });
  if (limit === undefined) {
    c.header("Content-Type", "application/json");
    return c.body(jsonArrayStream(skipped(pages, offset)));
  }
  // A page asked for: one more summary read than shown tells whether there is a next page.
  const shown: ApplicationSummaryWithDetails[] = [];
  let more = false;
  for await (const s of skipped(pages, offset)) {
    if (shown.length === limit) {
      more = true;
      break;
    }
    shown.push(s);
  }
  if (more) {
    const next = new URL(c.req.url);
    if (after === undefined) next.searchParams.set("offset", String(offset + limit));
    else next.searchParams.set("after", String(shown[shown.length - 1]?.id));
    c.header("Link", `<${next.pathname}${next.search}>; rel="next"`);
  }
  return c.json(shown);
}

/** The summaries of some pages, one by one, the first `offset` left out. */
async function* skipped<T>(pages: AsyncIterable<{ summaries: T[] }>, offset: number): AsyncGenerator<T> {
  let seen = 0;
  for await (const page of pages) {
    if (seen + page.summaries.length <= offset) {
      seen += page.summaries.length;
      continue;
    }
    for (const s of page.summaries) if (seen++ >= offset) yield s;
  }
}

/** A JSON array (as `c.json` writes it) of what `items` gives, encoded as it comes, a page at a time. */
function jsonArrayStream(items: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = items[Symbol.asyncIterator]();
  let count = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = "";
      // About a page's worth at a time: one chunk per summary would cost more than the summaries.
      while (text.length < 256 * 1024) {
        const next = await iterator.next();
        if (next.done) {
          controller.enqueue(encoder.encode(`${text}${count === 0 ? "[" : ""}]`));
          controller.close();
          return;
        }
        text += `${count++ === 0 ? "[" : ","}${JSON.stringify(next.value)}`;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
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
