import type { Hono } from "hono";
import type { LiveSessions } from "../app/live-sessions.js";
import type { Store } from "../app/open-workspace.js";
import type { Analyzer } from "./analysis-pool.js";
import type { AccessOptions } from "./guard-access.js";

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

/** What every route reads: the options, the store, and the time now (ISO). */
export interface RouteContext {
  options: ServerOptions;
  store: Store;
  now: () => string;
}
