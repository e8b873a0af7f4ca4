import { useId, useState } from "preact/hooks";
import { fetchEml, messageOf, saveDraft } from "./api.js";
import { mailtoHref } from "./mailto-href.js";

/** Copies the text to the clipboard (or, without one, the box's selection); says how it went. */
async function copyText(text: string, boxId: string): Promise<string> {
  try {
    if (navigator.clipboard) await navigator.clipboard.writeText(text);
    else {
      const area = document.getElementById(boxId) as HTMLTextAreaElement | null;
      area?.select();
      if (!document.execCommand("copy")) throw new Error("the browser did not copy");
    }
    return "Copied to the clipboard.";
  } catch (e) {
    return `Could not copy: ${messageOf(e)}. Select the text and copy it by hand.`;
  }
}

/** Downloads the stored action's .eml; says how it went. */
async function downloadEml(actionId: number, fileName: string): Promise<string> {
  try {
    const { blob, filename } = await fetchEml(actionId, fileName);
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return `Downloaded ${filename}: open it in your mail program to send it.`;
  } catch (e) {
    return `Could not download the .eml: ${messageOf(e)}`;
  }
}

/** The draft's text as shown, as last kept on the server, and keeping it (null: back to the suggested one). */
function useKeptDraft(
  planned: string,
  editedText: string | null,
  actionId: number | undefined,
  say: (s: string) => void,
) {
  const [text, setText] = useState(editedText ?? planned);
  const [kept, setKept] = useState(editedText ?? planned);
  const [isEdited, setEdited] = useState(editedText !== null);
  const keep = async (value: string | null) => {
    if (actionId === undefined) return;
    try {
      const answer = await saveDraft(actionId, value);
      const now = answer.editedText ?? planned;
      setKept(now);
      setText(now);
      setEdited(answer.editedText !== null);
      say(value === null ? "Back to the suggested draft." : "Your draft is saved.");
    } catch (e) {
      say(`Could not save the draft: ${messageOf(e)}`);
    }
  };
  return { text, setText, kept, isEdited, keep };
}

/** Save, back to the suggested draft, Copy, Download .eml, Open in mail app. */
function DraftActions({
  canEdit,
  draft,
  onCopy,
  onDownload,
  mail,
  shortId,
}: {
  canEdit: boolean;
  draft: ReturnType<typeof useKeptDraft>;
  onCopy: () => void;
  onDownload: (() => void) | undefined;
  mail: { href: string; isShortened: boolean };
  shortId: string;
}) {
  return (
    <div class="draft-actions">
      {canEdit ? (
        <button type="button" onClick={() => draft.keep(draft.text)} disabled={draft.text === draft.kept}>
          Save draft
        </button>
      ) : null}
      {canEdit && draft.isEdited ? (
        <button type="button" onClick={() => draft.keep(null)}>
          Use the suggested draft
        </button>
      ) : null}
      <button type="button" onClick={onCopy}>
        Copy
      </button>
      {onDownload ? (
        <button type="button" onClick={onDownload}>
          Download .eml
        </button>
      ) : null}
      <a class="button" href={mail.href} aria-describedby={mail.isShortened ? shortId : undefined}>
        Open in mail app
      </a>
    </div>
  );
}

/** Whom it goes to and its subject: the same in the mail link and the .eml. */
function DraftTo({
  to,
  toName,
  subject,
}: {
  to: string;
  toName: string | null | undefined;
  subject: string;
}) {
  return (
    <p class="draft-to hint">
      To: {toName ? `${toName} <${to}>` : to} · Subject: {subject}
    </p>
  );
}

/** Why the mail link holds only the first part, and how to get the whole text. */
function ShortenedNote({ id, hasEml }: { id: string; hasEml: boolean }) {
  return (
    <p class="hint" id={id}>
      This draft is too long for a mail link: the mail app gets the first part and a note saying so. Copy it
      {hasEml ? " or download the .eml" : ""} for the whole text.
    </p>
  );
}

export interface DraftBoxProps {
  text: string;
  /** The address it goes to, where known, and the name that goes with it. */
  to?: string | undefined;
  toName?: string | null | undefined;
  /** The candidate's kept version, if any. */
  editedText?: string | null;
  /** Let the candidate edit it (kept on the server; needs `actionId`). */
  editable?: boolean;
  subject: string;
  /** What the draft is, for its label: "Thank-you draft". */
  label: string;
  /** The stored action's id: offers the .eml download. */
  actionId?: number;
  fileName?: string;
}

/**
 * A draft to send: the text (read-only, or editable where the action is stored: the edit is kept), and
 * three ways out: copy it, download it as an .eml (where the action is stored), or open it in the mail
 * program; all three send the text as it is now.
 */
export function DraftBox({
  text: planned,
  editedText = null,
  editable = false,
  subject,
  to,
  toName,
  label,
  actionId,
  fileName,
}: DraftBoxProps) {
  const id = useId();
  const [status, setStatus] = useState("");
  const draft = useKeptDraft(planned, editedText, actionId, setStatus);
  const { text } = draft;
  const canEdit = editable && actionId !== undefined;
  const mail = mailtoHref({ ...(to ? { to } : {}), subject, body: text });
  const rows = Math.min(14, Math.max(4, text.split("\n").length + 1));
  const download =
    actionId === undefined
      ? undefined
      : async () => {
          if (canEdit && text !== draft.kept) await draft.keep(text);
          setStatus("Preparing the .eml…");
          setStatus(await downloadEml(actionId, fileName ?? `draft-${actionId}.eml`));
        };
  return (
    <div class="draft">
      <label for={`${id}-text`} class="draft-label">
        {label}
      </label>
      {to ? <DraftTo to={to} toName={toName} subject={subject} /> : null}
      <textarea
        id={`${id}-text`}
        class="draft-text"
        readOnly={!canEdit}
        rows={rows}
        value={text}
        onInput={(e) => draft.setText(e.currentTarget.value)}
        onBlur={() => {
          if (canEdit && text !== draft.kept) void draft.keep(text);
        }}
      />
      <DraftActions
        canEdit={canEdit}
        draft={draft}
        onCopy={async () => setStatus(await copyText(text, `${id}-text`))}
        onDownload={download}
        mail={mail}
        shortId={`${id}-short`}
      />
      {mail.isShortened ? <ShortenedNote id={`${id}-short`} hasEml={actionId !== undefined} /> : null}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
