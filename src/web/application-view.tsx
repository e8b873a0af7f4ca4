import { useMemo, useRef, useState } from "preact/hooks";
import type uPlot from "uplot";
import { changeApplication, listApplications, mergeApplications, messageOf, showApplication } from "./api.js";
import type { ApplicationChange, ApplicationTimeline, TimelineEvent } from "./api-types.js";
import { BandBadge, PolarityTag } from "./band-badge.js";
import { Chart, type ChartOptions, cssColor, pointsOnly } from "./chart.js";
import { epochSeconds, formatDate, formatDateTime, formatExact, relativeDue } from "./dates.js";
import { actionLabel, plural, stageLabel } from "./labels.js";
import { Link, navigate } from "./link.js";
import { TodoCard, useDoneWithUndo } from "./next-steps-view.js";
import { usePageTitle } from "./page-title.js";
import { interviewHref } from "./parse-route.js";
import { RESTORE_MINUTES, scheduleDelete } from "./pending-delete.js";
import { pipelineStage } from "./pipeline-stage.js";
import { GhostedPrompt, StageMenu } from "./pipeline-view.js";
import { Problem } from "./problem.js";
import { useApi } from "./use-api.js";
import { useClock } from "./use-clock.js";
import { useSignalLabels } from "./use-signal-labels.js";

/** The chart's rows, bottom to top: each kind of event on its own line, named on the axis. */
const LANES = [
  { label: "Actions", color: "--chart-action", fallback: "#6f42c1" },
  { label: "Silences", color: "--chart-silence", fallback: "#8c8c8c" },
  { label: "Your mail", color: "--chart-you", fallback: "#0b6bcb" },
  { label: "Their mail", color: "--chart-them", fallback: "#b35900" },
  { label: "Rounds", color: "--chart-round", fallback: "#1a7f37" },
  { label: "Outcome", color: "--chart-outcome", fallback: "#57606a" },
] as const;

function laneOf(e: TimelineEvent): number {
  switch (e.kind) {
    case "silence":
      return 1;
    case "message":
      return e.direction === "company" ? 3 : 2;
    case "round":
      return 4;
    case "outcome":
      return 5;
    default: {
      const never: never = e;
      return never;
    }
  }
}

/** Points per lane on one shared, ascending time axis (uPlot's aligned data). */
export function timelineData(points: { at: string | null | undefined; lane: number }[]): uPlot.AlignedData {
  const placed: { t: number; lane: number }[] = [];
  for (const p of points) {
    let t = epochSeconds(p.at);
    if (t === undefined) continue;
    // Two events of one lane at the same moment: the second a minute later, so both show.
    while (placed.some((q) => q.lane === p.lane && q.t === t)) t += 60;
    placed.push({ t, lane: p.lane });
  }
  const xs = [...new Set(placed.map((p) => p.t))].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const lanes = LANES.map(() => xs.map((): number | null => null));
  for (const p of placed) {
    const row = lanes[p.lane];
    const i = index.get(p.t);
    if (row && i !== undefined) row[i] = p.lane;
  }
  return [xs, ...lanes];
}

function TimelineChart({ timeline }: { timeline: ApplicationTimeline }) {
  const data = useMemo(
    () =>
      timelineData([
        ...timeline.events.map((e) => ({ at: e.at, lane: laneOf(e) })),
        ...timeline.due.map((a) => ({ at: a.due, lane: 0 })),
        ...timeline.done.map((a) => ({ at: a.doneAt ?? a.due, lane: 0 })),
      ]),
    [timeline],
  );
  const options = useMemo((): ChartOptions => {
    const xs = data[0];
    const first = xs[0] ?? 0;
    const last = xs[xs.length - 1] ?? first;
    const pad = Math.max(86_400, (last - first) * 0.05);
    return {
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: true, range: () => [first - pad, last + pad] },
        y: { range: [-0.6, LANES.length - 0.4] },
      },
      axes: [
        { stroke: cssColor("--text", "#1f2328"), grid: { stroke: "rgba(0,0,0,0.07)" } },
        {
          stroke: cssColor("--text", "#1f2328"),
          size: 80,
          splits: () => LANES.map((_, i) => i),
          values: (_u: uPlot, splits: number[]) => splits.map((s) => LANES[s]?.label ?? ""),
          grid: { stroke: "rgba(0,0,0,0.07)" },
        },
      ],
      series: [
        {},
        ...LANES.map((lane) => {
          const color = cssColor(lane.color, lane.fallback);
          return {
            label: lane.label,
            stroke: color,
            paths: pointsOnly,
            points: { show: true, size: 11, stroke: color, fill: color, width: 2 },
          };
        }),
      ],
    };
  }, [data]);
  if (data[0].length === 0) return <p class="hint">No event has a date yet, so there is nothing to chart.</p>;
  const counts = LANES.map((lane, i) => {
    const row = (data[i + 1] ?? []) as (number | null | undefined)[];
    return `${lane.label.toLowerCase()}: ${row.filter((v) => v !== null && v !== undefined).length}`;
  }).join(", ");
  return (
    <figure class="figure">
      <Chart
        options={options}
        data={data}
        height={240}
        label={`Timeline of ${timeline.application.company}: ${counts}. The same events are listed below.`}
      />
      <figcaption class="hint">
        A mark per event, by date; each kind of event on its own row (named on the left). The list below has
        every one of them.
      </figcaption>
    </figure>
  );
}

