import { useEffect, useState } from "preact/hooks";
import { deleteApplication, messageOf, restoreApplication } from "./api.js";

/**
 * A delete the person can undo: the server deletes the application at once (keeping an export of it)
 * and can put it back for a while; the Pipeline offers Undo for UNDO_MS. A closed page loses nothing:
 * the delete was made, and the export is kept beside the workspace.
 */
export const UNDO_MS = 10_000;

export interface PendingDelete {
  id: number;
  company: string;
}

let pending: (PendingDelete & { timer: ReturnType<typeof setTimeout>; sent: Promise<boolean> }) | undefined;
let lastProblem = "";
const listeners = new Set<() => void>();
const tell = () => {
  for (const l of listeners) l();
};

/** Deletes the application now; Undo is offered until the window closes (one at a time). */
export function scheduleDelete(app: PendingDelete): void {
  if (pending) clearTimeout(pending.timer);
  lastProblem = "";
  const sent = deleteApplication(app.id).then(
    () => true,
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
  if (!undo) return false;
  clearTimeout(undo.timer);
  pending = undefined;
  tell();
  if (!(await undo.sent)) return false;
  try {
    await restoreApplication(undo.id);
    return true;
  } catch (e) {
    lastProblem = `${undo.company} could not be put back: ${messageOf(e)}`;
    tell();
    return false;
  }
}

/** The delete that can still be undone, and the last one that failed, kept up to date. */
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
