import { useEffect, useState } from "preact/hooks";
import { usePageTitle } from "./page-title.js";
import { SaveBox } from "./save-box.js";
import { useFileDrop } from "./use-file-drop.js";
import { usePickedFiles } from "./use-picked-files.js";
import { QuickFiles, QuickResult, ReadUnder } from "./views/quick-read/quick-parts.js";
import {
  bodyOf,
  keepDraft,
  loadDraft,
  useQuickSave,
  useReadAsTyped,
  useUnsavedGuards,
} from "./views/quick-read/use-quick-read.js";

/** What is typed (notes, name, application), loaded from this browser and kept as it is typed until saved. */
function useTypedDraft(isSaved: boolean) {
  const [initial] = useState(loadDraft);
  const [notes, setNotes] = useState(initial.notes);
  const [me, setMe] = useState(initial.me);
  const [application, setApplication] = useState(initial.application);
  // Kept as it is typed; forgotten once saved.
  useEffect(() => {
    if (!isSaved) keepDraft({ notes, me, application });
  }, [notes, me, application, isSaved]);
  return { notes, setNotes, me, setMe, application, setApplication };
}

/** The notes box, with what to write in it. */
function NotesField({ notes, onNotes }: { notes: string; onNotes: (text: string) => void }) {
  return (
    <>
      <label for="quick-notes">Your notes</label>
      <p class="hint" id="quick-notes-hint">
        Plain prose or bullets: who you met, what they asked, what they said about next steps.
      </p>
      <textarea
        id="quick-notes"
        aria-describedby="quick-notes-hint"
        rows={12}
        value={notes}
        onInput={(e) => onNotes(e.currentTarget.value)}
      />
    </>
  );
}

/**
 * Quick read: paste notes or drop the files, and the read follows as you type. Nothing is stored in
 * the workspace until Save; what is typed is kept in this browser meanwhile (across a reload or a visit
 * to another page), and leaving the tab with unsaved notes asks first; files picked cannot be kept, so
 * going to another page of the dashboard with them asks first too.
 */
export function QuickReadView() {
  const saving = useQuickSave();
  const { notes, setNotes, me, setMe, application, setApplication } = useTypedDraft(
    saving.saved !== undefined,
  );
  const picked = usePickedFiles(() => saving.setSaved(undefined));
  const { files } = picked;
  const { isDragging, dropHandlers } = useFileDrop((list) => void picked.add(list));
  const { read, status } = useReadAsTyped(notes, files, me);
  useUnsavedGuards(saving.saved !== undefined, notes, files.length);

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
          <NotesField
            notes={notes}
            onNotes={(text) => {
              setNotes(text);
              saving.setSaved(undefined);
            }}
          />
          <ReadUnder read={read} />
          <QuickFiles files={files} problem={picked.problem} onAdd={picked.add} onRemove={picked.remove} />
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
            onSave={() => saving.save(bodyOf(notes, files, me), application)}
            saving={saving.saving}
            error={saving.error}
            saved={saving.saved}
          />
        </section>
        <QuickResult read={read} status={status} />
      </div>
    </>
  );
}
