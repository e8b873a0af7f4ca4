import type { Hono } from "hono";
import { inProcessAnalyzer } from "../analysis-pool.js";
import { bad, jsonBody, readJson, toUploads } from "../request-input.js";
import { analyzeRequest } from "../schemas.js";
import type { RouteContext } from "../server-options.js";

/**
 * `POST /api/analyze`: a read of the files sent, stored nowhere.
 */
export function analyzeRoutes(app: Hono, { options, now }: RouteContext): void {
  app.post("/api/analyze", async (c) => {
    const raw = await readJson(c.req.json());
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
}
