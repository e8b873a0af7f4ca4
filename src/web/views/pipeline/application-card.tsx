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
  const next = app.nextAction;
  return (
    <article class={`card${held ? " is-held" : ""}`} id={`card-${app.id}`}>
      <div class="card-head">
        <h3 class="card-title">
          <Link href={applicationHref(app.id)}>{app.company}</Link>
        </h3>
        {light ? null : <DragHandle app={app} control={control} held={held} />}
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
      {light ? null : (
        <>
          <GhostedPrompt app={app} onMoved={onMoved} />
          <StageMenu app={app} onMoved={onMoved} folded />
        </>
      )}
    </article>
  );
});
