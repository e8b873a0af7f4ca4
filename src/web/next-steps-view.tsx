import { memo } from "preact/compat";
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { listTodo, markDone, messageOf, readSettings, snoozeAction, undoDone } from "./api.js";
import type { TrackedTodo } from "./api-types.js";
import { type Clock, dayDifference, formatDate, formatExact, relativeDue } from "./dates.js";
import { DraftBox } from "./draft-box.js";
import { actionLabel } from "./labels.js";
import { Link } from "./link.js";
import { usePageTitle } from "./page-title.js";
import { applicationHref } from "./parse-route.js";
import { Problem } from "./problem.js";
import { ShowMore } from "./show-more.js";
import { useApi } from "./use-api.js";
import { useBatches } from "./use-batches.js";
import { WhyText } from "./why-text.js";

function fileName(item: TrackedTodo): string {
  const company = item.company.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "draft";
  return `${company}-${item.kind}.eml`;
}

const DAY_MS = 86_400_000;

/** The to-do list's groups, in order. */
export const GROUPS = ["overdue", "week", "later", "none"] as const;
export type Group = (typeof GROUPS)[number];
const GROUP_TITLES: Record<Group, string> = {
  overdue: "Overdue",
  week: "This week",
  later: "Later",
  none: "No date",
};

/** When it is for: the end of its snooze, else its due date. */
function whenOf(item: TrackedTodo): string | null {
  return item.snoozedUntil ?? item.due;
}

/** Overdue; due within the next seven days; later; or with no date at all. */
export function groupOf(item: TrackedTodo, clock: Clock): Group {
  if (item.isOverdue) return "overdue";
  const when = whenOf(item);
  if (!when || Number.isNaN(Date.parse(when))) return "none";
  return dayDifference(when, clock.now, clock.timeZone) < 7 ? "week" : "later";
}

/** A moment in words ("Due in 2 days"), the exact time in the candidate's zone on hover and to machines. */
function When({ item, clock }: { item: TrackedTodo; clock: Clock }) {
  if (item.snoozedUntil)
    return (
      <span class="when">
        Snoozed until{" "}
        <time dateTime={item.snoozedUntil} title={formatExact(item.snoozedUntil, clock.timeZone)}>
          {formatDate(item.snoozedUntil)}
        </time>
      </span>
    );
  if (!item.due) return <span class="when">No date</span>;
  return (
    <span class="when">
      <time dateTime={item.due} title={formatExact(item.due, clock.timeZone)}>
        {relativeDue(item.due, clock)}
      </time>
    </span>
  );
}

/** A card's requests (done, snooze, wake): busy while one runs, what went wrong. */
function useCardRequests() {
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, after: () => void) => {
    setBusy(true);
    setProblem("");
    try {
      await work();
      after();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return { problem, busy, run };
}

/** Mark done, and snooze a day or a week (or wake a snoozed one), each named for what it acts on. */
function CardActions({
  item,
  what,
  busy,
  onDone,
  onSnooze,
  onWake,
}: {
  item: TrackedTodo;
  what: string;
  busy: boolean;
  onDone: () => void;
  onSnooze: (days: number) => void;
  onWake: () => void;
}) {
  return (
    <div class="card-actions">
      <button type="button" onClick={onDone} disabled={busy} aria-label={`Mark done: ${what}`}>
        <span aria-hidden="true">✓ </span>Mark done
      </button>
      {item.snoozedUntil ? (
        <button type="button" onClick={onWake} aria-label={`Wake up: ${what}`}>
          Wake up
        </button>
      ) : (
        <>
          <button
            type="button"
            onClick={() => onSnooze(1)}
            disabled={busy}
            aria-label={`Snooze a day: ${what}`}
          >
            Snooze a day
          </button>
          <button
            type="button"
            onClick={() => onSnooze(7)}
            disabled={busy}
            aria-label={`Snooze a week: ${what}`}
          >
            Snooze a week
          </button>
        </>
      )}
    </div>
  );
}

/** The draft, folded: "The draft" or "Your draft (edited)". */
function DraftFold({ item, what }: { item: TrackedTodo & { text: string }; what: string }) {
  return (
    <details class="draft-fold">
      <summary>{item.editedText ? "Your draft (edited)" : "The draft"}</summary>
      <DraftBox
        text={item.text}
        editedText={item.editedText}
        editable
        subject={item.subject}
        to={item.to?.address}
        toName={item.to?.name}
        label={`Draft: ${what}`}
        actionId={item.id}
        fileName={fileName(item)}
      />
    </details>
  );
}

export interface TodoCardProps {
  item: TrackedTodo;
  /** Marked done: the parent offers the undo. */
  onDone: (item: TrackedTodo) => void;
  /** Snoozed or woken: the list is read again. */
  onChanged?: () => void;
  clock: Clock;
  showCompany?: boolean;
  light?: boolean;
}

/**
 * One thing to do: why, by when, its draft (folded, editable) with the ways to send it, done and snooze.
 * `light`: what it is, by when and why only (a card drawn hidden until found). Drawn again only when
 * what it is given changes.
 */
export const TodoCard = memo(function TodoCard({
  item,
  onDone,
  onChanged,
  clock,
  showCompany = false,
  light = false,
}: TodoCardProps) {
  const { problem, busy, run } = useCardRequests();
  const label = actionLabel(item.kind);
  const changed = () => onChanged?.();
  const what = `${label}${showCompany ? ` (${item.company})` : ""}`;
  return (
    <article class={`card todo-card${item.isOverdue ? " overdue" : ""}`}>
      <h3 class="card-title">
        {label}
        {showCompany ? (
          <>
            {" · "}
            <Link href={applicationHref(item.applicationId)}>{item.company}</Link>
          </>
        ) : null}
      </h3>
      <p class="due">
        {item.isOverdue ? <span aria-hidden="true">⚠ </span> : null}
        <When item={item} clock={clock} />
      </p>
      <WhyText why={item.why} />
      {light || !item.text ? null : <DraftFold item={{ ...item, text: item.text }} what={what} />}
      {light ? null : (
        <CardActions
          item={item}
          what={what}
          busy={busy}
          onDone={() =>
            run(
              () => markDone(item.id),
              () => onDone(item),
            )
          }
          onSnooze={(days) =>
            run(() => snoozeAction(item.id, new Date(clock.now + days * DAY_MS).toISOString()), changed)
          }
          onWake={() => run(() => snoozeAction(item.id, null), changed)}
        />
      )}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </article>
  );
});

/**
 * "Marked done: … Undo": after a Mark done the card is gone, so focus goes to its Undo, and Undo puts
 * the action back.
 */
export function useDoneWithUndo(reload: () => void) {
  const [last, setLast] = useState<TrackedTodo | undefined>();
  const [problem, setProblem] = useState("");
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (last) button.current?.focus();
  }, [last]);
  const onDone = useCallback(
    (item: TrackedTodo) => {
      setLast(item);
      reload();
    },
    [reload],
  );
  const bar = last ? (
    <div class="undo-bar" role="status">
      <p>
        Marked done: <strong>{actionLabel(last.kind)}</strong> ({last.company}).
      </p>
      <button
        type="button"
        ref={button}
        onClick={async () => {
          try {
            await undoDone(last.id);
            setLast(undefined);
            reload();
          } catch (e) {
            setProblem(messageOf(e));
          }
        }}
      >
        Undo: {actionLabel(last.kind)} is not done
      </button>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  ) : null;
  return { onDone, bar };
}

