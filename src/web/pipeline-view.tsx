import { memo } from "preact/compat";
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  changeApplication,
  createApplication,
  listApplications,
  messageOf,
  moveApplication,
  saveToWorkspace,
} from "./api.js";
import type { ApplicationSummary, MoveStage, SaveResult } from "./api-types.js";
import { BandBadge } from "./band-badge.js";
import { type Clock, formatExact, formatTime, relativeDue, silenceWords } from "./dates.js";
import { actionLabel, MOVE_LABELS, stageLabel } from "./labels.js";
import { Link } from "./link.js";
import { usePageTitle } from "./page-title.js";
import { applicationHref } from "./parse-route.js";
import { undoDelete, usePendingDelete } from "./pending-delete.js";
import { type Picked, pickFiles } from "./pick-files.js";
import { PickedFiles } from "./picked-files.js";
import { PIPELINE_STAGES, type PipelineStage, pipelineStage } from "./pipeline-stage.js";
import { Problem } from "./problem.js";
import { RecentlyDeleted } from "./recently-deleted.js";
import { ShowMore } from "./show-more.js";
import { CLOSE_STAGES, columnOf, DROP_ATTRIBUTE, dropStageAt, stepDropStage } from "./stage-drag.js";
import { useApi } from "./use-api.js";
import { useBatches } from "./use-batches.js";
import { useClock } from "./use-clock.js";

const EMPTY: Record<PipelineStage, string> = {
  applied: "Nothing waiting on a first interview.",
  interviewing: "No interviews in progress.",
  waiting: "Nobody to wait on.",
  offer: "No offers yet.",
  closed: "Nothing closed.",
};

/** Where an application stands, as the stage menu names it: its outcome, else its column. */
export function moveStageOf(a: ApplicationSummary): MoveStage {
  const stage = pipelineStage(a);
  if (stage === "offer") return "offer";
  if (stage === "closed") return (a.outcome?.outcome as MoveStage | undefined) ?? "rejected";
  return stage;
}

/** Pipeline: every application on a board by stage, each with its latest read, silence and next step. */
export function PipelineView() {
  const loaded = useApi((signal) => listApplications(signal), []);
  const { pending, problem, generation } = usePendingDelete();
  const clock = useClock();
  const [announce, setAnnounce] = useState("");
  const focusAfter = useRef<string | undefined>(undefined);
  // The card just moved: drawn in its new column even past the cards that column shows.
  const [moved, setMoved] = useState<number | undefined>(undefined);
  usePageTitle("Pipeline");
  // After a reload, focus goes back to the control that caused it (its card may have changed column).
  useEffect(() => {
    if (!focusAfter.current || !loaded.data) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  }, [loaded.data]);
  // When an undo window closes, the list is read again: one read while the delete was on its way may
  // still hold the application.
  const hidden = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (hidden.current !== undefined && pending?.id === undefined) loaded.reload();
    hidden.current = pending?.id;
  }, [pending?.id, loaded.reload]);
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
  return (
    <>
      <h1>Pipeline</h1>
      {pending ? (
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
              if (await undoDelete()) {
                setAnnounce(`${company} is back.`);
                loaded.reload();
              }
            }}
          >
            Undo delete of {pending.company}
          </button>
        </div>
      ) : null}
      {problem ? <Problem message={problem} /> : null}
      <NewApplication
        onAdded={(text) => {
          setAnnounce(text);
          loaded.reload();
        }}
      />
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
        onRestored={(d) => {
          setAnnounce(`${d.company} is back.`);
          loaded.reload();
        }}
      />
    </>
  );
}

