import type { ApplicationSummary } from "../../api-types.js";
import type { Clock } from "../../dates.js";
import { MOVE_LABELS, stageLabel } from "../../labels.js";
import { Link } from "../../link.js";
import { PIPELINE_STAGES, type PipelineStage, pipelineStage } from "../../pipeline-stage.js";
import { Problem } from "../../problem.js";
import { ShowMore } from "../../show-more.js";
import { CLOSE_STAGES, columnOf, DROP_ATTRIBUTE } from "../../stage-drag.js";
import { useBatches } from "../../use-batches.js";
import { ApplicationCard } from "./application-card.js";
import type { Drag, DragControl, OnMoved } from "./drag.js";
import { useDragControl } from "./use-drag-control.js";

const EMPTY: Record<PipelineStage, string> = {
  applied: "Nothing waiting on a first interview.",
  interviewing: "No interviews in progress.",
  waiting: "Nobody to wait on.",
  offer: "No offers yet.",
  closed: "Nothing closed.",
};

const DRAG_HELP =
  "Drag it to another column, or press Space to pick it up, the arrow keys to choose a stage, Space to drop it and Escape to put it back.";

/** While a card is dragged, the closed column offers each way to close it as its own drop. */
function CloseDrops({ drag }: { drag: Drag }) {
  return (
    <ul class="close-drops" aria-label="Drop here to close it">
      {CLOSE_STAGES.map((s) => (
        <li key={s} class={`close-drop${drag.over === s ? " drop-target" : ""}`} {...{ [DROP_ATTRIBUTE]: s }}>
          {MOVE_LABELS[s]}
        </li>
      ))}
    </ul>
  );
}

/** Under the pointer while a card is dragged: the company and where it would go. */
function DragGhost({ drag }: { drag: Drag }) {
  return (
    <div
      class={`drag-ghost${drag.x > window.innerWidth / 2 ? " at-right" : ""}`}
      aria-hidden="true"
      style={{ left: `${drag.x}px`, top: `${drag.y}px` }}
    >
      {drag.app.company} → {drag.over ? MOVE_LABELS[drag.over] : "…"}
    </div>
  );
}

/** One stage's column: its heading and count, its first cards (the rest findable), Show more. */
function StageColumn({
  stage,
  list,
  batches,
  drag,
  moved,
  ...card
}: {
  stage: PipelineStage;
  list: ApplicationSummary[];
  batches: ReturnType<typeof useBatches<PipelineStage>>;
  drag: Drag | undefined;
  moved: number | undefined;
  clock: Clock;
  onMoved: OnMoved;
  control: DragControl;
}) {
  const at = moved === undefined ? -1 : list.findIndex((a) => a.id === moved);
  const limit = batches.limit(stage, at);
  const drops = stage !== "closed" ? { [DROP_ATTRIBUTE]: stage } : {};
  const isOver = drag?.over !== undefined && columnOf(drag.over) === stage && stage !== "closed";
  return (
    <section
      class={`column column-${stage}${isOver ? " drop-target" : ""}`}
      aria-labelledby={`stage-${stage}`}
      {...drops}
    >
      <h2 id={`stage-${stage}`}>
        {stageLabel(stage)} <span class="count">({list.length})</span>
      </h2>
      {stage === "closed" && drag ? <CloseDrops drag={drag} /> : null}
      {list.length === 0 ? (
        <p class="hint">{EMPTY[stage]}</p>
      ) : (
        <ul class="cards" {...batches.findable(stage)}>
          {list.slice(0, batches.drawn(list.length, limit)).map((a, i) => (
            <li key={a.id} data-index={i} hidden={i >= limit ? "until-found" : undefined}>
              <ApplicationCard
                app={a}
                clock={card.clock}
                onMoved={card.onMoved}
                control={card.control}
                held={drag?.app.id === a.id ? drag.by : undefined}
                light={i >= limit}
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
}

/** The columns by stage, each drawing its first cards, with the one drag a card can be in. */
export function Board({
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
  const { drag, control, problem } = useDragControl(announce, onMoved);
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
  return (
    <>
      {problem ? <Problem message={problem} /> : null}
      <p id="drag-help" class="visually-hidden">
        {DRAG_HELP}
      </p>
      <div class={`board${drag ? " is-dragging" : ""}`}>
        {PIPELINE_STAGES.map((stage) => (
          <StageColumn
            key={stage}
            stage={stage}
            list={byStage.get(stage) ?? []}
            batches={batches}
            drag={drag}
            moved={moved}
            clock={clock}
            onMoved={onMoved}
            control={control}
          />
        ))}
      </div>
      {drag?.by === "pointer" ? <DragGhost drag={drag} /> : null}
    </>
  );
}
