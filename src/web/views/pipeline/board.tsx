import { useMemo, useRef, useState } from "preact/hooks";
import { messageOf, moveApplication } from "../../api.js";
import type { ApplicationSummary } from "../../api-types.js";
import type { Clock } from "../../dates.js";
import { MOVE_LABELS, stageLabel } from "../../labels.js";
import { Link } from "../../link.js";
import { PIPELINE_STAGES, type PipelineStage, pipelineStage } from "../../pipeline-stage.js";
import { Problem } from "../../problem.js";
import { ShowMore } from "../../show-more.js";
import { CLOSE_STAGES, columnOf, DROP_ATTRIBUTE, dropStageAt, stepDropStage } from "../../stage-drag.js";
import { useBatches } from "../../use-batches.js";
import { ApplicationCard } from "./application-card.js";
import type { Drag, DragControl, OnMoved } from "./drag.js";
import { moveStageOf } from "./stage-menu.js";

const EMPTY: Record<PipelineStage, string> = {
  applied: "Nothing waiting on a first interview.",
  interviewing: "No interviews in progress.",
  waiting: "Nobody to wait on.",
  offer: "No offers yet.",
  closed: "Nothing closed.",
};

const DRAG_HELP =
  "Drag it to another column, or press Space to pick it up, the arrow keys to choose a stage, Space to drop it and Escape to put it back.";

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
                <ul class="cards" {...batches.findable(stage)}>
                  {list.slice(0, batches.drawn(list.length, limit)).map((a, i) => (
                    <li key={a.id} data-index={i} hidden={i >= limit ? "until-found" : undefined}>
                      <ApplicationCard
                        app={a}
                        clock={clock}
                        onMoved={onMoved}
                        control={control}
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
