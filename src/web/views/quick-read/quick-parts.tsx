import type { ReadJson } from "../../api-types.js";
import { BandBadge } from "../../band-badge.js";
import type { Picked } from "../../pick-files.js";
import { PickedFiles } from "../../picked-files.js";
import { ReadPanel } from "../../read-panel.js";
import type { ReadStatus } from "./use-quick-read.js";

/** The files part of Quick read: pick them (or drop them on the panel), what was refused, what was added. */
export function QuickFiles({
  files,
  problem,
  onAdd,
  onRemove,
}: {
  files: Picked[];
  problem: string;
  onAdd: (list: FileList | null) => void;
  onRemove: (name: string) => void;
}) {
  return (
    <>
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
            onAdd(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
        <p class="hint">…or drop them anywhere on this panel.</p>
      </div>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      <PickedFiles files={files} label="Files added" showSize onRemove={onRemove} />
    </>
  );
}

/** Under the text box on a narrow screen: the band at a glance, and the way down to the whole read. */
export function ReadUnder({ read }: { read: ReadJson | undefined }) {
  if (!read) return null;
  return (
    <p class="read-under" aria-hidden="true">
      <BandBadge band={read.read.band} score={read.read.score} thin={read.read.thin} />{" "}
      <a href="#quick-result" tabIndex={-1}>
        the whole read below
      </a>
    </p>
  );
}

/** The read's pane: where the read stands (announced), and the read. */
export function QuickResult({ read, status }: { read: ReadJson | undefined; status: ReadStatus }) {
  return (
    <section class="result-pane" aria-labelledby="quick-result" aria-busy={status.kind === "reading"}>
      <h2 id="quick-result" class="visually-hidden">
        The read
      </h2>
      <p class={`status status-${status.kind}`} role="status" aria-live="polite">
        {status.kind === "error" ? `The read failed: ${status.text}` : status.text}
      </p>
      {read ? <ReadPanel read={read} /> : null}
    </section>
  );
}
