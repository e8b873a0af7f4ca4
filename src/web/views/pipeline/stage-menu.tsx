import type { Ref } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { messageOf, moveApplication } from "../../api.js";
import type { ApplicationSummary, MoveStage } from "../../api-types.js";
import { MOVE_LABELS } from "../../labels.js";
import { pipelineStage } from "../../pipeline-stage.js";

/** Where an application stands, as the stage menu names it: its outcome, else its column. */
export function moveStageOf(a: ApplicationSummary): MoveStage {
  const stage = pipelineStage(a);
  if (stage === "offer") return "offer";
  if (stage === "closed") return (a.outcome?.outcome as MoveStage | undefined) ?? "rejected";
  return stage;
}

/** Moving an application to a stage: busy while it goes, what went wrong, and the page told after. */
function useMove(app: ApplicationSummary, onMoved: (a: ApplicationSummary, stage: MoveStage) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const move = async (to: MoveStage) => {
    setBusy(true);
    setProblem("");
    try {
      await moveApplication(app.id, to);
      onMoved(app, to);
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, move };
}

/** Folded on a card: the button that opens the menu (and that focus comes back to). */
function FoldedMenu({ app, onOpen }: { app: ApplicationSummary; onOpen: () => void }) {
  return (
    <div class="stage-menu">
      <button
        type="button"
        id={`stage-btn-${app.id}`}
        aria-expanded="false"
        aria-label={`Change stage: ${app.company}`}
        onClick={onOpen}
      >
        Change stage
      </button>
    </div>
  );
}

/** The stages to choose from, as a person says them. */
function StageSelect({
  app,
  choice,
  onChoice,
  menu,
}: {
  app: ApplicationSummary;
  choice: MoveStage;
  onChoice: (stage: MoveStage) => void;
  menu: Ref<HTMLSelectElement>;
}) {
  return (
    <>
      <label class="stage-label" for={`stage-of-${app.id}`}>
        Stage
      </label>
      <select
        id={`stage-of-${app.id}`}
        ref={menu}
        value={choice}
        onChange={(e) => onChoice(e.currentTarget.value as MoveStage)}
      >
        {(Object.keys(MOVE_LABELS) as MoveStage[]).map((s) => (
          <option key={s} value={s}>
            {MOVE_LABELS[s]}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * The stage menu: choose, then Move (a menu that moved on every arrow key would move it at each). On a
 * card it is folded behind "Change stage" (500 cards need not draw 500 menus); opened, focus goes to
 * the menu, and Cancel or a move brings it back to that button.
 */
export function StageMenu({
  app,
  onMoved,
  folded = false,
}: {
  app: ApplicationSummary;
  onMoved: (a: ApplicationSummary, stage: MoveStage) => void;
  folded?: boolean;
}) {
  const current = moveStageOf(app);
  const [open, setOpen] = useState(!folded);
  const [choice, setChoice] = useState<MoveStage>(current);
  const { busy, problem, move } = useMove(app, onMoved);
  const menu = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (open && folded) menu.current?.focus();
  }, [open, folded]);
  if (!open) return <FoldedMenu app={app} onOpen={() => setOpen(true)} />;
  return (
    <div class="stage-menu">
      <StageSelect app={app} choice={choice} onChoice={setChoice} menu={menu} />
      <button
        type="button"
        id={`move-${app.id}`}
        onClick={() => {
          if (choice !== current) void move(choice);
        }}
        disabled={busy}
        aria-label={`Move ${app.company} to ${MOVE_LABELS[choice]}`}
      >
        Move
      </button>
      {folded ? (
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setChoice(current);
            setTimeout(() => document.getElementById(`stage-btn-${app.id}`)?.focus(), 0);
          }}
        >
          Cancel
        </button>
      ) : null}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
