import { useMemo, useRef, useState } from "preact/hooks";
import { messageOf, moveApplication } from "../../api.js";
import { MOVE_LABELS } from "../../labels.js";
import { DROP_ATTRIBUTE, dropStageAt, stepDropStage } from "../../stage-drag.js";
import type { Drag, DragControl, OnMoved } from "./drag.js";
import { moveStageOf } from "./stage-menu.js";

/** What the drag's steps share: the drag as it is now, how to change it, and what to tell the page. */
interface DragDeps {
  current: { current: Drag | undefined };
  setDrag: (d: Drag | undefined) => void;
  setProblem: (text: string) => void;
  latest: { current: { announce: (text: string) => void; onMoved: OnMoved } };
}

function pickWith({ setDrag, setProblem, latest }: DragDeps): DragControl["pick"] {
  return (app, by, x = 0, y = 0) => {
    setProblem("");
    const over = by === "keyboard" ? moveStageOf(app) : undefined;
    setDrag({ app, by, over, x, y });
    if (by === "keyboard")
      latest.current.announce(
        `Picked up ${app.company}, in ${MOVE_LABELS[moveStageOf(app)]}. Arrow keys choose a stage, Space drops it, Escape puts it back.`,
      );
  };
}

function pointWith({ current, setDrag }: DragDeps): DragControl["point"] {
  return (x, y) => {
    // Near the top or bottom of the window the page scrolls, so a phone's stacked columns can be reached.
    const edge = 48;
    if (y < edge) window.scrollBy(0, -24);
    else if (y > window.innerHeight - edge) window.scrollBy(0, 24);
    const d = current.current;
    if (d) setDrag({ ...d, x, y, over: dropStageAt(x, y) });
  };
}

function stepWith({ current, setDrag, latest }: DragDeps): DragControl["step"] {
  return (key) => {
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
  };
}

function dropWith({ current, setDrag, setProblem, latest }: DragDeps): DragControl["drop"] {
  return async () => {
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
      latest.current.onMoved(held.app, held.over, held.by === "keyboard" ? `drag-${held.app.id}` : undefined);
    } catch (e) {
      setProblem(messageOf(e));
    }
  };
}

function cancelWith({ current, setDrag, latest }: DragDeps): DragControl["cancel"] {
  return () => {
    const drag = current.current;
    if (drag?.by === "keyboard")
      latest.current.announce(`${drag.app.company} stays in ${MOVE_LABELS[moveStageOf(drag.app)]}.`);
    setDrag(undefined);
  };
}

/**
 * The board's one drag: the card being moved (by pointer or keyboard) and where it is over, the
 * control the cards' handles use, and what went wrong with the last move.
 */
export function useDragControl(announce: (text: string) => void, onMoved: OnMoved) {
  const [drag, setDragState] = useState<Drag | undefined>(undefined);
  // Events can come faster than renders: each reads the drag as it is now, not as last drawn.
  const current = useRef<Drag | undefined>(undefined);
  const [problem, setProblem] = useState("");
  // One control for the board's life, so that a drag redraws only the card it moves (cards are memo).
  const latest = useRef({ announce, onMoved });
  latest.current = { announce, onMoved };
  const control = useMemo<DragControl>(() => {
    const deps: DragDeps = {
      current,
      setDrag: (d) => {
        current.current = d;
        setDragState(d);
      },
      setProblem,
      latest,
    };
    return {
      pick: pickWith(deps),
      point: pointWith(deps),
      step: stepWith(deps),
      drop: dropWith(deps),
      cancel: cancelWith(deps),
    };
  }, []);
  return { drag, control, problem };
}
