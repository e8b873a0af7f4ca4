import { useId, useState } from "preact/hooks";
import { fetchEml, messageOf } from "./api.js";
import { mailtoHref } from "./mailto-href.js";

/**
 * A draft to send: the text as it is (read-only, selectable), and three ways out: copy it, download
 * it as an .eml (where the action is stored), or open it in the mail program.
 */
export function DraftBox({
  text,
  subject,
  label,
  actionId,
  fileName,
}: {
  text: string;
  subject: string;
  /** What the draft is, for its label: "Thank-you draft". */
  label: string;
  /** The stored action's id: offers the .eml download. */
  actionId?: number;
  fileName?: string;
}) {
  const id = useId();
  const [status, setStatus] = useState("");
  const mail = mailtoHref({ subject, body: text });
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
      <textarea id={`${id}-text`} class="draft-text" readOnly rows={rows} value={text} />
      <div class="draft-actions">
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
