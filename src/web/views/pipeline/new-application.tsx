import { useState } from "preact/hooks";
import { changeApplication, createApplication, messageOf, saveToWorkspace } from "../../api.js";
import type { SaveResult } from "../../api-types.js";
import { Link } from "../../link.js";
import { applicationHref } from "../../parse-route.js";
import { type Picked, pickFiles } from "../../pick-files.js";
import { PickedFiles } from "../../picked-files.js";
import { useFileDrop } from "../../use-file-drop.js";

/** "New application": type the company and role, and/or paste text or drop files (an mbox too). */
export function NewApplication({ onAdded }: { onAdded: (text: string) => void }) {
  const [company, setCompany] = useState("");
  const [role, setRole] = useState("");
  const [text, setText] = useState("");
  const [files, setFiles] = useState<Picked[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const [added, setAdded] = useState<{ id: number; company: string }[]>([]);
  const { isDragging, dropHandlers } = useFileDrop((files) => void addFiles(files));

  const addFiles = async (list: FileList | null) => {
    const { picked, problems } = await pickFiles(list);
    setProblem(problems.length > 0 ? `Not added: ${problems.join("; ")}.` : "");
    if (picked.length > 0)
      setFiles((old) => [...old.filter((f) => !picked.some((p) => p.name === f.name)), ...picked]);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem("");
    setAdded([]);
    const hasMaterial = text.trim() !== "" || files.length > 0;
    if (!hasMaterial && company.trim() === "") {
      setProblem("Type the company, or paste an email or notes, or drop files.");
      return;
    }
    setBusy(true);
    try {
      let made: { id: number; company: string }[];
      if (hasMaterial) {
        const report: SaveResult = await saveToWorkspace({
          ...(text.trim() ? { notes: text } : {}),
          ...(files.length > 0 ? { files: files.map((f) => ({ name: f.name, base64: f.base64 })) } : {}),
          ...(company.trim() ? { application: company.trim() } : {}),
        });
        made = report.filed.map((f) => ({ id: f.applicationId, company: f.company }));
        const only = made[0];
        if (role.trim() && made.length === 1 && only) await changeApplication(only.id, { role: role.trim() });
        if (made.length === 0) {
          setProblem(
            report.duplicates.length > 0
              ? "All of it was added before: nothing new."
              : "Nothing could be filed.",
          );
          return;
        }
      } else {
        const created = await createApplication(company.trim(), role.trim());
        made = [{ id: created.applicationId, company: created.company }];
      }
      setAdded(made);
      setCompany("");
      setRole("");
      setText("");
      setFiles([]);
      onAdded(`Added ${made.map((m) => m.company).join(", ")}.`);
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="new-application">
      <summary>New application</summary>
      <form
        class={`new-form${isDragging ? " is-dragging" : ""}`}
        onSubmit={submit}
        aria-label="New application"
        {...dropHandlers}
      >
        <div class="field-row">
          <p class="field">
            <label for="new-company">Company</label>
            <input
              id="new-company"
              type="text"
              autoComplete="organization"
              value={company}
              onInput={(e) => setCompany(e.currentTarget.value)}
            />
          </p>
          <p class="field">
            <label for="new-role">Role (optional)</label>
            <input
              id="new-role"
              type="text"
              autoComplete="organization-title"
              value={role}
              onInput={(e) => setRole(e.currentTarget.value)}
            />
          </p>
        </div>
        <label for="new-text">Paste an email, the job post or your notes (optional)</label>
        <textarea id="new-text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
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
              void addFiles(e.currentTarget.files);
              e.currentTarget.value = "";
            }}
          />
          <p class="hint">…or drop them on this form. A mailbox is sorted into applications for you.</p>
        </div>
        <PickedFiles
          files={files}
          label="Files to add"
          onRemove={(name) => setFiles((old) => old.filter((o) => o.name !== name))}
        />
        <button type="submit" disabled={busy}>
          {busy ? "Adding…" : "Add application"}
        </button>
        {problem ? (
          <p class="error" role="alert">
            {problem}
          </p>
        ) : null}
        {added.length > 0 ? (
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
        ) : null}
      </form>
    </details>
  );
}