/** "New application": type the company and role, and/or paste text or drop files (an mbox too). */
function NewApplication({ onAdded }: { onAdded: (text: string) => void }) {
  const [company, setCompany] = useState("");
  const [role, setRole] = useState("");
  const [text, setText] = useState("");
  const [files, setFiles] = useState<Picked[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const [added, setAdded] = useState<{ id: number; company: string }[]>([]);
  const [isDragging, setDragging] = useState(false);

  const addFiles = async (list: FileList | null) => {
    const { picked, problems } = await pickFiles(list);
    setProblem(problems.length > 0 ? `Not added: ${problems.join("; ")}.` : "");
    if (picked.length > 0)
      setFiles((old) => [...old.filter((f) => !picked.some((p) => p.name === f.name)), ...picked]);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem("");
    setAdded([]);
    const hasMaterial = text.trim() !== "" || files.length > 0;
    if (!hasMaterial && company.trim() === "") {
      setProblem("Type the company, or paste an email or notes, or drop files.");
      return;
    }
    setBusy(true);
    try {
      let made: { id: number; company: string }[];
      if (hasMaterial) {
        const report: SaveResult = await saveToWorkspace({
          ...(text.trim() ? { notes: text } : {}),
          ...(files.length > 0 ? { files: files.map((f) => ({ name: f.name, base64: f.base64 })) } : {}),
          ...(company.trim() ? { application: company.trim() } : {}),
        });
        made = report.filed.map((f) => ({ id: f.applicationId, company: f.company }));
        const only = made[0];
        if (role.trim() && made.length === 1 && only) await changeApplication(only.id, { role: role.trim() });
        if (made.length === 0) {
          setProblem(
            report.duplicates.length > 0
              ? "All of it was added before: nothing new."
              : "Nothing could be filed.",
          );
          return;
        }
      } else {
        const created = await createApplication(company.trim(), role.trim());
        made = [{ id: created.applicationId, company: created.company }];
      }
      setAdded(made);
      setCompany("");
      setRole("");
      setText("");
      setFiles([]);
      onAdded(`Added ${made.map((m) => m.company).join(", ")}.`);
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="new-application">
      <summary>New application</summary>
      <form
        class={`new-form${isDragging ? " is-dragging" : ""}`}
        onSubmit={submit}
        aria-label="New application"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFiles(e.dataTransfer?.files ?? null);
        }}
      >
        <div class="field-row">
          <p class="field">
            <label for="new-company">Company</label>
            <input
              id="new-company"
              type="text"
              autoComplete="organization"
              value={company}
              onInput={(e) => setCompany(e.currentTarget.value)}
            />
          </p>
          <p class="field">
            <label for="new-role">Role (optional)</label>
            <input
              id="new-role"
              type="text"
              autoComplete="organization-title"
              value={role}
              onInput={(e) => setRole(e.currentTarget.value)}
            />
          </p>
        </div>
        <label for="new-text">Paste an email, the job post or your notes (optional)</label>
        <textarea id="new-text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="drop-zone">
          <label for="new-files">
            Add files: emails (.eml, or a whole mailbox .mbox), invites, transcripts
          </label>
          <input
            id="new-files"
            type="file"
            multiple
            accept=".vtt,.srt,.txt,.md,.ics,.eml,.mbox,.json"
            onChange={(e) => {
              void addFiles(e.currentTarget.files);
              e.currentTarget.value = "";
            }}
          />
          <p class="hint">…or drop them on this form. A mailbox is sorted into applications for you.</p>
        </div>
        <PickedFiles
          files={files}
          label="Files to add"
          onRemove={(name) => setFiles((old) => old.filter((o) => o.name !== name))}
        />
        <button type="submit" disabled={busy}>
          {busy ? "Adding…" : "Add application"}
        </button>
        {problem ? (
          <p class="error" role="alert">
            {problem}
          </p>
        ) : null}
        {added.length > 0 ? (
          <p class="saved" role="status">
            Added:{" "}
            {added.map((a, i) => (
              <span key={a.id}>
                {i > 0 ? ", " : ""}
                <Link href={applicationHref(a.id)}>{a.company}</Link>
              </span>
            ))}
            .
          </p>
        ) : null}
      </form>
    </details>
  );
}

type OnMoved = (a: ApplicationSummary, stage: MoveStage, focusId?: string) => void;

/** A card being moved: by the pointer (then where it is) or held from the keyboard; over a drop or not. */
interface Drag {
  app: ApplicationSummary;
  by: "pointer" | "keyboard";
  over: MoveStage | undefined;
  x: number;
  y: number;
}

/** What a card's drag handle does to the board's one drag. */
export interface DragControl {
  pick(app: ApplicationSummary, by: Drag["by"], x?: number, y?: number): void;
  point(x: number, y: number): void;
  step(key: string): boolean;
  drop(): Promise<void>;
  cancel(): void;
}

const DRAG_HELP =
  "Drag it to another column, or press Space to pick it up, the arrow keys to choose a stage, Space to drop it and Escape to put it back.";

