import { useEffect, useRef, useState } from "preact/hooks";
import {
  finishLive,
  liveCaptionFolders,
  liveEventsUrl,
  messageOf,
  postLiveText,
  saveLive,
  startLive,
} from "./api.js";
import type { LiveBoardJson, LiveFinishJson, SaveResult, UploadJson } from "./api-types.js";
import { usePageTitle } from "./page-title.js";
import { ReadPanel } from "./read-panel.js";
import { SaveBox } from "./save-box.js";
import { useApi } from "./use-api.js";
import { Board } from "./views/live/board.js";

type Mode = "paste" | "file";

/** Listens to a live session's events while `id` is set; the latest board. */
function useLiveBoard(id: string | undefined): { board: LiveBoardJson | undefined; problem: string } {
  const [board, setBoard] = useState<LiveBoardJson | undefined>();
  const [problem, setProblem] = useState("");
  useEffect(() => {
    setBoard(undefined);
    setProblem("");
    if (!id) return;
    const source = new EventSource(liveEventsUrl(id));
    const take = (e: MessageEvent<string>) => {
      setProblem("");
      setBoard(JSON.parse(e.data) as LiveBoardJson);
    };
    source.addEventListener("update", take);
    source.addEventListener("final", (e) => {
      take(e);
      source.close();
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED)
        setProblem("the live read stopped: is `debrief serve` still running?");
    };
    return () => source.close();
  }, [id]);
  return { board, problem };
}

/** Where this tab keeps the live session's id, and the caption lines typed and not added yet. */
export const SESSION_KEY = "debrief:live-session";
export const CHUNK_KEY = "debrief:live-lines";

function remembered(key: string): string | undefined {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(key: string, value: string | undefined): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage refused (a private window): the address still holds the session.
  }
}

const liveHref = (id: string | undefined) => (id ? `/live?session=${encodeURIComponent(id)}` : "/live");

/**
 * Live: a second screen while the interview runs. Follow the caption file the meeting tool writes,
 * or paste caption lines as they come; the board follows over Server-Sent Events, and Finish reads
 * the whole transcript. The session's id stays in the address, so a reload resumes it, and in the tab,
 * so coming back from another page does.
 */
