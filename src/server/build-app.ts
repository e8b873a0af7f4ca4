import { type ErrorHandler, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { environmentError } from "../app/environment-error.js";
import { InputError } from "../app/input-error.js";
import { createLiveSessions } from "../app/live-sessions.js";
import { isWorkspaceBusy } from "../app/open-workspace.js";
import { guardAccess } from "./guard-access.js";
import { buildOpenApi } from "./openapi.js";
import { actionRoutes } from "./routes/actions.js";
import { analyzeRoutes } from "./routes/analyze.js";
import { applicationRoutes } from "./routes/applications.js";
import { addDeletedRoutes } from "./routes/deleted.js";
import { liveRoutes } from "./routes/live.js";
import { workspaceRoutes } from "./routes/workspace.js";
import { MAX_BODY_BYTES } from "./schemas.js";
import type { RouteContext, ServerOptions } from "./server-options.js";

export { RESTORE_MS } from "./routes/deleted.js";
export type { ServerOptions } from "./server-options.js";

/**
 * The one error handler: bad input is a 400 (or the status its error names), the machine's failures and a
 * busy workspace a 503, anything else is logged and a 500.
 */
function answerError(options: ServerOptions): ErrorHandler {
  return (err, c) => {
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
  };
}

/**
 * The HTTP API over one workspace: every dashboard view's data and the analysis itself, its routes one
 * file a topic in `routes/`. Bad input is a 400 with `{ error: { code, message } }`; anything else is
 * logged and a 500; no request ends the server.
 */
export function buildApp(options: ServerOptions): Hono {
  const app = new Hono();
  const { store } = options;
  const now = () => options.now().toISOString();
  const live = options.liveSessions ?? createLiveSessions({ now });

  app.onError(answerError(options));
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
  const context: RouteContext = { options, store, now };
  analyzeRoutes(app, context);
  applicationRoutes(app, context);
  addDeletedRoutes(app, options);
  actionRoutes(app, context);
  workspaceRoutes(app, context);
  liveRoutes(app, context, live);

  options.staticFiles?.(app);
  return app;
}