function EventItem({
  event,
  applicationId,
  closed,
  label,
}: {
  event: TimelineEvent;
  applicationId: number;
  /** The outcome is known: a round's advice on what would change the read is left out. */
  closed: boolean;
  label: (id: string) => string;
}) {
  switch (event.kind) {
    case "round":
      return (
        <li class="event event-round">
          <p class="event-when">{formatDateTime(event.at)}</p>
          <h3 class="event-title">
            Round {event.number}
            {event.title ? `: ${event.title}` : ""}
          </h3>
          <p>
            <BandBadge band={event.band} score={event.score} thin={isThin(event)} />
          </p>
          {event.summary && !closed && !isThin(event) ? <p class="summary">{event.summary}</p> : null}
          {event.signals.length > 0 ? (
            <ul class="tags" aria-label={`Signals of round ${event.number}`}>
              {event.signals.map((s) => (
                <li key={s.id} class="tag">
                  <PolarityTag polarity={s.polarity} /> {label(s.id)}
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link href={interviewHref(applicationId, event.number)}>
              Open the interview (round {event.number})
            </Link>
          </p>
        </li>
      );
    case "message":
      return (
        <li class={`event event-message event-${event.direction === "company" ? "them" : "you"}`}>
          <p class="event-when">{formatDateTime(event.at)}</p>
          <h3 class="event-title">
            {event.direction === "company" ? "From them" : "From you"}
            {event.from ? `: ${event.from}` : ""}
          </h3>
          {event.subject ? <p class="subject">{event.subject}</p> : null}
          <p class="snippet">{event.snippet}</p>
        </li>
      );
    case "silence":
      return (
        <li class="event event-silence">
          <p class="event-when">{formatDate(event.at)}</p>
          <h3 class="event-title">
            <span aria-hidden="true">◷ </span>
            {plural(event.days, "day")} of silence
          </h3>
          <p>
            After {event.after || "their last word"},{" "}
            {event.until ? `until ${formatDate(event.until)}` : "and counting"}.
          </p>
        </li>
      );
    case "outcome":
      return (
        <li class={`event event-outcome outcome-is-${event.outcome}`}>
          <p class="event-when">{formatDate(event.at)}</p>
          <h3 class="event-title">Outcome: {stageLabel(event.outcome)}</h3>
          <p>{event.recordedBy === "email" ? "Read from the mail." : "Recorded by you."}</p>
          {event.quote ? <blockquote class="quote">“{event.quote}”</blockquote> : null}
        </li>
      );
    default: {
      const never: never = event;
      return never;
    }
  }
}

/**
 * Too little to read: fewer than two signals (an outcome's not counted) and no outcome, as the read
 * itself marks a thin one (its band is kept, but says little).
 */
function isThin(event: Extract<TimelineEvent, { kind: "round" }>): boolean {
  if (event.signals.some((s) => s.polarity === "outcome")) return false;
  return event.signals.length < 2;
}

/** Application: its timeline as a chart and a list, what is due, and links to each interview. */
export function ApplicationView({ id }: { id: number }) {
  const loaded = useApi((signal) => showApplication(id, signal), [id]);
  const title = loaded.data?.application.company ?? "Application";
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {loaded.error ? (
        <Problem message={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <ApplicationDetail t={loaded.data} reload={loaded.reload} />
      ) : (
        <p role="status">Loading the application…</p>
      )}
    </>
  );
}

function ApplicationDetail({ t, reload }: { t: ApplicationTimeline; reload: () => void }) {
  const closed = t.outcome && t.outcome.outcome !== "offer" ? t.outcome : undefined;
  const clock = useClock();
  const label = useSignalLabels();
  const { onDone, bar } = useDoneWithUndo(reload);
  const next = t.due[0];
  // The last round read: what the lead shows beside the stage and the next step.
  const latest = t.events
    .filter((e): e is Extract<TimelineEvent, { kind: "round" }> => e.kind === "round" && e.band !== null)
    .sort((a, b) => b.number - a.number)[0];
  const summary = {
    id: t.application.id,
    company: t.application.company,
    role: t.application.role,
    stage: t.stage,
    rounds: t.events.filter((e) => e.kind === "round").length,
    messages: 0,
    ...(t.outcome
      ? { outcome: { outcome: t.outcome.outcome, recordedBy: t.outcome.recorded_by, quote: t.outcome.quote } }
      : {}),
    ...(next ? { nextAction: next } : {}),
    details: t.details,
  };
  return (
    <div class="application">
      <section aria-labelledby="app-now" class="lead">
        <h2 id="app-now">Where it stands</h2>
        <p class="lede">
          {t.application.role ? `${t.application.role} · ` : ""}
          {closed ? (
            <strong class="closed-line">
              Closed: {stageLabel(closed.outcome).toLowerCase()}, recorded on {formatDate(closed.recorded_at)}
              {closed.recorded_by === "email" ? " (from their email)" : ""}
            </strong>
          ) : (
            <>
              Stage: <strong>{stageLabel(pipelineStage(summary))}</strong>
              {t.outcome
                ? ` (${t.outcome.recorded_by === "email" ? "from their email" : "recorded by you"}, ${formatDate(t.outcome.recorded_at)})`
                : ""}
            </>
          )}
        </p>
        {latest && !closed ? (
          <p class="lead-read">
            Latest read: <BandBadge band={latest.band} score={latest.score} thin={isThin(latest)} /> ·{" "}
            <Link href={interviewHref(t.application.id, latest.number)}>round {latest.number}</Link>
          </p>
        ) : null}
        {next && !t.outcome ? (
          <p>
            Next: <strong>{actionLabel(next.kind)}</strong>
            {next.due ? (
              <>
                {" · "}
                <time dateTime={next.due} title={formatExact(next.due, clock.timeZone)}>
                  {relativeDue(next.due, clock).toLowerCase()}
                </time>
              </>
            ) : null}
          </p>
        ) : null}
        <GhostedPrompt app={summary} onMoved={() => reload()} />
        <StageMenu app={summary} onMoved={() => reload()} />
      </section>

      {closed ? null : (
        <section aria-labelledby="app-due">
          <h2 id="app-due">To do</h2>
          {bar}
          {t.due.length === 0 ? (
            <p>Nothing is due{t.outcome ? ": the outcome is known" : ""}.</p>
          ) : (
            <ul class="todo">
              {t.due.map((a) => (
                <li key={a.id}>
                  <TodoCard item={a} onDone={onDone} onChanged={reload} clock={clock} />
                </li>
              ))}
            </ul>
          )}
          {t.done.length > 0 ? (
            <>
              <h3>Done</h3>
              <ul class="done-list">
                {t.done.map((a) => (
                  <li key={a.id}>
                    <span aria-hidden="true">✓ </span>
                    {actionLabel(a.kind)}
                    {a.doneAt ? ` · ${formatDate(a.doneAt)}` : ""}
                    {a.doneBy === "email" ? " (seen in the mail)" : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      )}

      <section aria-labelledby="app-chart">
        <h2 id="app-chart">Timeline</h2>
        <TimelineChart timeline={t} />
        {t.events.length === 0 ? (
          <p>Nothing has happened yet.</p>
        ) : (
          <ol class="events">
            {t.events.map((e, i) => (
              <EventItem
                key={i}
                event={e}
                applicationId={t.application.id}
                closed={closed !== undefined}
                label={label}
              />
            ))}
          </ol>
        )}
      </section>

      <DetailsForm t={t} onSaved={reload} />

      {t.sources.length > 0 ? (
        <section aria-labelledby="app-sources">
          <h2 id="app-sources">What you gave</h2>
          <ul class="sources">
            {t.sources.map((s) => (
              <li key={s.name}>
                <span class="chip" title={s.name}>
                  {SOURCE_KINDS[s.kind] ?? s.kind}
                </span>{" "}
                {sourceName(s)} <span class="hint">added {formatDate(s.addedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <PutRight t={t} onMerged={reload} />
    </div>
  );
}

const SOURCE_KINDS: Record<string, string> = {
  notes: "Notes",
  text: "Text",
  transcript: "Transcript",
  invite: "Invite",
  email: "Email",
  mbox: "Mailbox",
  context: "Context",
};

/** What a source is called for a person: notes given in the dashboard as "your notes", not "notes.md"; a file by its name. */
function sourceName(s: { name: string; kind: string }): string {
  if (s.name === "notes.md" && s.kind === "notes") return "your notes";
  const mbox = /^(.*)#(\d+)$/.exec(s.name);
  if (mbox) return `message ${mbox[2]} of ${mbox[1]?.split("/").pop()}`;
  return s.name.split("/").pop() ?? s.name;
}

const numberOrNull = (v: string): number | null => {
  const n = Number(v.replace(/[\s,]/g, ""));
  return v.trim() === "" || !Number.isFinite(n) ? null : Math.round(n);
};

/** What the candidate keeps on the application: its names, the posting, the salary range, people, notes. */
function DetailsForm({ t, onSaved }: { t: ApplicationTimeline; onSaved: () => void }) {
  const d = t.details;
  const [form, setForm] = useState({
    company: t.application.company,
    role: t.application.role ?? "",
    link: d.link ?? "",
    salaryMin: d.salaryMin === null ? "" : String(d.salaryMin),
    salaryMax: d.salaryMax === null ? "" : String(d.salaryMax),
    salaryCurrency: d.salaryCurrency ?? "",
    contacts: d.contacts ?? "",
    notes: d.notes ?? "",
  });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const [renamedFrom, setRenamedFrom] = useState<string | undefined>();
  const set = (key: keyof typeof form) => (e: Event) =>
    setForm((f) => ({ ...f, [key]: (e.currentTarget as HTMLInputElement).value }));

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem("");
    setStatus("");
    const change: ApplicationChange = {
      role: form.role,
      link: form.link.trim() || null,
      salaryMin: numberOrNull(form.salaryMin),
      salaryMax: numberOrNull(form.salaryMax),
      salaryCurrency: form.salaryCurrency.trim() || null,
      contacts: form.contacts.trim() || null,
      notes: form.notes.trim() || null,
    };
    const before = t.application.company;
    const renamed = form.company.trim() !== before;
    if (renamed) change.company = form.company;
    try {
      await changeApplication(t.application.id, change);
      setRenamedFrom(renamed ? before : undefined);
      setStatus(renamed ? `Saved. Renamed from ${before}.` : "Saved.");
      onSaved();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const undoRename = async () => {
    if (!renamedFrom) return;
    try {
      await changeApplication(t.application.id, { company: renamedFrom });
      setForm((f) => ({ ...f, company: renamedFrom }));
      setStatus(`Renamed back to ${renamedFrom}.`);
      setRenamedFrom(undefined);
      onSaved();
    } catch (e) {
      setProblem(messageOf(e));
    }
  };

  return (
    <section aria-labelledby="app-details">
      <h2 id="app-details">Details</h2>
      <form class="details-form" onSubmit={save}>
        <div class="field-row">
          <p class="field">
            <label for="d-company">Company</label>
            <input id="d-company" type="text" value={form.company} onInput={set("company")} />
          </p>
          <p class="field">
            <label for="d-role">Role</label>
            <input id="d-role" type="text" value={form.role} onInput={set("role")} />
          </p>
        </div>
        <label for="d-link">Link to the job post</label>
        <input
          id="d-link"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={form.link}
          onInput={set("link")}
        />
        <fieldset class="salary">
          <legend>Salary range</legend>
          <div class="field-row">
            <p class="field">
              <label for="d-salary-min">From</label>
              <input
                id="d-salary-min"
                type="number"
                min={0}
                step={1000}
                value={form.salaryMin}
                onInput={set("salaryMin")}
              />
            </p>
            <p class="field">
              <label for="d-salary-max">To</label>
              <input
                id="d-salary-max"
                type="number"
                min={0}
                step={1000}
                value={form.salaryMax}
                onInput={set("salaryMax")}
              />
            </p>
            <p class="field">
              <label for="d-salary-currency">Currency</label>
              <input
                id="d-salary-currency"
                type="text"
                maxLength={10}
                value={form.salaryCurrency}
                onInput={set("salaryCurrency")}
              />
            </p>
          </div>
        </fieldset>
        <label for="d-contacts">People there (one a line)</label>
        <textarea id="d-contacts" rows={3} value={form.contacts} onInput={set("contacts")} />
        <label for="d-notes">Your notes</label>
        <textarea id="d-notes" rows={4} value={form.notes} onInput={set("notes")} />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            Save details
          </button>
          {renamedFrom ? (
            <button type="button" onClick={undoRename}>
              Undo rename (back to {renamedFrom})
            </button>
          ) : null}
        </div>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        {problem ? (
          <p class="error" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** Putting a filing mistake right: merge another application into this one, or delete this one. */
function PutRight({ t, onMerged }: { t: ApplicationTimeline; onMerged: () => void }) {
  const [asking, setAsking] = useState<"merge" | "delete" | undefined>();
  const [others, setOthers] = useState<{ id: number; company: string; role: string | null }[] | undefined>();
  const [from, setFrom] = useState("");
  const [problem, setProblem] = useState("");
  const [status, setStatus] = useState("");
  const opener = useRef<HTMLButtonElement | null>(null);
  const company = t.application.company;

  const askMerge = async (e: Event) => {
    opener.current = e.currentTarget as HTMLButtonElement;
    setProblem("");
    try {
      const all = await listApplications();
      const rest = all.filter((a) => a.id !== t.application.id);
      setOthers(rest);
      setFrom(rest[0] ? String(rest[0].id) : "");
      setAsking("merge");
    } catch (err) {
      setProblem(messageOf(err));
    }
  };
  const cancel = () => {
    setAsking(undefined);
    opener.current?.focus();
  };
  const merge = async () => {
    const other = others?.find((o) => String(o.id) === from);
    if (!other) return;
    try {
      await mergeApplications(t.application.id, other.id);
      setAsking(undefined);
      setStatus(`${other.company} was merged into ${company}.`);
      onMerged();
    } catch (err) {
      setProblem(messageOf(err));
    }
  };
  const remove = () => {
    scheduleDelete({ id: t.application.id, company });
    navigate("/pipeline");
  };

  return (
    <section aria-labelledby="app-fix" class="danger-zone">
      <h2 id="app-fix">Put a mistake right</h2>
      <div class="actions">
        <button type="button" onClick={askMerge} aria-expanded={asking === "merge"}>
          Merge another application into {company}…
        </button>
        <button
          type="button"
          onClick={(e) => {
            opener.current = e.currentTarget as HTMLButtonElement;
            setAsking("delete");
          }}
          aria-expanded={asking === "delete"}
        >
          Delete {company}…
        </button>
      </div>
      {asking === "merge" ? (
        <div class="confirm">
          <p id="merge-q">
            Its files, rounds, mail, to-dos and outcome move into <strong>{company}</strong>, and it is read
            again. This cannot be undone.
          </p>
          {others && others.length > 0 ? (
            <>
              <label for="merge-from">Application to merge in</label>
              <select id="merge-from" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
                {others.map((o) => (
                  <option key={o.id} value={String(o.id)}>
                    {o.company}
                    {o.role ? ` (${o.role})` : ""}
                  </option>
                ))}
              </select>
              <div class="actions">
                <button type="button" class="danger" onClick={merge}>
                  Merge into {company}
                </button>
                <button type="button" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <p>
              There is no other application.{" "}
              <button type="button" onClick={cancel}>
                Close
              </button>
            </p>
          )}
        </div>
      ) : null}
      {asking === "delete" ? (
        <div class="confirm">
          <p id="delete-q">
            Delete <strong>{company}</strong> and everything filed under it? For {RESTORE_MINUTES} minutes you
            can put it back from <em>Recently deleted</em> on the Pipeline.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={remove}>
              Yes, delete {company}
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