function Board({
  apps,
  clock,
  onMoved,
  announce,
  moved,
}: {
  apps: ApplicationSummary[];
  clock: Clock;
  onMoved: OnMoved;
  announce: (text: string) => void;
  /** The card just moved, drawn wherever it lands in its column. */
  moved: number | undefined;
}) {
  const batches = useBatches<PipelineStage>((id) => `#card-${id} .card-title a`);
  const [drag, setDragState] = useState<Drag | undefined>(undefined);
  // Events can come faster than renders: each reads the drag as it is now, not as last drawn.
  const current = useRef<Drag | undefined>(undefined);
  const setDrag = (d: Drag | undefined) => {
    current.current = d;
    setDragState(d);
  };
  const [problem, setProblem] = useState("");
  // One control for the board's life, so that a drag redraws only the card it moves (cards are memo).
  const latest = useRef({ announce, onMoved });
  latest.current = { announce, onMoved };
  const control = useMemo<DragControl>(
    () => ({
      pick(app, by, x = 0, y = 0) {
        setProblem("");
        const over = by === "keyboard" ? moveStageOf(app) : undefined;
        setDrag({ app, by, over, x, y });
        if (by === "keyboard")
          latest.current.announce(
            `Picked up ${app.company}, in ${MOVE_LABELS[moveStageOf(app)]}. Arrow keys choose a stage, Space drops it, Escape puts it back.`,
          );
      },
      point(x, y) {
        // Near the top or bottom of the window the page scrolls, so a phone's stacked columns can be reached.
        const edge = 48;
        if (y < edge) window.scrollBy(0, -24);
        else if (y > window.innerHeight - edge) window.scrollBy(0, 24);
        const d = current.current;
        if (d) setDrag({ ...d, x, y, over: dropStageAt(x, y) });
      },
      step(key) {
        const drag = current.current;
        if (!drag?.over) return false;
        const to = stepDropStage(drag.over, key);
        if (!to) return false;
        setDrag({ ...drag, over: to });
        latest.current.announce(
          `${MOVE_LABELS[to]}${to === moveStageOf(drag.app) ? " (where it is now)" : ""}. Space drops ${drag.app.company} here.`,
        );
        document
          .querySelector(`[${DROP_ATTRIBUTE}="${to}"]`)
          ?.scrollIntoView({ block: "nearest", inline: "nearest" });
        return true;
      },
      async drop() {
        const held = current.current;
        setDrag(undefined);
        if (!held) return;
        const from = moveStageOf(held.app);
        if (!held.over || held.over === from) {
          latest.current.announce(`${held.app.company} stays in ${MOVE_LABELS[from]}.`);
          return;
        }
        try {
          await moveApplication(held.app.id, held.over);
          latest.current.onMoved(
            held.app,
            held.over,
            held.by === "keyboard" ? `drag-${held.app.id}` : undefined,
          );
        } catch (e) {
          setProblem(messageOf(e));
        }
      },
      cancel() {
        const drag = current.current;
        if (drag?.by === "keyboard")
          latest.current.announce(`${drag.app.company} stays in ${MOVE_LABELS[moveStageOf(drag.app)]}.`);
        setDrag(undefined);
      },
    }),
    [],
  );
  if (apps.length === 0) {
    return (
      <p>
        No applications yet. Add one with <strong>New application</strong> above, or save a{" "}
        <Link href="/">quick read</Link>.
      </p>
    );
  }
  const byStage = new Map<PipelineStage, ApplicationSummary[]>(PIPELINE_STAGES.map((s) => [s, []]));
  for (const a of apps) byStage.get(pipelineStage(a))?.push(a);
  const overColumn = drag?.over ? columnOf(drag.over) : undefined;
  return (
    <>
      {problem ? <Problem message={problem} /> : null}
      <p id="drag-help" class="visually-hidden">
        {DRAG_HELP}
      </p>
      <div class={`board${drag ? " is-dragging" : ""}`}>
        {PIPELINE_STAGES.map((stage) => {
          const list = byStage.get(stage) ?? [];
          const at = moved === undefined ? -1 : list.findIndex((a) => a.id === moved);
          const limit = batches.limit(stage, at);
          const drops = stage !== "closed" ? { [DROP_ATTRIBUTE]: stage } : {};
          return (
            <section
              key={stage}
              class={`column column-${stage}${overColumn === stage && stage !== "closed" ? " drop-target" : ""}`}
              aria-labelledby={`stage-${stage}`}
              {...drops}
            >
              <h2 id={`stage-${stage}`}>
                {stageLabel(stage)} <span class="count">({list.length})</span>
              </h2>
              {stage === "closed" && drag ? (
                <ul class="close-drops" aria-label="Drop here to close it">
                  {CLOSE_STAGES.map((s) => (
                    <li
                      key={s}
                      class={`close-drop${drag.over === s ? " drop-target" : ""}`}
                      {...{ [DROP_ATTRIBUTE]: s }}
                    >
                      {MOVE_LABELS[s]}
                    </li>
                  ))}
                </ul>
              ) : null}
              {list.length === 0 ? (
                <p class="hint">{EMPTY[stage]}</p>
              ) : (
                <ul class="cards">
                  {list.slice(0, limit).map((a) => (
                    <li key={a.id}>
                      <ApplicationCard
                        app={a}
                        clock={clock}
                        onMoved={onMoved}
                        control={control}
                        held={drag?.app.id === a.id ? drag.by : undefined}
                      />
                    </li>
                  ))}
                </ul>
              )}
              <ShowMore
                rest={list.length - limit}
                where={stageLabel(stage)}
                onClick={() => batches.more(stage, limit, list[limit]?.id)}
              />
            </section>
          );
        })}
      </div>
      {drag?.by === "pointer" ? (
        <div
          class={`drag-ghost${drag.x > window.innerWidth / 2 ? " at-right" : ""}`}
          aria-hidden="true"
          style={{ left: `${drag.x}px`, top: `${drag.y}px` }}
        >
          {drag.app.company} → {drag.over ? MOVE_LABELS[drag.over] : "…"}
        </div>
      ) : null}
    </>
  );
}

