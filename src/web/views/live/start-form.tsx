import { useState } from "preact/hooks";
import { liveCaptionFolders } from "../../api.js";
import type { UploadJson } from "../../api-types.js";
import { useApi } from "../../use-api.js";

export type LiveMode = "paste" | "file";

/** What starting a live read sends: the candidate's name, the caption file to follow, the invite. */
export interface LiveStart {
  me?: string;
  path?: string;
  invite?: UploadJson;
}

/**
 * Live's start form: paste caption lines or follow a caption file (in one of the folders the server
 * may read), the candidate's name, and the invite for the booked slot.
 */
export function LiveStartForm({
  mode,
  onMode,
  busy,
  onInvite,
  onStart,
}: {
  mode: LiveMode;
  onMode: (mode: LiveMode) => void;
  busy: boolean;
  /** A file chosen as the invite (undefined: none). */
  onInvite: (file: File | undefined) => void;
  onStart: (start: Omit<LiveStart, "invite">) => void;
}) {
  const folders = useApi((signal) => liveCaptionFolders(signal), []).data?.captionFolders ?? [];
  const [path, setPath] = useState("");
  const [me, setMe] = useState("");
  const submit = (e: Event) => {
    e.preventDefault();
    onStart({ ...(me.trim() ? { me: me.trim() } : {}), ...(mode === "file" ? { path: path.trim() } : {}) });
  };
  return (
    <form class="live-start card" onSubmit={submit}>
      <SourceChoice mode={mode} onMode={onMode} />
      {mode === "file" ? <CaptionFileField folders={folders} path={path} onPath={setPath} /> : null}
      <label for="live-me">Your name (as the transcript writes it, optional)</label>
      <input id="live-me" type="text" value={me} onInput={(e) => setMe(e.currentTarget.value)} />
      <label for="live-invite">Calendar invite (.ics, optional)</label>
      <input
        id="live-invite"
        type="file"
        accept=".ics,text/calendar"
        aria-describedby="live-invite-hint"
        onChange={(e) => onInvite(e.currentTarget.files?.[0])}
      />
      <p class="hint" id="live-invite-hint">
        The slot it was booked for: the board then shows the time against it, and running long or short
        counts.
      </p>
      <button type="submit" disabled={busy}>
        Start the live read
      </button>
    </form>
  );
}

/** Where the transcript comes from: lines pasted as they come, or a caption file followed. */
function SourceChoice({ mode, onMode }: { mode: LiveMode; onMode: (mode: LiveMode) => void }) {
  return (
    <fieldset>
      <legend>Where the transcript comes from</legend>
      <label>
        <input
          type="radio"
          name="live-mode"
          value="paste"
          checked={mode === "paste"}
          onChange={() => onMode("paste")}
        />{" "}
        I'll paste caption lines as they come
      </label>
      <label>
        <input
          type="radio"
          name="live-mode"
          value="file"
          checked={mode === "file"}
          onChange={() => onMode("file")}
        />{" "}
        Follow a caption file on this computer
      </label>
    </fieldset>
  );
}

/** The caption file to follow, in a folder the server was started with; none: how to allow one. */
function CaptionFileField({
  folders,
  path,
  onPath,
}: {
  folders: string[];
  path: string;
  onPath: (path: string) => void;
}) {
  if (folders.length === 0) {
    return (
      <p class="hint" id="live-path-hint">
        For your privacy this server follows no files yet. Start it with the folder your meeting tool writes
        captions to, for example <code>debrief serve --captions ~/Documents/Zoom</code>, or paste the lines
        instead.
      </p>
    );
  }
  return (
    <>
      <label for="live-path">Caption file path</label>
      <input
        id="live-path"
        type="text"
        value={path}
        required
        placeholder={`${folders[0]}/interview.vtt`}
        aria-describedby="live-path-hint"
        onInput={(e) => onPath(e.currentTarget.value)}
      />
      <p class="hint" id="live-path-hint">
        The .vtt, .srt or text file the meeting tool keeps writing, in{" "}
        {folders.length === 1 ? "this folder" : "one of these folders"}: {folders.join(", ")}. A name alone is
        taken from {folders.length === 1 ? "it" : "the first"}.
      </p>
    </>
  );
}