/** One group of the list (Overdue, This week…), soonest first, a batch at a time; nothing when it is empty. */
function todoGroup(
  group: Group,
  items: TrackedTodo[],
  clock: Clock,
  batches: ReturnType<typeof useBatches<Group>>,
  onDone: Parameters<typeof TodoCard>[0]["onDone"],
  reload: () => void,
) {
  const time = (i: TrackedTodo) => Date.parse(whenOf(i) ?? "") || Number.POSITIVE_INFINITY;
  const list = items.filter((i) => groupOf(i, clock) === group).sort((a, b) => time(a) - time(b));
  if (list.length === 0) return null;
  const limit = batches.limit(group);
  return (
    <section key={group} class="todo-group" aria-labelledby={`group-${group}`}>
      <h2 id={`group-${group}`}>
        {GROUP_TITLES[group]} <span class="count">({list.length})</span>
      </h2>
      <ul class="todo" {...batches.findable(group)}>
        {list.slice(0, batches.drawn(list.length, limit)).map((item, i) => (
          <li
            key={item.id}
            id={`todo-${item.id}`}
            data-index={i}
            hidden={i >= limit ? "until-found" : undefined}
          >
            <TodoCard
              item={item}
              onDone={onDone}
              onChanged={reload}
              clock={clock}
              showCompany
              light={i >= limit}
            />
          </li>
        ))}
      </ul>
      <ShowMore
        rest={list.length - limit}
        where={GROUP_TITLES[group]}
        onClick={() => batches.more(group, limit, list[limit]?.id)}
      />
    </section>
  );
}

/** Next steps: a to-do list across the search, grouped Overdue, This week, Later, No date. */
export function NextStepsView() {
  const loaded = useApi(
    (signal) => Promise.all([listTodo(signal), readSettings(signal)]).then(([items, s]) => ({ items, s })),
    [],
  );
  usePageTitle("Next steps");
  const { onDone, bar } = useDoneWithUndo(loaded.reload);
  const batches = useBatches<Group>((id) => `#todo-${id} :is(a, summary, button)`, loaded.data !== undefined);
  const items = loaded.data?.items;
  // The same object while the answer is, so that the cards (memo) are not drawn again on every render.
  const settings = loaded.data?.s;
  const clock = useMemo<Clock | undefined>(
    () =>
      settings ? { timeZone: settings.timeZone ?? undefined, now: Date.parse(settings.now) } : undefined,
    [settings],
  );
  return (
    <>
      <h1>Next steps</h1>
      {bar}
      {loaded.error ? (
        <Problem message={loaded.error} onRetry={loaded.reload} />
      ) : !items || !clock ? (
        <p role="status">Loading what is due…</p>
      ) : items.length === 0 ? (
        <p>Nothing is due. Enjoy it.</p>
      ) : (
        <>
          <p class="lede">
            {items.length} {items.length === 1 ? "thing" : "things"} to do,{" "}
            {items.filter((i) => i.isOverdue).length} overdue.
          </p>
          {GROUPS.map((group) => todoGroup(group, items, clock, batches, onDone, loaded.reload))}
        </>
      )}
    </>
  );
}