/**
 * A card's handle: dragged with a mouse or a finger (past a few pixels, so a tap is not a drag), or
 * held from the keyboard (Space or Enter picks up and drops, the arrows choose, Escape or leaving it
 * puts it back).
 */
function DragHandle({
  app,
  control,
  held,
}: {
  app: ApplicationSummary;
  control: DragControl;
  held: Drag["by"] | undefined;
}) {
  const start = useRef<{ x: number; y: number; dragging: boolean } | undefined>(undefined);
  return (
    <button
      type="button"
      class={`drag-handle${held ? " is-held" : ""}`}
      id={`drag-${app.id}`}
      aria-label={`Move ${app.company}${held === "keyboard" ? " (held)" : ""}`}
      aria-describedby="drag-help"
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { x: e.clientX, y: e.clientY, dragging: false };
      }}
      onPointerMove={(e) => {
        const s = start.current;
        if (!s) return;
        if (!s.dragging) {
          if (Math.hypot(e.clientX - s.x, e.clientY - s.y) < 5) return;
          s.dragging = true;
          control.pick(app, "pointer", e.clientX, e.clientY);
        }
        control.point(e.clientX, e.clientY);
      }}
      onPointerUp={() => {
        const dragged = start.current?.dragging;
        start.current = undefined;
        if (dragged) void control.drop();
      }}
      onPointerCancel={() => {
        start.current = undefined;
        control.cancel();
      }}
      onKeyDown={(e) => {
        if (held === "keyboard") {
          if (e.key === " " || e.key === "Enter") {
            e.preventDefault();
            void control.drop();
          } else if (e.key === "Escape") {
            e.preventDefault();
            control.cancel();
          } else if (control.step(e.key)) e.preventDefault();
        } else if (e.key === " " || e.key === "Enter") {
          e.preventDefault();
          control.pick(app, "keyboard");
        }
      }}
      onBlur={() => {
        if (held === "keyboard") control.cancel();
      }}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}

/**
 * The stage menu: choose, then Move (a menu that moved on every arrow key would move it at each). On a
 * card it is folded behind "Change stage" (500 cards need not draw 500 menus); opened, focus goes to
 * the menu, and Cancel or a move brings it back to that button.
 */
