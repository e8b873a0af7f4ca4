import { useRef, useState } from "preact/hooks";
import { listApplications, mergeApplications, messageOf } from "../../api.js";
import type { ApplicationTimeline } from "../../api-types.js";
import { navigate } from "../../link.js";
import { RESTORE_MINUTES, scheduleDelete } from "../../pending-delete.js";

type Other = { id: number; company: string; role: string | null };

/** Merge: ask (with the other applications to choose from), merge, or put the question away. */
function useMerge(t: ApplicationTimeline, onMerged: () => void) {
  const [asking, setAsking] = useState<"merge" | "delete" | undefined>();
  const [others, setOthers] = useState<Other[] | undefined>();
  const [from, setFrom] = useState("");
  const [problem, setProblem] = useState("");
  const [status, setStatus] = useState("");
  const opener = useRef<HTMLButtonElement | null>(null);
  const ask = (what: "merge" | "delete", e: Event) => {
    opener.current = e.currentTarget as HTMLButtonElement;
    setAsking(what);
  };
  const askMerge = async (e: Event) => {
    opener.current = e.currentTarget as HTMLButtonElement;
    setProblem("");
    try {
      const rest = (await listApplications()).filter((a) => a.id !== t.application.id);
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
      setStatus(`${other.company} was merged into ${t.application.company}.`);
      onMerged();
    } catch (err) {
      setProblem(messageOf(err));
    }
  };
  return { asking, ask, others, from, setFrom, problem, status, askMerge, cancel, merge };
}

/** Which application to merge in, and what merging does; or that there is none. */
function MergeQuestion({ company, m }: { company: string; m: ReturnType<typeof useMerge> }) {
  return (
    <div class="confirm">
      <p id="merge-q">
        Its files, rounds, mail, to-dos and outcome move into <strong>{company}</strong>, and it is read
        again. This cannot be undone.
      </p>
      {m.others && m.others.length > 0 ? (
        <>
          <label for="merge-from">Application to merge in</label>
          <select id="merge-from" value={m.from} onChange={(e) => m.setFrom(e.currentTarget.value)}>
            {m.others.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.company}
                {o.role ? ` (${o.role})` : ""}
              </option>
            ))}
          </select>
          <div class="actions">
            <button type="button" class="danger" onClick={m.merge}>
              Merge into {company}
            </button>
            <button type="button" onClick={m.cancel}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <p>
          There is no other application.{" "}
          <button type="button" onClick={m.cancel}>
            Close
          </button>
        </p>
      )}
    </div>
  );
}

/** Delete, and for how long it can be put back. */
function DeleteQuestion({ t, onCancel }: { t: ApplicationTimeline; onCancel: () => void }) {
  const company = t.application.company;
  const remove = () => {
    scheduleDelete({ id: t.application.id, company });
    navigate("/pipeline");
  };
  return (
    <div class="confirm">
      <p id="delete-q">
        Delete <strong>{company}</strong> and everything filed under it? For {RESTORE_MINUTES} minutes you can
        put it back from <em>Recently deleted</em> on the Pipeline.
      </p>
      <div class="actions">
        <button type="button" class="danger" onClick={remove}>
          Yes, delete {company}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Putting a filing mistake right: merge another application into this one, or delete this one. */
export function PutRight({ t, onMerged }: { t: ApplicationTimeline; onMerged: () => void }) {
  const m = useMerge(t, onMerged);
  const company = t.application.company;
  return (
    <section aria-labelledby="app-fix" class="danger-zone">
      <h2 id="app-fix">Put a mistake right</h2>
      <div class="actions">
        <button type="button" onClick={m.askMerge} aria-expanded={m.asking === "merge"}>
          Merge another application into {company}…
        </button>
        <button type="button" onClick={(e) => m.ask("delete", e)} aria-expanded={m.asking === "delete"}>
          Delete {company}…
        </button>
      </div>
      {m.asking === "merge" ? <MergeQuestion company={company} m={m} /> : null}
      {m.asking === "delete" ? <DeleteQuestion t={t} onCancel={m.cancel} /> : null}
      <p class="status" role="status" aria-live="polite">
        {m.status}
      </p>
      {m.problem ? (
        <p class="error" role="alert">
          {m.problem}
        </p>
      ) : null}
    </section>
  );
}
