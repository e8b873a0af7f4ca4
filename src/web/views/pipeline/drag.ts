import type { ApplicationSummary, MoveStage } from "../../api-types.js";

/** After a move: the card, where it went, and the control to give focus back to. */
export type OnMoved = (a: ApplicationSummary, stage: MoveStage, focusId?: string) => void;

/** A card being moved: by the pointer (then where it is) or held from the keyboard; over a drop or not. */
export interface Drag {
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