export function StageMenu({
  app,
  onMoved,
  folded = false,
}: {
  app: ApplicationSummary;
  onMoved: (a: ApplicationSummary, stage: MoveStage) => void;
  folded?: boolean;
}) {
  const current = moveStageOf(app);
  const [open, setOpen] = useState(!folded);
  const [choice, setChoice] = useState<MoveStage>(current);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const menu = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open && folded) menu.current?.focus();
  }, [open, folded]);
  const move = async () => {
    if (choice === current) return;
    setBusy(true);
    setProblem("");
    try {
      await moveApplication(app.id, choice);
      onMoved(app, choice);
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  if (!open)
    return (
      <div class="stage-menu">
        <button
          type="button"
          ref={opener}
          id={`stage-btn-${app.id}`}
          aria-expanded="false"
          aria-label={`Change stage: ${app.company}`}
          onClick={() => setOpen(true)}
        >
          Change stage
        </button>
      </div>
    );
  return (
    <div class="stage-menu">
      <label class="stage-label" for={`stage-of-${app.id}`}>
        Stage
      </label>
      <select
        id={`stage-of-${app.id}`}
        ref={menu}
        value={choice}
        onChange={(e) => setChoice(e.currentTarget.value as MoveStage)}
      >
        {(Object.keys(MOVE_LABELS) as MoveStage[]).map((s) => (
          <option key={s} value={s}>
            {MOVE_LABELS[s]}
          </option>
        ))}
      </select>
      <button
        type="button"
        id={`move-${app.id}`}
        onClick={move}
        disabled={busy}
        aria-label={`Move ${app.company} to ${MOVE_LABELS[choice]}`}
      >
        Move
      </button>
      {folded ? (
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setChoice(current);
            setTimeout(() => document.getElementById(`stage-btn-${app.id}`)?.focus(), 0);
          }}
        >
          Cancel
        </button>
      ) : null}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/**
 * "Mark as ghosted?": they have been silent past the date they gave and the week after it (the status
 * check is overdue). One click records it, as the stage menu would.
 */
export function GhostedPrompt({
  app,
  onMoved,
}: {
  app: ApplicationSummary;
  onMoved: (a: ApplicationSummary, stage: MoveStage) => void;
}) {
  const [problem, setProblem] = useState("");
  const next = app.nextAction;
  if (app.outcome || next?.kind !== "status-check" || !next.isOverdue) return null;
  return (
    <div class="ghosted-prompt">
      <p>Still silent past the date they gave.</p>
      <button
        type="button"
        onClick={async () => {
          try {
            await moveApplication(app.id, "ghosted");
            onMoved(app, "ghosted");
          } catch (e) {
            setProblem(messageOf(e));
          }
        }}
      >
        Mark {app.company} as ghosted?
      </button>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

const ApplicationCard = memo(function ApplicationCard({
  app,
  clock,
  onMoved,
  control,
  held,
}: {
  app: ApplicationSummary;
  clock: Clock;
  onMoved: OnMoved;
  control: DragControl;
  /** How it is being moved, if it is. */
  held: Drag["by"] | undefined;
}) {
  const next = app.nextAction;
  return (
    <article class={`card${held ? " is-held" : ""}`} id={`card-${app.id}`}>
      <div class="card-head">
        <h3 class="card-title">
          <Link href={applicationHref(app.id)}>{app.company}</Link>
        </h3>
        <DragHandle app={app} control={control} held={held} />
      </div>
      {app.role ? <p class="role">{app.role}</p> : null}
      {app.outcome ? (
        <p>
          <span class={`outcome outcome-${app.outcome.outcome}`}>{stageLabel(app.outcome.outcome)}</span>
          {app.outcome.recordedBy === "email" ? <span class="hint"> (from their email)</span> : null}
        </p>
      ) : app.read ? (
        <p>
          <BandBadge band={app.read.band} thin={app.read.thin} />
          <span class="hint"> (round {app.read.round})</span>
        </p>
      ) : (
        <p class="hint">No interview yet.</p>
      )}
      <p class="silence">
        <span aria-hidden="true">◷ </span>
        {silenceWords((app.lastContact ?? app.lastFromCompany)?.days, app.lastContact?.what ?? "message")}
      </p>
      {next ? (
        <p class={`next${next.isOverdue ? " overdue" : ""}`}>
          Next: {actionLabel(next.kind)}
          {next.due ? (
            <>
              {" · "}
              {next.isOverdue ? <span aria-hidden="true">⚠ </span> : null}
              <time dateTime={next.due} title={formatExact(next.due, clock.timeZone)}>
                {relativeDue(next.due, clock).toLowerCase()}
              </time>
            </>
          ) : null}
        </p>
      ) : app.outcome ? null : (
        <p class="next hint">Nothing to do for now.</p>
      )}
      <GhostedPrompt app={app} onMoved={onMoved} />
      <StageMenu app={app} onMoved={onMoved} folded />
    </article>
  );
});
