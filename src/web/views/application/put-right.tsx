import { useRef, useState } from "preact/hooks";
import { listApplications, mergeApplications, messageOf } from "../../api.js";
import type { ApplicationTimeline } from "../../api-types.js";
import { navigate } from "../../link.js";
import { RESTORE_MINUTES, scheduleDelete } from "../../pending-delete.js";

/** Putting a filing mistake right: merge another application into this one, or delete this one. */
export function PutRight({ t, onMerged }: { t: ApplicationTimeline; onMerged: () => void }) {
  const [asking, setAsking] = useState<"merge" | "delete" | undefined>();
  const [others, setOthers] = useState<{ id: number; company: string; role: string | null }[] | undefined>();
  const [from, setFrom] = useState("");
  const [problem, setProblem] = useState("");
  const [status, setStatus] = useState("");
  const opener = useRef<HTMLButtonElement | null>(null);
  const company = t.application.company;

  const askMerge = async (e: Event) => {
    opener.current = e.currentTarget as HTMLButtonElement;
    setProblem("");
    try {
      const all = await listApplications();
      const rest = all.filter((a) => a.id !== t.application.id);
      setOthers(rest);
      setFrom(rest[0] ? String(rest[0].id) : "");
      setAsking("merge");
    } catch (err) {
      setProblem(messageOf(err));
    }
  };
  const cancel = () => {
    setAsking(undefined);
    opener.current?.focus();
  };
  const merge = async () => {
    const other = others?.find((o) => String(o.id) === from);
    if (!other) return;
    try {
      await mergeApplications(t.application.id, other.id);
      setAsking(undefined);
      setStatus(`${other.company} was merged into ${company}.`);
      onMerged();
    } catch (err) {
      setProblem(messageOf(err));
    }
  };
  const remove = () => {
    scheduleDelete({ id: t.application.id, company });
    navigate("/pipeline");
  };

  return (
    <section aria-labelledby="app-fix" class="danger-zone">
      <h2 id="app-fix">Put a mistake right</h2>
      <div class="actions">
        <button type="button" onClick={askMerge} aria-expanded={asking === "merge"}>
          Merge another application into {company}…
        </button>
        <button
          type="button"
          onClick={(e) => {
            opener.current = e.currentTarget as HTMLButtonElement;
            setAsking("delete");
          }}
          aria-expanded={asking === "delete"}
        >
          Delete {company}…
        </button>
      </div>
      {asking === "merge" ? (
        <div class="confirm">
          <p id="merge-q">
            Its files, rounds, mail, to-dos and outcome move into <strong>{company}</strong>, and it is read
            again. This cannot be undone.
          </p>
          {others && others.length > 0 ? (
            <>
              <label for="merge-from">Application to merge in</label>
              <select id="merge-from" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
                {others.map((o) => (
                  <option key={o.id} value={String(o.id)}>
                    {o.company}
                    {o.role ? ` (${o.role})` : ""}
                  </option>
                ))}
              </select>
              <div class="actions">
                <button type="button" class="danger" onClick={merge}>
                  Merge into {company}
                </button>
                <button type="button" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <p>
              There is no other application.{" "}
              <button type="button" onClick={cancel}>
                Close
              </button>
            </p>
          )}
        </div>
      ) : null}
      {asking === "delete" ? (
        <div class="confirm">
          <p id="delete-q">
            Delete <strong>{company}</strong> and everything filed under it? For {RESTORE_MINUTES} minutes you
            can put it back from <em>Recently deleted</em> on the Pipeline.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={remove}>
              Yes, delete {company}
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
