import type { Hono } from "hono";
import { gatherInsights } from "../../app/gather-insights.js";
import { searchPace } from "../../app/search-pace.js";
import { signalLabels, workspaceSettings } from "../../app/track-applications.js";
import type { RouteContext } from "../server-options.js";

/**
 * The workspace as a whole: its settings, the signals' labels, the insights and the pace of the search.
 */
export function workspaceRoutes(app: Hono, { store, now }: RouteContext): void {
  app.get("/api/settings", async (c) => c.json(await workspaceSettings(store, now())));
  app.get("/api/signals", (c) => c.json(signalLabels()));
  app.get("/api/insights", async (c) => c.json(await gatherInsights(store)));
  app.get("/api/insights/search", async (c) => c.json(await searchPace(store, now())));
}
