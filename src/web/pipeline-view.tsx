import { listApplications } from "./api.js";
import type { ApplicationSummary } from "./api-types.js";
import { BandBadge } from "./band-badge.js";
import { formatDate, silenceWords } from "./dates.js";
import { actionLabel, stageLabel } from "./labels.js";
import { Link } from "./link.js";
import { OverdueTag } from "./overdue-tag.js";
import { usePageTitle } from "./page-title.js";
import { applicationHref } from "./parse-route.js";
import { PIPELINE_STAGES, type PipelineStage, pipelineStage } from "./pipeline-stage.js";
import { Problem } from "./problem.js";
import { useApi } from "./use-api.js";

const EMPTY: Record<PipelineStage, string> = {
  applied: "Nothing waiting on a first interview.",
  interviewing: "No interviews in progress.",
  waiting: "Nobody to wait on.",
  offer: "No offers yet.",
  closed: "Nothing closed.",
};

/** Pipeline: every application on a board by stage, each with its latest read, silence and next step. */
export function PipelineView() {
  const loaded = useApi((signal) => listApplications(signal), []);
  usePageTitle("Pipeline");
  return (
    <>
      <h1>Pipeline</h1>
      {loaded.error ? (
        <Problem message={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <Board apps={loaded.data} />
      ) : (
        <p role="status">Loading the applications…</p>
      )}
    </>
  );
}

function Board({ apps }: { apps: ApplicationSummary[] }) {
  if (apps.length === 0) {
    return (
      <p>
        The workspace is empty. Save a <Link href="/">quick read</Link>, or file a folder with{" "}
        <code>debrief add FOLDER</code>.
      </p>
    );
  }
  const byStage = new Map<PipelineStage, ApplicationSummary[]>(PIPELINE_STAGES.map((s) => [s, []]));
  for (const a of apps) byStage.get(pipelineStage(a))?.push(a);
  return (
    <div class="board">
      {PIPELINE_STAGES.map((stage) => {
        const list = byStage.get(stage) ?? [];
        return (
          <section key={stage} class={`column column-${stage}`} aria-labelledby={`stage-${stage}`}>
            <h2 id={`stage-${stage}`}>
              {stageLabel(stage)} <span class="count">({list.length})</span>
            </h2>
            {list.length === 0 ? (
              <p class="hint">{EMPTY[stage]}</p>
            ) : (
              <ul class="cards">
                {list.map((a) => (
                  <li key={a.id}>
                    <ApplicationCard app={a} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function ApplicationCard({ app }: { app: ApplicationSummary }) {
  const next = app.nextAction;
  return (
    <article class="card">
      <h3 class="card-title">
        <Link href={applicationHref(app.id)}>{app.company}</Link>
      </h3>
      {app.role ? <p class="role">{app.role}</p> : null}
      <p>
        <BandBadge band={app.read?.band} />
        {app.read ? <span class="hint"> (round {app.read.round})</span> : null}
      </p>
      {app.outcome ? (
        <p>
          Outcome: <strong>{stageLabel(app.outcome.outcome)}</strong>
          {app.outcome.recordedBy === "email" ? " (read from the mail)" : ""}
        </p>
      ) : null}
      <p class="silence">
        <span aria-hidden="true">◷ </span>
        {silenceWords((app.lastContact ?? app.lastFromCompany)?.days, app.lastContact?.what ?? "message")}
      </p>
      {next ? (
        <p class={`next${next.isOverdue ? " overdue" : ""}`}>
          Next: {actionLabel(next.kind)}
          {next.due ? ` · due ${formatDate(next.due)}` : ""}
          {next.isOverdue ? <OverdueTag /> : null}
        </p>
      ) : app.outcome ? null : (
        <p class="next hint">Nothing to do for now.</p>
      )}
    </article>
  );
}
