import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  type AnalyzeOptions,
  analyzeUploads,
  type ContractJson,
  toContractJson,
} from "../app/analyze-case.js";
import { InputError } from "../app/input-error.js";
import type { AnalysisAnswer, AnalysisJob } from "./analysis-worker.js";

/**
 * Analysis for the server, off the thread that answers requests: a pool of worker threads, one
 * analysis at a time each, sized to the cores. A request that waits or runs longer than its budget
 * gets a 503 with a clear error, and its worker is stopped and replaced, so one huge or hostile body
 * can slow only itself: `/api/health`, the dashboard and every other route keep answering.
 */
export interface Analyzer {
  analyze(
    uploads: { name: string; bytes: Uint8Array }[],
    options: AnalyzeOptions & { notes?: string },
  ): Promise<{ json: ContractJson; isEmpty: boolean }>;
  close(): Promise<void>;
}

/** In the calling thread: for tests and the CLI. */
export const inProcessAnalyzer: Analyzer = {
  async analyze(uploads, options) {
    const result = await analyzeUploads(uploads, options);
    return { json: toContractJson(result), isEmpty: result.isEmpty };
  },
  async close() {},
};

export interface PoolOptions {
  /** Worker threads (default: the cores less one, at least one, at most four). */
  size?: number;
  /** The most one request may take, waiting and running, in ms (default 60 s). */
  budgetMs?: number;
  /** Requests that may wait for a worker (default 32); more get a 503 at once. */
  maxQueued?: number;
}

interface Pending {
  job: AnalysisJob;
  resolve: (v: { json: ContractJson; isEmpty: boolean }) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  busy?: Pending | undefined;
}

/**
 * A new worker: the compiled .js beside this file, or, when the sources run as TypeScript (tests,
 * `npm run debrief`), the .ts source loaded through tsx's loader registered in the worker first.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./analysis-worker.js", here));
  const tsx = import.meta.resolve("tsx/esm/api");
  const source = new URL("./analysis-worker.ts", here).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`,
    { eval: true },
  );
}

function tooLong(budgetMs: number): InputError {
  return new InputError(
    "analysis-too-long",
    `the analysis took longer than ${Math.round(budgetMs / 1000)} s and was stopped`,
    "give less text at once (a long mailbox is better filed with debrief add), or try again",
    { status: 503 },
  );
}

export function createAnalysisPool(options: PoolOptions = {}): Analyzer {
  const size = options.size ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const budgetMs = options.budgetMs ?? 60_000;
  const maxQueued = options.maxQueued ?? 32;
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker() };
    slot.worker.unref();
    slot.worker.on("message", (answer: AnalysisAnswer) => {
      const p = slot.busy;
      if (!p || p.job.id !== answer.id) return;
      slot.busy = undefined;
      clearTimeout(p.timer);
      if (answer.ok) p.resolve({ json: answer.json, isEmpty: answer.isEmpty });
      else if (answer.error.bug) p.reject(new Error(answer.error.message));
      else p.reject(new InputError(answer.error.code, answer.error.message, answer.error.hint));
      pump();
    });
    slot.worker.on("error", (e) => {
      const p = slot.busy;
      slot.busy = undefined;
      replace(slot);
      if (p) {
        clearTimeout(p.timer);
        p.reject(e);
      }
      pump();
    });
    return slot;
  };

  /** Stops a worker (stuck, or failed) and puts a new one in its place. */
  const replace = (slot: Slot) => {
    void slot.worker.terminate();
    const at = slots.indexOf(slot);
    if (at >= 0 && !closed) slots[at] = spawn();
  };

  const pump = () => {
    while (queue.length > 0) {
      let free = slots.find((s) => !s.busy);
      if (!free && slots.length < size) {
        free = spawn();
        slots.push(free);
      }
      if (!free) return;
      const p = queue.shift() as Pending;
      free.busy = p;
      p.slot = free;
      free.worker.postMessage(p.job);
    }
  };

  return {
    analyze(uploads, analyzeOptions) {
      if (closed)
        return Promise.reject(new InputError("closing", "the server is closing", undefined, { status: 503 }));
      if (queue.length >= maxQueued)
        return Promise.reject(
          new InputError("busy", "too many analyses are waiting; try again in a moment", undefined, {
            status: 503,
          }),
        );
      return new Promise((resolve, reject) => {
        const job: AnalysisJob = { id: nextId++, uploads, options: analyzeOptions };
        const p: Pending = {
          job,
          resolve,
          reject,
          timer: setTimeout(() => {
            const at = queue.indexOf(p);
            if (at >= 0) queue.splice(at, 1);
            if (p.slot?.busy === p) {
              p.slot.busy = undefined;
              replace(p.slot);
            }
            reject(tooLong(budgetMs));
            pump();
          }, budgetMs),
        };
        queue.push(p);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) {
        clearTimeout(p.timer);
        p.reject(new InputError("closing", "the server is closing", undefined, { status: 503 }));
      }
      await Promise.all(
        slots.splice(0).map(async (s) => {
          if (s.busy) {
            clearTimeout(s.busy.timer);
            s.busy.reject(new InputError("closing", "the server is closing", undefined, { status: 503 }));
          }
          await s.worker.terminate();
        }),
      );
    },
  };
}
