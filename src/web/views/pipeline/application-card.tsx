import { memo } from "preact/compat";
import type { ApplicationSummary } from "../../api-types.js";
import { BandBadge } from "../../band-badge.js";
import { type Clock, formatExact, relativeDue, silenceWords } from "../../dates.js";
import { actionLabel, stageLabel } from "../../labels.js";
import { Link } from "../../link.js";
import { applicationHref } from "../../parse-route.js";
import type { Drag, DragControl, OnMoved } from "./drag.js";
import { DragHandle } from "./drag-handle.js";
import { GhostedPrompt } from "./ghosted-prompt.js";
import { StageMenu } from "./stage-menu.js";

/** Where it stands: its outcome, else its latest read, else that it has had no interview. */
function CardStanding({ app }: { app: ApplicationSummary }) {
  if (app.outcome)
    return (
      <p>
        <span class={`outcome outcome-${app.outcome.outcome}`}>{stageLabel(app.outcome.outcome)}</span>
        {app.outcome.recordedBy === "email" ? <span class="hint"> (from their email)</span> : null}
      </p>
    );
  if (app.read)
    return (
      <p>
        <BandBadge band={app.read.band} thin={app.read.thin} />
        <span class="hint"> (round {app.read.round})</span>
      </p>
    );
  return <p class="hint">No interview yet.</p>;
}

/** Its next step and when (overdue marked), or that there is nothing to do while it is open. */
function CardNext({ app, clock }: { app: ApplicationSummary; clock: Clock }) {
  const next = app.nextAction;
  if (!next) return app.outcome ? null : <p class="next hint">Nothing to do for now.</p>;
  return (
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
  );
}

/**
 * One application on the board: its read or outcome, silence, next step, and the ways to move it.
 * `light`: its words only, without the ways to move it (a card drawn hidden until found).
 */
export const ApplicationCard = memo(function ApplicationCard({
  app,
  clock,
  onMoved,
  control,
  held,
  light = false,
}: {
  app: ApplicationSummary;
  clock: Clock;
  onMoved: OnMoved;
  control: DragControl;
  /** How it is being moved, if it is. */
  held: Drag["by"] | undefined;
  light?: boolean;
}) {
  return (
    <article class={`card${held ? " is-held" : ""}`} id={`card-${app.id}`}>
      <div class="card-head">
        <h3 class="card-title">
          <Link href={applicationHref(app.id)}>{app.company}</Link>
        </h3>
        {light ? null : <DragHandle app={app} control={control} held={held} />}
      </div>
      {app.role ? <p class="role">{app.role}</p> : null}
      <CardStanding app={app} />
      <p class="silence">
        <span aria-hidden="true">◷ </span>
        {silenceWords((app.lastContact ?? app.lastFromCompany)?.days, app.lastContact?.what ?? "message")}
      </p>
      <CardNext app={app} clock={clock} />
      {light ? null : (
        <>
          <GhostedPrompt app={app} onMoved={onMoved} />
          <StageMenu app={app} onMoved={onMoved} folded />
        </>
      )}
    </article>
  );
});
