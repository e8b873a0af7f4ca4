import type { MoveStage } from "./api-types.js";
import { MOVE_LABELS } from "./labels.js";
import type { PipelineStage } from "./pipeline-stage.js";

/**
 * Moving a card between the Pipeline's columns by dragging it, or by keyboard: Space picks it up, the
 * arrow keys go from stage to stage, Space drops it, Escape puts it back. The Closed column takes three
 * drops (rejected, I withdrew, ghosted): an outcome is never guessed.
 */

/** Where a card can be dropped, in the board's order: the stage menu's choices. */
export const DROP_STAGES = Object.keys(MOVE_LABELS) as MoveStage[];

/** The closed outcomes, each its own drop in the Closed column. */
export const CLOSE_STAGES: readonly MoveStage[] = ["rejected", "withdrew", "ghosted"];

/** The column a drop lands in. */
export function columnOf(stage: MoveStage): PipelineStage {
  return CLOSE_STAGES.includes(stage) ? "closed" : (stage as PipelineStage);
}

/**
 * The stage a key takes a held card to: the next with → or ↓, the one before with ← or ↑, the first with
 * Home and the last with End (no wrapping: the ends are where they look). undefined for any other key.
 */
export function stepDropStage(from: MoveStage, key: string): MoveStage | undefined {
  const at = DROP_STAGES.indexOf(from);
  const last = DROP_STAGES.length - 1;
  const to =
    key === "ArrowRight" || key === "ArrowDown"
      ? Math.min(at + 1, last)
      : key === "ArrowLeft" || key === "ArrowUp"
        ? Math.max(at - 1, 0)
        : key === "Home"
          ? 0
          : key === "End"
            ? last
            : undefined;
  return to === undefined ? undefined : DROP_STAGES[to];
}

/** The attribute that marks a drop: a column, or one of Closed's outcomes. */
export const DROP_ATTRIBUTE = "data-drop-stage";

/** The drop under a point of the page, if any. */
export function dropStageAt(x: number, y: number): MoveStage | undefined {
  const hit = document.elementFromPoint(x, y)?.closest(`[${DROP_ATTRIBUTE}]`);
  const stage = hit?.getAttribute(DROP_ATTRIBUTE);
  return stage && (DROP_STAGES as string[]).includes(stage) ? (stage as MoveStage) : undefined;
}
