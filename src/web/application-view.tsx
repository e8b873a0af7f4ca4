import { showApplication } from "./api.js";
import type { ApplicationSummary, ApplicationTimeline, TimelineEvent } from "./api-types.js";
import { BandBadge } from "./band-badge.js";
import { formatDate, formatExact, relativeDue } from "./dates.js";
import { actionLabel, stageLabel } from "./labels.js";
import { Link } from "./link.js";
import { TodoCard, useDoneWithUndo } from "./next-steps-view.js";
import { usePageTitle } from "./page-title.js";
import { interviewHref } from "./parse-route.js";
import { pipelineStage } from "./pipeline-stage.js";
import { Problem } from "./problem.js";
import { useApi } from "./use-api.js";
import { useClock } from "./use-clock.js";
import { useSignalLabels } from "./use-signal-labels.js";
import { DetailsForm } from "./views/application/details-form.js";
import { PutRight } from "./views/application/put-right.js";
import { EventItem, isThin, TimelineChart } from "./views/application/timeline.js";
import { GhostedPrompt } from "./views/pipeline/ghosted-prompt.js";
import { StageMenu } from "./views/pipeline/stage-menu.js";

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

type Closed = NonNullable<ApplicationTimeline["outcome"]>;

/** The application as the Pipeline's card has it, for the ghosted prompt and the stage menu. */
function summaryOf(t: ApplicationTimeline): ApplicationSummary {
  const next = t.due[0];
  return {
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
}

/** "Closed: rejected, recorded on …", else the stage (and who recorded an offer, when). */
function StageLine({
  t,
  closed,
  summary,
}: {
  t: ApplicationTimeline;
  closed: Closed | undefined;
  summary: ApplicationSummary;
}) {
  if (closed)
    return (
      <strong class="closed-line">
        Closed: {stageLabel(closed.outcome).toLowerCase()}, recorded on {formatDate(closed.recorded_at)}
        {closed.recorded_by === "email" ? " (from their email)" : ""}
      </strong>
    );
  return (
    <>
      Stage: <strong>{stageLabel(pipelineStage(summary))}</strong>
      {t.outcome
        ? ` (${t.outcome.recorded_by === "email" ? "from their email" : "recorded by you"}, ${formatDate(t.outcome.recorded_at)})`
        : ""}
    </>
  );
}

/** The lead: stage (or how it closed), the latest read, the next step, and the ways to move it. */
function WhereItStands({
  t,
  closed,
  reload,
}: {
  t: ApplicationTimeline;
  closed: Closed | undefined;
  reload: () => void;
}) {
  const clock = useClock();
  const summary = summaryOf(t);
  const next = t.due[0];
  // The last round read: what the lead shows beside the stage and the next step.
  const latest = t.events
    .filter((e): e is Extract<TimelineEvent, { kind: "round" }> => e.kind === "round" && e.band !== null)
    .sort((a, b) => b.number - a.number)[0];
  return (
    <section aria-labelledby="app-now" class="lead">
      <h2 id="app-now">Where it stands</h2>
      <p class="lede">
        {t.application.role ? `${t.application.role} · ` : ""}
        <StageLine t={t} closed={closed} summary={summary} />
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
  );
}

/** What is due (Mark done with its Undo bar), and what was done. */
function ToDo({ t, reload }: { t: ApplicationTimeline; reload: () => void }) {
  const clock = useClock();
  const { onDone, bar } = useDoneWithUndo(reload);
  return (
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
  );
}

/** The timeline as a chart and as a list of events. */
function Timeline({ t, closed }: { t: ApplicationTimeline; closed: boolean }) {
  const label = useSignalLabels();
  return (
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
              closed={closed}
              settled={t.outcome !== undefined}
              label={label}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/** What the candidate gave: a chip for its kind, its name for a person, when it was added. */
function Sources({ sources }: { sources: ApplicationTimeline["sources"] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="app-sources">
      <h2 id="app-sources">What you gave</h2>
      <ul class="sources">
        {sources.map((s) => (
          <li key={s.name}>
            <span class="chip" title={s.name}>
              {SOURCE_KINDS[s.kind] ?? s.kind}
            </span>{" "}
            {sourceName(s)} <span class="hint">added {formatDate(s.addedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ApplicationDetail({ t, reload }: { t: ApplicationTimeline; reload: () => void }) {
  const closed = t.outcome && t.outcome.outcome !== "offer" ? t.outcome : undefined;
  return (
    <div class="application">
      <WhereItStands t={t} closed={closed} reload={reload} />
      {closed ? null : <ToDo t={t} reload={reload} />}
      <Timeline t={t} closed={closed !== undefined} />
      <DetailsForm t={t} onSaved={reload} />
      <Sources sources={t.sources} />
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
