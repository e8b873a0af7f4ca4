import { useRef } from "preact/hooks";
import type { ApplicationSummary } from "../../api-types.js";
import type { Drag, DragControl } from "./drag.js";

/** A mouse or a finger on the handle: a drag once it has gone a few pixels, so a tap is not one. */
function usePointerDrag(app: ApplicationSummary, control: DragControl) {
  const start = useRef<{ x: number; y: number; dragging: boolean } | undefined>(undefined);
  return {
    onPointerDown(e: PointerEvent) {
      if (e.button !== 0) return;
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
      start.current = { x: e.clientX, y: e.clientY, dragging: false };
    },
    onPointerMove(e: PointerEvent) {
      const s = start.current;
      if (!s) return;
      if (!s.dragging) {
        if (Math.hypot(e.clientX - s.x, e.clientY - s.y) < 5) return;
        s.dragging = true;
        control.pick(app, "pointer", e.clientX, e.clientY);
      }
      control.point(e.clientX, e.clientY);
    },
    onPointerUp() {
      const dragged = start.current?.dragging;
      start.current = undefined;
      if (dragged) void control.drop();
    },
    onPointerCancel() {
      start.current = undefined;
      control.cancel();
    },
  };
}

/** Held from the keyboard: Space or Enter drops it, Escape puts it back, the arrows choose; else picks up. */
function keyDown(
  e: KeyboardEvent,
  app: ApplicationSummary,
  control: DragControl,
  held: Drag["by"] | undefined,
) {
  if (held === "keyboard") {
    if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      void control.drop();
    } else if (e.key === "Escape") {
      e.preventDefault();
      control.cancel();
    } else if (control.step(e.key)) e.preventDefault();
  } else if (e.key === " " || e.key === "Enter") {
    e.preventDefault();
    control.pick(app, "keyboard");
  }
}

/**
 * A card's handle: dragged with a mouse or a finger (past a few pixels, so a tap is not a drag), or
 * held from the keyboard (Space or Enter picks up and drops, the arrows choose, Escape or leaving it
 * puts it back).
 */
export function DragHandle({
  app,
  control,
  held,
}: {
  app: ApplicationSummary;
  control: DragControl;
  held: Drag["by"] | undefined;
}) {
  const pointer = usePointerDrag(app, control);
  return (
    <button
      type="button"
      class={`drag-handle${held ? " is-held" : ""}`}
      id={`drag-${app.id}`}
      aria-label={`Move ${app.company}${held === "keyboard" ? " (held)" : ""}`}
      aria-describedby="drag-help"
      {...pointer}
      onKeyDown={(e) => keyDown(e, app, control, held)}
      onBlur={() => {
        if (held === "keyboard") control.cancel();
      }}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
