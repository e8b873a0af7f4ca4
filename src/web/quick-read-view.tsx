import { useEffect, useState } from "preact/hooks";
import { analyze, isAbort, messageOf, saveToWorkspace } from "./api.js";
import type { AnalyzeBody, ReadJson, SaveResult, UploadJson } from "./api-types.js";
import { BandBadge } from "./band-badge.js";
import { useLeaveGuard } from "./link.js";
import { usePageTitle } from "./page-title.js";
import { type Picked, pickFiles } from "./pick-files.js";
import { PickedFiles } from "./picked-files.js";
import { ReadPanel } from "./read-panel.js";
import { SaveBox } from "./save-box.js";
import { useFileDrop } from "./use-file-drop.js";

/** How long typing must pause before the read is asked for. */
export const DEBOUNCE_MS = 400;

function bodyOf(notes: string, files: Picked[], me: string): AnalyzeBody | undefined {
  if (notes.trim() === "" && files.length === 0) return undefined;
  const uploads: UploadJson[] = files.map((f) => ({ name: f.name, base64: f.base64 }));
  return {
    ...(notes.trim() !== "" ? { notes } : {}),
    ...(uploads.length > 0 ? { files: uploads } : {}),
    ...(me.trim() !== "" ? { me: me.trim() } : {}),
  };
}

/** Where the typed text waits (this browser only) until it is saved to the workspace. */
export const DRAFT_KEY = "debrief:quick-read";

interface TypedDraft {
  notes: string;
  me: string;
  application: string;
}

function loadDraft(): TypedDraft {
  try {
    const raw = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}") as Partial<TypedDraft>;
    const text = (v: unknown) => (typeof v === "string" ? v : "");
    return { notes: text(raw.notes), me: text(raw.me), application: text(raw.application) };
  } catch {
    return { notes: "", me: "", application: "" };
  }
}

function keepDraft(draft: TypedDraft): void {
  try {
    if (draft.notes.trim() === "" && draft.application.trim() === "") localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or refused (a private window): the text is only on screen, as before.
  }
}

/**
 * Quick read: paste notes or drop the files, and the read follows as you type. Nothing is stored in
 * the workspace until Save; what is typed is kept in this browser meanwhile (across a reload or a visit
 * to another page), and leaving the tab with unsaved notes asks first; files picked cannot be kept, so
 * going to another page of the dashboard with them asks first too.
 */
