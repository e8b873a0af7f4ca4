import type { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { addToWorkspace } from "../../app/add-to-workspace.js";
import type { LiveBoardEvent, LiveSessions } from "../../app/live-sessions.js";
import { jsonBody, readJson, toUploads } from "../request-input.js";
import { liveSaveRequest, liveStartRequest, liveTextRequest } from "../schemas.js";
import type { RouteContext } from "../server-options.js";
import { filedSomething } from "./applications.js";

/**
 * The live reads: start one (on a captions folder, or text sent), send text, follow the board as events,
 * finish, and save what was read into the workspace.
 */
export function liveRoutes(app: Hono, { store, now }: RouteContext, live: LiveSessions): void {
  app.get("/api/live", (c) => c.json({ captionFolders: live.captionFolders() }));
  app.post("/api/live", async (c) => {
    const raw = await readJson(c.req.json());
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
    const raw = await readJson(c.req.json());
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
    const raw = await readJson(c.req.json());
    const body = await jsonBody(raw, liveSaveRequest);
    const { uploads, me } = await live.files(c.req.param("id"));
    const report = await addToWorkspace(
      store,
      { uploads },
      { now: now(), ...(me ? { me } : {}), ...(body.application ? { application: body.application } : {}) },
    );
    return c.json(filedSomething(report));
  });
}
