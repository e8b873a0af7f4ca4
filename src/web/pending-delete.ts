import { useEffect, useState } from "preact/hooks";
import { deleteApplication, messageOf } from "./api.js";

/**
 * A delete the person can still undo: the application is hidden at once and deleted for good only when
 * the undo window closes, or when the page goes away (then sent so that it outlives the page). Undo
 * within the window and nothing was ever deleted. The server keeps an export of what it deletes besides.
 */
export const UNDO_MS = 10_000;

export interface PendingDelete {
  id: number;
  company: string;
}

let pending: (PendingDelete & { timer: ReturnType<typeof setTimeout> }) | undefined;
let lastProblem = "";
const listeners = new Set<() => void>();
const tell = () => {
  for (const l of listeners) l();
};

function flush(keepalive: boolean): void {
  if (!pending) return;
  const { id, company, timer } = pending;
  clearTimeout(timer);
  pending = undefined;
  window.removeEventListener("pagehide", onPageHide);
  deleteApplication(id, { keepalive }).then(
    () => {
      lastProblem = "";
      tell();
    },
    (e: unknown) => {
      lastProblem = `${company} could not be deleted: ${messageOf(e)}`;
      tell();
    },
  );
  tell();
}

function onPageHide(): void {
  flush(true);
}

/** Hides the application now and deletes it once the undo window has passed (one pending at a time). */
export function scheduleDelete(app: PendingDelete): void {
  flush(false);
  pending = { ...app, timer: setTimeout(() => flush(false), UNDO_MS) };
  window.addEventListener("pagehide", onPageHide);
  tell();
}

/** Takes the pending delete back; false when there was none (it went through already). */
export function undoDelete(): boolean {
  if (!pending) return false;
  clearTimeout(pending.timer);
  pending = undefined;
  window.removeEventListener("pagehide", onPageHide);
  tell();
  return true;
}

/** The delete still waiting, and the last one that failed, kept up to date. */
export function usePendingDelete(): { pending: PendingDelete | undefined; problem: string } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((t) => t + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return {
    pending: pending ? { id: pending.id, company: pending.company } : undefined,
    problem: lastProblem,
  };
}