export function LiveView() {
  usePageTitle("Live");
  const [mode, setMode] = useState<Mode>("paste");
  const [path, setPath] = useState("");
  const [me, setMe] = useState("");
  // The session's id is in the address (?session=…): a reload, or the page opened again, follows it on.
  // This tab remembers it too, so that Live reached again from another page follows the same session.
  const [id, setIdState] = useState<string | undefined>(() => {
    const known = new URLSearchParams(location.search).get("session") ?? remembered(SESSION_KEY);
    if (known) history.replaceState(history.state, "", liveHref(known));
    return known;
  });
  const setId = (next: string | undefined) => {
    setIdState(next);
    remember(SESSION_KEY, next);
    history.replaceState(history.state, "", liveHref(next));
  };
  // Lines typed and not added yet: kept across pages and a reload, and leaving the tab asks first.
  const [chunk, setChunkState] = useState(() => remembered(CHUNK_KEY) ?? "");
  const setChunk = (next: string) => {
    setChunkState(next);
    remember(CHUNK_KEY, next.trim() === "" ? undefined : next);
  };
  useEffect(() => {
    if (chunk.trim() === "") return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [chunk]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const [final, setFinal] = useState<LiveFinishJson | undefined>();
  const [invite, setInvite] = useState<UploadJson | undefined>();
  const [application, setApplication] = useState("");
  const [saved, setSaved] = useState<SaveResult | undefined>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState("");
  const { board, problem: streamProblem } = useLiveBoard(id);
  const folders = useApi((signal) => liveCaptionFolders(signal), []).data?.captionFolders ?? [];
  const pasteBox = useRef<HTMLTextAreaElement>(null);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem("");
    try {
      await work();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const start = (e: Event) => {
    e.preventDefault();
    void act(async () => {
      const body = {
        ...(me.trim() ? { me: me.trim() } : {}),
        ...(mode === "file" ? { path: path.trim() } : {}),
        ...(invite ? { invite } : {}),
      };
      setFinal(undefined);
      setSaved(undefined);
      setId((await startLive(body)).id);
      if (mode === "paste") setTimeout(() => pasteBox.current?.focus(), 0);
    });
  };

  const send = (e: Event) => {
    e.preventDefault();
    if (!id || chunk.trim() === "") return;
    // Each pasted piece ends a line: a line is read once its line break has come.
    const text = chunk.endsWith("\n") ? chunk : `${chunk}\n`;
    void act(async () => {
      await postLiveText(id, text);
      setChunk("");
    });
  };

  const finish = () => {
    if (!id) return;
    void act(async () => setFinal(await finishLive(id)));
  };

  const pickInvite = (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) {
      setInvite(undefined);
      return;
    }
    void act(async () => setInvite({ name: file.name, text: await file.text() }));
  };

  const save = async () => {
    if (!id) return;
    setSaving(true);
    setSaveError("");
    try {
      setSaved(await saveLive(id, application.trim() ? { application: application.trim() } : {}));
    } catch (e) {
      setSaveError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  const isFollowing = id !== undefined && !final;
  return (
    <>
      <h1>Live</h1>
      <p class="hint">
        A second screen while the interview runs: the read so far, and the signals as they are heard. Nothing
        is stored unless you save it at the end.
      </p>
      {id === undefined ? (
        <form class="live-start card" onSubmit={start}>
          <fieldset>
            <legend>Where the transcript comes from</legend>
            <label>
              <input
                type="radio"
                name="live-mode"
                value="paste"
                checked={mode === "paste"}
                onChange={() => setMode("paste")}
              />{" "}
              I'll paste caption lines as they come
            </label>
            <label>
              <input
                type="radio"
                name="live-mode"
                value="file"
                checked={mode === "file"}
                onChange={() => setMode("file")}
              />{" "}
              Follow a caption file on this computer
            </label>
          </fieldset>
          {mode === "file" && folders.length === 0 ? (
            <p class="hint" id="live-path-hint">
              For your privacy this server follows no files yet. Start it with the folder your meeting tool
              writes captions to, for example <code>debrief serve --captions ~/Documents/Zoom</code>, or paste
              the lines instead.
            </p>
          ) : null}
          {mode === "file" && folders.length > 0 ? (
            <>
              <label for="live-path">Caption file path</label>
              <input
                id="live-path"
                type="text"
                value={path}
                required
                placeholder={`${folders[0]}/interview.vtt`}
                aria-describedby="live-path-hint"
                onInput={(e) => setPath(e.currentTarget.value)}
              />
              <p class="hint" id="live-path-hint">
                The .vtt, .srt or text file the meeting tool keeps writing, in{" "}
                {folders.length === 1 ? "this folder" : "one of these folders"}: {folders.join(", ")}. A name
                alone is taken from {folders.length === 1 ? "it" : "the first"}.
              </p>
            </>
          ) : null}
          <label for="live-me">Your name (as the transcript writes it, optional)</label>
          <input id="live-me" type="text" value={me} onInput={(e) => setMe(e.currentTarget.value)} />
          <label for="live-invite">Calendar invite (.ics, optional)</label>
          <input
            id="live-invite"
            type="file"
            accept=".ics,text/calendar"
            aria-describedby="live-invite-hint"
            onChange={pickInvite}
          />
          <p class="hint" id="live-invite-hint">
            The slot it was booked for: the board then shows the time against it, and running long or short
            counts.
          </p>
          <button type="submit" disabled={busy}>
            Start the live read
          </button>
        </form>
      ) : null}
      {isFollowing && mode === "paste" ? (
        <form class="live-paste card" onSubmit={send}>
          <label for="live-chunk">Caption lines</label>
          <textarea
            id="live-chunk"
            ref={pasteBox}
            rows={5}
            value={chunk}
            aria-describedby="live-chunk-hint"
            onInput={(e) => setChunk(e.currentTarget.value)}
          />
          <p class="hint" id="live-chunk-hint">
            Lines like “Name: what they said”, or captions. The last turn is read once the next one comes, or
            at Finish.
          </p>
          <button type="submit" disabled={busy || chunk.trim() === ""}>
            Add lines
          </button>
        </form>
      ) : null}
      {isFollowing ? (
        <p>
          <button type="button" onClick={finish} disabled={busy}>
            Finish and read the whole interview
          </button>
        </p>
      ) : null}
      {problem || streamProblem ? (
        <p class="error" role="alert">
          {problem || streamProblem}
        </p>
      ) : null}
      {streamProblem && !final ? (
        <p>
          <button type="button" onClick={() => setId(undefined)}>
            Start a new live read
          </button>
        </p>
      ) : null}
      {id !== undefined && !board && !problem ? <p class="status">Connecting…</p> : null}
      {final ? <Board board={final.board} /> : board ? <Board board={board} /> : null}
      {final ? (
        <section class="live-final" aria-labelledby="live-final-title">
          <h2 id="live-final-title">The whole interview</h2>
          <ReadPanel read={final.final} />
          <SaveBox
            id="live"
            heading="h3"
            hint={`Nothing is stored until you save: then the transcript${invite ? " and the invite join" : " joins"} the workspace as a round of an application.`}
            applicationLabel="Application (company), if the transcript doesn't name it"
            application={application}
            onApplication={setApplication}
            onSave={save}
            saving={saving}
            error={saveError}
            saved={saved}
          />
          <p>
            <button
              type="button"
              onClick={() => {
                setId(undefined);
                setFinal(undefined);
                setSaved(undefined);
                setSaveError("");
                setInvite(undefined);
                setChunk("");
              }}
            >
              Start another live read
            </button>
          </p>
        </section>
      ) : null}
    </>
  );
}
