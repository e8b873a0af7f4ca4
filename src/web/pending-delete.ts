import { useEffect, useState } from "preact/hooks";
import { deleteApplication, messageOf, restoreApplication } from "./api.js";

/**
 * A delete the person can undo: the server deletes the application at once (keeping an export of it)
 * and can put it back until `restorableUntil` (15 minutes, a server restart included). The Pipeline
 * offers Undo in a bar for UNDO_MS, and after that under "Recently deleted" for the rest of the window,
 * which is read from the server (so a reload or another tab shows it too).
 */
export const UNDO_MS = 10_000;

/** How long the server keeps a delete undoable (its RESTORE_MS); the times shown come from the server. */
export const RESTORE_MINUTES = 15;

export interface PendingDelete {
  id: number;
  company: string;
}

let pending:
  | (PendingDelete & {
      timer: ReturnType<typeof setTimeout>;
      sent: Promise<boolean>;
      restorableUntil?: string;
      /** Undo was pressed and the server is putting it back: still hidden, not undone twice. */
      restoring?: true;
    })
  | undefined;
let lastProblem = "";
/** Bumped when the server's list of deletes changes here: a view showing it reads it again. */
let generation = 0;
const listeners = new Set<() => void>();
const tell = () => {
  for (const l of listeners) l();
};

/** Deletes the application now; Undo is offered until the bar's time is up (one at a time). */
export function scheduleDelete(app: PendingDelete): void {
  if (pending) clearTimeout(pending.timer);
  lastProblem = "";
  const sent = deleteApplication(app.id).then(
    (answer) => {
      if (pending?.id === app.id) pending.restorableUntil = answer.restorableUntil;
      generation++;
      tell();
      return true;
    },
    (e: unknown) => {
      lastProblem = `${app.company} could not be deleted: ${messageOf(e)}`;
      if (pending?.id === app.id) {
        clearTimeout(pending.timer);
        pending = undefined;
      }
      tell();
      return false;
    },
  );
  const timer = setTimeout(() => {
    if (pending?.id === app.id) pending = undefined;
    tell();
  }, UNDO_MS);
  pending = { ...app, timer, sent };
  tell();
}

/** Puts the deleted application back (once its delete has gone through); false if that failed. */
export async function undoDelete(): Promise<boolean> {
  const undo = pending;
  if (!undo || undo.restoring) return false;
  clearTimeout(undo.timer);
  // It stays pending (its card hidden) until it is back: a list read before the delete went through
  // would otherwise show it again before the server has it.
  undo.restoring = true;
  if (!(await undo.sent)) return false;
  return restoreDeleted(undo);
}

/** Puts back a delete from "Recently deleted" (or the Undo bar); false, with the problem told, if it failed. */
export async function restoreDeleted(app: PendingDelete): Promise<boolean> {
  lastProblem = "";
  try {
    await restoreApplication(app.id);
    return true;
  } catch (e) {
    lastProblem = `${app.company} could not be put back: ${messageOf(e)}`;
    return false;
  } finally {
    if (pending?.id === app.id) {
      clearTimeout(pending.timer);
      pending = undefined;
    }
    generation++;
    tell();
  }
}

/** The delete the bar can still undo, the last problem, and the list's generation, kept up to date. */
export function usePendingDelete(): {
  pending: (PendingDelete & { restorableUntil?: string }) | undefined;
  problem: string;
  generation: number;
} {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((t) => t + 1);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return {
    pending: pending
      ? {
          id: pending.id,
          company: pending.company,
          ...(pending.restorableUntil ? { restorableUntil: pending.restorableUntil } : {}),
        }
      : undefined,
    problem: lastProblem,
    generation,
  };
}
