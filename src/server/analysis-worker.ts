import { parentPort } from "node:worker_threads";
import { type AnalyzeOptions, analyzeUploads, toContractJson } from "../app/analyze-case.js";
import { InputError } from "../app/input-error.js";

/**
 * One analysis worker of the server's pool (analysis-pool.ts): reads a case from uploads, as
 * `POST /api/analyze` asks, off the thread that answers requests.
 */
export interface AnalysisJob {
  id: number;
  uploads: { name: string; bytes: Uint8Array }[];
  options: AnalyzeOptions & { notes?: string };
}

export type AnalysisAnswer =
  | {
      id: number;
      ok: true;
      json: ReturnType<typeof toContractJson>;
      isEmpty: boolean;
    }
  | { id: number; ok: false; error: { code: string; message: string; hint?: string; bug?: true } };

parentPort?.on("message", async (job: AnalysisJob) => {
  let answer: AnalysisAnswer;
  try {
    const result = await analyzeUploads(job.uploads, job.options);
    answer = { id: job.id, ok: true, json: toContractJson(result), isEmpty: result.isEmpty };
  } catch (e) {
    answer =
      e instanceof InputError
        ? {
            id: job.id,
            ok: false,
            error: { code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) },
          }
        : {
            id: job.id,
            ok: false,
            error: {
              code: "bug",
              message: e instanceof Error ? (e.stack ?? e.message) : String(e),
              bug: true,
            },
          };
  }
  parentPort?.postMessage(answer);
});