export function QuickReadView() {
  const [initial] = useState(loadDraft);
  const [notes, setNotes] = useState(initial.notes);
  const [files, setFiles] = useState<Picked[]>([]);
  const [me, setMe] = useState(initial.me);
  const [read, setRead] = useState<ReadJson | undefined>();
  const [status, setStatus] = useState<{ kind: "idle" | "reading" | "done" | "error"; text: string }>({
    kind: "idle",
    text: "Paste notes or add files to see the read.",
  });
  const { isDragging, dropHandlers } = useFileDrop((files) => void addFiles(files));
  const [fileProblem, setFileProblem] = useState("");
  const [application, setApplication] = useState(initial.application);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SaveResult | undefined>();
  const [saveError, setSaveError] = useState("");

  // Kept as it is typed; forgotten once saved.
  useEffect(() => {
    if (!saved) keepDraft({ notes, me, application });
  }, [notes, me, application, saved]);
  const unsaved = !saved && (notes.trim() !== "" || files.length > 0);
  // Typed text is kept across pages; picked files cannot be: another page of the dashboard asks first.
  useLeaveGuard(
    !saved && files.length > 0
      ? `The ${files.length === 1 ? "file" : `${files.length} files`} you added here ${files.length === 1 ? "is" : "are"} not saved and would be dropped. Leave this page anyway?`
      : undefined,
  );
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  useEffect(() => {
    const body = bodyOf(notes, files, me);
    if (!body) {
      setRead(undefined);
      setStatus({ kind: "idle", text: "Paste notes or add files to see the read." });
      return;
    }
    // A newer input aborts this request in the cleanup below: a stale read never replaces a fresh one.
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus({ kind: "reading", text: "Reading…" });
      analyze(body, controller.signal).then(
        (answer) => {
          if (controller.signal.aborted) return;
          setRead(answer);
          setStatus({ kind: "done", text: "The read is up to date." });
        },
        (error: unknown) => {
          if (isAbort(error) || controller.signal.aborted) return;
          setStatus({ kind: "error", text: messageOf(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [notes, files, me]);

  const addFiles = async (list: FileList | null) => {
    if (!list) return;
    const { picked, problems } = await pickFiles(list);
    setFileProblem(problems.length > 0 ? `Not added: ${problems.join("; ")}.` : "");
    if (picked.length > 0) {
      setFiles((old) => [...old.filter((f) => !picked.some((p) => p.name === f.name)), ...picked]);
      setSaved(undefined);
    }
  };

  const save = async () => {
    const body = bodyOf(notes, files, me);
    if (!body) {
      setSaveError("There is nothing to save yet: paste notes or add files first.");
      return;
    }
    setSaving(true);
    setSaveError("");
    setSaved(undefined);
    try {
      setSaved(
        await saveToWorkspace({
          ...body,
          ...(application.trim() ? { application: application.trim() } : {}),
        }),
      );
      keepDraft({ notes: "", me: "", application: "" });
    } catch (e) {
      setSaveError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  usePageTitle("Quick read");
  return (
    <>
      <h1>Quick read</h1>
      <div class="quick-read">
        <section
          class={`input-pane${isDragging ? " is-dragging" : ""}`}
          aria-labelledby="quick-input"
          {...dropHandlers}
        >
          <h2 id="quick-input">What you have</h2>
          <label for="quick-notes">Your notes</label>
          <p class="hint" id="quick-notes-hint">
            Plain prose or bullets: who you met, what they asked, what they said about next steps.
          </p>
          <textarea
            id="quick-notes"
            aria-describedby="quick-notes-hint"
            rows={12}
            value={notes}
            onInput={(e) => {
              setNotes(e.currentTarget.value);
              setSaved(undefined);
            }}
          />
          {read ? (
            <p class="read-under" aria-hidden="true">
              <BandBadge band={read.read.band} score={read.read.score} thin={read.read.thin} />{" "}
              <a href="#quick-result" tabIndex={-1}>
                the whole read below
              </a>
            </p>
          ) : null}
          <div class="drop-zone">
            <label for="quick-files">
              Add files: transcript (.vtt, .srt, .txt), invite (.ics), emails (.eml, .mbox)
            </label>
            <input
              id="quick-files"
              type="file"
              multiple
              accept=".vtt,.srt,.txt,.md,.ics,.eml,.mbox,.json"
              onChange={(e) => {
                void addFiles(e.currentTarget.files);
                e.currentTarget.value = "";
              }}
            />
            <p class="hint">…or drop them anywhere on this panel.</p>
          </div>
          {fileProblem ? (
            <p class="error" role="alert">
              {fileProblem}
            </p>
          ) : null}
          <PickedFiles
            files={files}
            label="Files added"
            showSize
            onRemove={(name) => setFiles((old) => old.filter((o) => o.name !== name))}
          />
          <label for="quick-me">Your name as the transcript or emails show it (optional)</label>
          <input
            id="quick-me"
            type="text"
            autoComplete="name"
            value={me}
            onInput={(e) => setMe(e.currentTarget.value)}
          />

          <SaveBox
            id="quick"
            heading="h2"
            hint="Nothing is stored until you save: then it joins the workspace as a round of an application."
            applicationLabel="Application (company), if the files don't name it"
            application={application}
            onApplication={setApplication}
            onSave={save}
            saving={saving}
            error={saveError}
            saved={saved}
          />
        </section>

        <section class="result-pane" aria-labelledby="quick-result" aria-busy={status.kind === "reading"}>
          <h2 id="quick-result" class="visually-hidden">
            The read
          </h2>
          <p class={`status status-${status.kind}`} role="status" aria-live="polite">
            {status.kind === "error" ? `The read failed: ${status.text}` : status.text}
          </p>
          {read ? <ReadPanel read={read} /> : null}
        </section>
      </div>
    </>
  );
}
