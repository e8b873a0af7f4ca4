import { useState } from "preact/hooks";
import { messageOf, moveApplication } from "../../api.js";
import type { ApplicationSummary, MoveStage } from "../../api-types.js";

/**
 * "Mark as ghosted?": they have been silent past the date they gave and the week after it (the status
 * check is overdue). One click records it, as the stage menu would.
 */
export function GhostedPrompt({
  app,
  onMoved,
}: {
  app: ApplicationSummary;
  onMoved: (a: ApplicationSummary, stage: MoveStage) => void;
}) {
  const [problem, setProblem] = useState("");
  const next = app.nextAction;
  if (app.outcome || next?.kind !== "status-check" || !next.isOverdue) return null;
  return (
    <div class="ghosted-prompt">
      <p>Still silent past the date they gave.</p>
      <button
        type="button"
        onClick={async () => {
          try {
            await moveApplication(app.id, "ghosted");
            onMoved(app, "ghosted");
          } catch (e) {
            setProblem(messageOf(e));
          }
        }}
      >
        Mark {app.company} as ghosted?
      </button>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
