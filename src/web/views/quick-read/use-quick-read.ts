import { useEffect, useState } from "preact/hooks";
import { analyze, isAbort, messageOf, saveToWorkspace } from "../../api.js";
import type { AnalyzeBody, ReadJson, SaveResult, UploadJson } from "../../api-types.js";
import { useLeaveGuard } from "../../link.js";
import type { Picked } from "../../pick-files.js";

/** How long typing must pause before the read is asked for. */
export const DEBOUNCE_MS = 400;

/** Where the typed text waits (this browser only) until it is saved to the workspace. */
export const DRAFT_KEY = "debrief:quick-read";

export interface TypedDraft {
  notes: string;
  me: string;
  application: string;
}

export function bodyOf(notes: string, files: Picked[], me: string): AnalyzeBody | undefined {
  if (notes.trim() === "" && files.length === 0) return undefined;
  const uploads: UploadJson[] = files.map((f) => ({ name: f.name, base64: f.base64 }));
  return {
    ...(notes.trim() !== "" ? { notes } : {}),
    ...(uploads.length > 0 ? { files: uploads } : {}),
    ...(me.trim() !== "" ? { me: me.trim() } : {}),
  };
}

export function loadDraft(): TypedDraft {
  try {
    const raw = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}") as Partial<TypedDraft>;
    const text = (v: unknown) => (typeof v === "string" ? v : "");
    return { notes: text(raw.notes), me: text(raw.me), application: text(raw.application) };
  } catch {
    return { notes: "", me: "", application: "" };
  }
}

export function keepDraft(draft: TypedDraft): void {
  try {
    if (draft.notes.trim() === "" && draft.application.trim() === "") localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or refused (a private window): the text is only on screen, as before.
  }
}

/**
 * Leaving with unsaved input asks first: the tab (typed text or files), and another page of the
 * dashboard when files are picked (typed text is kept across pages, picked files cannot be).
 */
export function useUnsavedGuards(isSaved: boolean, notes: string, fileCount: number): void {
  const unsaved = !isSaved && (notes.trim() !== "" || fileCount > 0);
  useLeaveGuard(
    !isSaved && fileCount > 0
      ? `The ${fileCount === 1 ? "file" : `${fileCount} files`} you added here ${fileCount === 1 ? "is" : "are"} not saved and would be dropped. Leave this page anyway?`
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
}

export type ReadStatus = { kind: "idle" | "reading" | "done" | "error"; text: string };

const IDLE: ReadStatus = { kind: "idle", text: "Paste notes or add files to see the read." };

/** The read of what is there, asked for once typing pauses; a newer input cancels an older request. */
export function useReadAsTyped(
  notes: string,
  files: Picked[],
  me: string,
): { read: ReadJson | undefined; status: ReadStatus } {
  const [read, setRead] = useState<ReadJson | undefined>();
  const [status, setStatus] = useState<ReadStatus>(IDLE);
  useEffect(() => {
    const body = bodyOf(notes, files, me);
    if (!body) {
      setRead(undefined);
      setStatus(IDLE);
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
  return { read, status };
}

/** Save to the workspace: what is typed and picked, under the application named; the draft forgotten after. */
export function useQuickSave() {
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SaveResult | undefined>();
  const [error, setError] = useState("");
  const save = async (body: AnalyzeBody | undefined, application: string) => {
    if (!body) {
      setError("There is nothing to save yet: paste notes or add files first.");
      return;
    }
    setSaving(true);
    setError("");
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
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };
  return { saving, saved, setSaved, error, save };
}
