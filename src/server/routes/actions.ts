import type { Hono } from "hono";
import {
  editDraft,
  listTrackedTodo,
  snoozeAction,
  trackedActionDraft,
  undoDone,
} from "../../app/track-applications.js";
import { completeAction } from "../../app/workspace-views.js";
import { idParam, jsonBody, readJson } from "../request-input.js";
import { draftRequest, snoozeRequest } from "../schemas.js";
import type { RouteContext } from "../server-options.js";

/**
 * What is due and the actions: done, undone, the draft edited, snoozed, and a draft as an .eml file.
 */
export function actionRoutes(app: Hono, { store, now }: RouteContext): void {
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
  app.get("/api/actions/:id/eml", async (c) => {
    const draft = await trackedActionDraft(store, idParam(c.req.param("id"), "id"), now());
    c.header("Content-Type", "message/rfc822");
    c.header("Content-Disposition", `attachment; filename="${draft.fileName.replace(/[^\w.-]/g, "_")}"`);
    return c.body(draft.eml);
  });
}
