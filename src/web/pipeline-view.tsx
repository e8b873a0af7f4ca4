import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { listApplications } from "./api.js";
import { type Clock, formatExact, formatTime } from "./dates.js";
import { MOVE_LABELS } from "./labels.js";
import { usePageTitle } from "./page-title.js";
import { undoDelete, usePendingDelete } from "./pending-delete.js";
import { Problem } from "./problem.js";
import { RecentlyDeleted } from "./recently-deleted.js";
import { useApi } from "./use-api.js";
import { useClock } from "./use-clock.js";
import { Board } from "./views/pipeline/board.js";
import type { OnMoved } from "./views/pipeline/drag.js";
import { NewApplication } from "./views/pipeline/new-application.js";

/** After a reload, focus goes back to the control that caused it (its card may have changed column). */
function useFocusAfterReload(data: unknown) {
  const focusAfter = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusAfter.current || !data) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  }, [data]);
  return focusAfter;
}

/**
 * When an undo window closes, the list is read again: one read while the delete was on its way may
 * still hold the application.
 */
function useReloadWhenUndoCloses(pendingId: number | undefined, reload: () => void) {
  const hidden = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (hidden.current !== undefined && pendingId === undefined) reload();
    hidden.current = pendingId;
  }, [pendingId, reload]);
}

/** Deleted, with Undo; until when it can also be put back from Recently deleted. */
function UndoBar({
  pending,
  clock,
  onUndone,
}: {
  pending: NonNullable<ReturnType<typeof usePendingDelete>["pending"]>;
  clock: Clock;
  onUndone: (company: string) => void;
}) {
  return (
    <div class="undo-bar" role="status">
      <p>
        Deleted <strong>{pending.company}</strong>.
        {pending.restorableUntil ? (
          <>
            {" "}
            Until{" "}
            <time
              dateTime={pending.restorableUntil}
              title={formatExact(pending.restorableUntil, clock.timeZone)}
            >
              {formatTime(pending.restorableUntil, clock.timeZone)}
            </time>{" "}
            you can also put it back from <a href="#recently-deleted">Recently deleted</a>, below.
          </>
        ) : null}
      </p>
      <button
        type="button"
        onClick={async () => {
          const company = pending.company;
          if (await undoDelete()) onUndone(company);
        }}
      >
        Undo delete of {pending.company}
      </button>
    </div>
  );
}

/** Pipeline: every application on a board by stage, each with its latest read, silence and next step. */
export function PipelineView() {
  const loaded = useApi((signal) => listApplications(signal), []);
  const { pending, problem, generation } = usePendingDelete();
  const clock = useClock();
  const [announce, setAnnounce] = useState("");
  // The card just moved: drawn in its new column even past the cards that column shows.
  const [moved, setMoved] = useState<number | undefined>(undefined);
  usePageTitle("Pipeline");
  const focusAfter = useFocusAfterReload(loaded.data);
  useReloadWhenUndoCloses(pending?.id, loaded.reload);
  const apps = useMemo(() => loaded.data?.filter((a) => a.id !== pending?.id), [loaded.data, pending?.id]);
  // One function for the page's life, so the cards (memo) are not all drawn again on each render.
  const reload = loaded.reload;
  const onMoved = useCallback<OnMoved>(
    (a, stage, focusId) => {
      setAnnounce(`Moved ${a.company} to ${MOVE_LABELS[stage]}.`);
      focusAfter.current = focusId ?? `stage-btn-${a.id}`;
      setMoved(a.id);
      reload();
    },
    [reload],
  );
  /** Said to a screen reader, and the list read again. */
  const changed = (text: string) => {
    setAnnounce(text);
    loaded.reload();
  };
  return (
    <>
      <h1>Pipeline</h1>
      {pending ? (
        <UndoBar pending={pending} clock={clock} onUndone={(company) => changed(`${company} is back.`)} />
      ) : null}
      {problem ? <Problem message={problem} /> : null}
      <NewApplication onAdded={changed} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {loaded.error ? (
        <Problem message={loaded.error} onRetry={loaded.reload} />
      ) : apps ? (
        <Board apps={apps} clock={clock} announce={setAnnounce} onMoved={onMoved} moved={moved} />
      ) : (
        <p role="status">Loading the applications…</p>
      )}
      <RecentlyDeleted
        generation={generation}
        clock={clock}
        onRestored={(d) => changed(`${d.company} is back.`)}
      />
    </>
  );
}
