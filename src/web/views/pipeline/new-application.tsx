import { useState } from "preact/hooks";
import { changeApplication, createApplication, messageOf, saveToWorkspace } from "../../api.js";
import { Link } from "../../link.js";
import { applicationHref } from "../../parse-route.js";
import type { Picked } from "../../pick-files.js";
import { PickedFiles } from "../../picked-files.js";
import { useFileDrop } from "../../use-file-drop.js";
import { usePickedFiles } from "../../use-picked-files.js";

interface Typed {
  company: string;
  role: string;
  text: string;
}

const NOTHING: Typed = { company: "", role: "", text: "" };

type Made = { id: number; company: string }[];

/**
 * Files what was given: pasted text and files through the workspace's intake (the role set when it made
 * one application), or the company and role alone as a new application. A string: why nothing was.
 */
async function fileNew(typed: Typed, files: Picked[]): Promise<Made | string> {
  const company = typed.company.trim();
  const role = typed.role.trim();
  if (typed.text.trim() === "" && files.length === 0) {
    const created = await createApplication(company, role);
    return [{ id: created.applicationId, company: created.company }];
  }
  const report = await saveToWorkspace({
    ...(typed.text.trim() ? { notes: typed.text } : {}),
    ...(files.length > 0 ? { files: files.map((f) => ({ name: f.name, base64: f.base64 })) } : {}),
    ...(company ? { application: company } : {}),
  });
  const made = report.filed.map((f) => ({ id: f.applicationId, company: f.company }));
  const only = made[0];
  if (role && made.length === 1 && only) await changeApplication(only.id, { role });
  if (made.length > 0) return made;
  return report.duplicates.length > 0
    ? "All of it was added before: nothing new."
    : "Nothing could be filed.";
}

/** Company and role, and the text box for an email, the job post or notes. */
function TypedFields({ typed, onTyped }: { typed: Typed; onTyped: (typed: Typed) => void }) {
  return (
    <>
      <div class="field-row">
        <p class="field">
          <label for="new-company">Company</label>
          <input
            id="new-company"
            type="text"
            autoComplete="organization"
            value={typed.company}
            onInput={(e) => onTyped({ ...typed, company: e.currentTarget.value })}
          />
        </p>
        <p class="field">
          <label for="new-role">Role (optional)</label>
          <input
            id="new-role"
            type="text"
            autoComplete="organization-title"
            value={typed.role}
            onInput={(e) => onTyped({ ...typed, role: e.currentTarget.value })}
          />
        </p>
      </div>
      <label for="new-text">Paste an email, the job post or your notes (optional)</label>
      <textarea
        id="new-text"
        rows={4}
        value={typed.text}
        onInput={(e) => onTyped({ ...typed, text: e.currentTarget.value })}
      />
    </>
  );
}

/** Files to add: picked, or dropped on the form; a mailbox is sorted into applications. */
function FilesField({ picked }: { picked: ReturnType<typeof usePickedFiles> }) {
  return (
    <>
      <div class="drop-zone">
        <label for="new-files">
          Add files: emails (.eml, or a whole mailbox .mbox), invites, transcripts
        </label>
        <input
          id="new-files"
          type="file"
          multiple
          accept=".vtt,.srt,.txt,.md,.ics,.eml,.mbox,.json"
          onChange={(e) => {
            void picked.add(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
        <p class="hint">…or drop them on this form. A mailbox is sorted into applications for you.</p>
      </div>
      <PickedFiles files={picked.files} label="Files to add" onRemove={picked.remove} />
    </>
  );
}

/** "Added: Northwind, Fabrikam." with a link to each. */
function AddedLine({ added }: { added: Made }) {
  if (added.length === 0) return null;
  return (
    <p class="saved" role="status">
      Added:{" "}
      {added.map((a, i) => (
        <span key={a.id}>
          {i > 0 ? ", " : ""}
          <Link href={applicationHref(a.id)}>{a.company}</Link>
        </span>
      ))}
      .
    </p>
  );
}

/** "New application": type the company and role, and/or paste text or drop files (an mbox too). */
export function NewApplication({ onAdded }: { onAdded: (text: string) => void }) {
  const [typed, setTyped] = useState<Typed>(NOTHING);
  const picked = usePickedFiles();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const [added, setAdded] = useState<Made>([]);
  const { isDragging, dropHandlers } = useFileDrop((list) => void picked.add(list));

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem("");
    picked.clearProblem();
    setAdded([]);
    if (typed.text.trim() === "" && picked.files.length === 0 && typed.company.trim() === "") {
      setProblem("Type the company, or paste an email or notes, or drop files.");
      return;
    }
    setBusy(true);
    try {
      const made = await fileNew(typed, picked.files);
      if (typeof made === "string") return setProblem(made);
      setAdded(made);
      setTyped(NOTHING);
      picked.clear();
      onAdded(`Added ${made.map((m) => m.company).join(", ")}.`);
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const shown = problem || picked.problem;
  return (
    <details class="new-application">
      <summary>New application</summary>
      <form
        class={`new-form${isDragging ? " is-dragging" : ""}`}
        onSubmit={submit}
        aria-label="New application"
        {...dropHandlers}
      >
        <TypedFields typed={typed} onTyped={setTyped} />
        <FilesField picked={picked} />
        <button type="submit" disabled={busy}>
          {busy ? "Adding…" : "Add application"}
        </button>
        {shown ? (
          <p class="error" role="alert">
            {shown}
          </p>
        ) : null}
        <AddedLine added={added} />
      </form>
    </details>
  );
}
