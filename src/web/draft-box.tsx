import { useId, useState } from "preact/hooks";
import { fetchEml, messageOf, saveDraft } from "./api.js";
import { mailtoHref } from "./mailto-href.js";

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
}: {
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
}) {
  const id = useId();
  const [status, setStatus] = useState("");
  const [text, setText] = useState(editedText ?? planned);
  const [kept, setKept] = useState(editedText ?? planned);
  const [isEdited, setEdited] = useState(editedText !== null);
  const canEdit = editable && actionId !== undefined;
  const mail = mailtoHref({ ...(to ? { to } : {}), subject, body: text });

  const keep = async (value: string | null) => {
    if (actionId === undefined) return;
    try {
      const answer = await saveDraft(actionId, value);
      const now = answer.editedText ?? planned;
      setKept(now);
      setText(now);
      setEdited(answer.editedText !== null);
      setStatus(value === null ? "Back to the suggested draft." : "Your draft is saved.");
    } catch (e) {
      setStatus(`Could not save the draft: ${messageOf(e)}`);
    }
  };
  const rows = Math.min(14, Math.max(4, text.split("\n").length + 1));

  const copy = async () => {
    try {
      if (navigator.clipboard) await navigator.clipboard.writeText(text);
      else {
        const area = document.getElementById(`${id}-text`) as HTMLTextAreaElement | null;
        area?.select();
        if (!document.execCommand("copy")) throw new Error("the browser did not copy");
      }
      setStatus("Copied to the clipboard.");
    } catch (e) {
      setStatus(`Could not copy: ${messageOf(e)}. Select the text and copy it by hand.`);
    }
  };

  const download = async () => {
    if (actionId === undefined) return;
    if (canEdit && text !== kept) await keep(text);
    setStatus("Preparing the .eml…");
    try {
      const { blob, filename } = await fetchEml(actionId, fileName ?? `draft-${actionId}.eml`);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(`Downloaded ${filename}: open it in your mail program to send it.`);
    } catch (e) {
      setStatus(`Could not download the .eml: ${messageOf(e)}`);
    }
  };

  return (
    <div class="draft">
      <label for={`${id}-text`} class="draft-label">
        {label}
      </label>
      {to ? (
        <p class="draft-to hint">
          To: {toName ? `${toName} <${to}>` : to} · Subject: {subject}
        </p>
      ) : null}
      <textarea
        id={`${id}-text`}
        class="draft-text"
        readOnly={!canEdit}
        rows={rows}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={() => {
          if (canEdit && text !== kept) void keep(text);
        }}
      />
      <div class="draft-actions">
        {canEdit ? (
          <button type="button" onClick={() => keep(text)} disabled={text === kept}>
            Save draft
          </button>
        ) : null}
        {canEdit && isEdited ? (
          <button type="button" onClick={() => keep(null)}>
            Use the suggested draft
          </button>
        ) : null}
        <button type="button" onClick={copy}>
          Copy
        </button>
        {actionId !== undefined ? (
          <button type="button" onClick={download}>
            Download .eml
          </button>
        ) : null}
        <a class="button" href={mail.href} aria-describedby={mail.isShortened ? `${id}-short` : undefined}>
          Open in mail app
        </a>
      </div>
      {mail.isShortened ? (
        <p class="hint" id={`${id}-short`}>
          This draft is too long for a mail link: the mail app gets the first part and a note saying so. Copy
          it{actionId !== undefined ? " or download the .eml" : ""} for the whole text.
        </p>
      ) : null}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
