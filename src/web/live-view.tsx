import { useRef, useState } from "preact/hooks";
import { ApiError, finishLive, messageOf, postLiveText, startLive } from "./api.js";
import type { LiveBoardJson, LiveFinishJson, UploadJson } from "./api-types.js";
import { usePageTitle } from "./page-title.js";
import { Board } from "./views/live/board.js";
import { LiveFinal } from "./views/live/live-final.js";
import { LivePasteForm } from "./views/live/paste-form.js";
import { useLiveSessionId, useUnsentLines } from "./views/live/remembered.js";
import { type LiveMode, type LiveStart, LiveStartForm } from "./views/live/start-form.js";
import { RECONNECTING, SESSION_ENDED, useLiveBoard } from "./views/live/use-live-board.js";

/**
 * One request at a time from the Live page: busy while it runs, and what went wrong in the candidate's
 * words; a session the server no longer has is said as such.
 */
function useLiveRequests() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const [gone, setGone] = useState(false);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem("");
    setGone(false);
    try {
      await work();
    } catch (e) {
      const isGone = e instanceof ApiError && e.code === "no-such-session";
      setGone(isGone);
      setProblem(isGone ? SESSION_ENDED : messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const clear = () => {
    setProblem("");
    setGone(false);
  };
  return { busy, problem, gone, act, clear };
}

/**
 * A live read's life on the page: started (with the invite picked before), finished, and put aside for
 * another; its id in the address and the tab, every request through `useLiveRequests`.
 */
function useLiveSession(mode: LiveMode, focusPasteBox: () => void) {
  const [id, setId] = useLiveSessionId();
  const [final, setFinal] = useState<LiveFinishJson | undefined>();
  const [invite, setInvite] = useState<UploadJson | undefined>();
  const requests = useLiveRequests();
  const { act } = requests;
  const start = (body: LiveStart) =>
    void act(async () => {
      setFinal(undefined);
      setId((await startLive({ ...body, ...(invite ? { invite } : {}) })).id);
      if (mode === "paste") setTimeout(focusPasteBox, 0);
    });
  const finish = () => {
    if (id) void act(async () => setFinal(await finishLive(id)));
  };
  const pickInvite = (file: File | undefined) => {
    if (file) void act(async () => setInvite({ name: file.name, text: await file.text() }));
    else setInvite(undefined);
  };
  /** Back to the start form: after a finished read, or when the server no longer has this one. */
  const leave = () => {
    requests.clear();
    setId(undefined);
    setFinal(undefined);
    setInvite(undefined);
  };
  return { id, final, invite, requests, start, finish, pickInvite, leave };
}

/** The caption lines typed while a pasted read runs, kept until Add lines has sent them. */
function useLiveLines(id: string | undefined, act: (work: () => Promise<void>) => Promise<void>) {
  const [chunk, setChunk] = useUnsentLines();
  const send = () => {
    if (!id || chunk.trim() === "") return;
    // Each pasted piece ends a line: a line is read once its line break has come.
    const text = chunk.endsWith("\n") ? chunk : `${chunk}\n`;
    void act(async () => {
      await postLiveText(id, text);
      setChunk("");
    });
  };
  return { chunk, setChunk, send };
}

/** Finish; then what went wrong, a reconnect under way, or the way out of a session that has ended. */
function LiveStatus({
  canFinish,
  onFinish,
  busy,
  problem,
  reconnecting,
  ended,
  connecting,
  onStartAgain,
}: {
  canFinish: boolean;
  onFinish: () => void;
  busy: boolean;
  problem: string;
  reconnecting: boolean;
  ended: boolean;
  connecting: boolean;
  onStartAgain: () => void;
}) {
  return (
    <>
      {canFinish ? (
        <p>
          <button type="button" onClick={onFinish} disabled={busy}>
            Finish and read the whole interview
          </button>
        </p>
      ) : null}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      {reconnecting && !ended ? (
        <p class="status" role="status">
          {RECONNECTING}
        </p>
      ) : null}
      {ended ? (
        <p>
          <button type="button" onClick={onStartAgain}>
            Start a new live read
          </button>
        </p>
      ) : null}
      {connecting && !problem && !reconnecting ? <p class="status">Connecting…</p> : null}
    </>
  );
}

/** The board as it is heard; once finished, its last state and the whole interview's read to save. */
function LiveBoards({
  id,
  final,
  board,
  hasInvite,
  onAnother,
}: {
  id: string | undefined;
  final: LiveFinishJson | undefined;
  board: LiveBoardJson | undefined;
  hasInvite: boolean;
  onAnother: () => void;
}) {
  if (final && id) {
    return (
      <>
        <Board board={final.board} />
        <LiveFinal id={id} final={final} hasInvite={hasInvite} onAnother={onAnother} />
      </>
    );
  }
  return board ? <Board board={board} /> : null;
}

/**
 * Live: a second screen while the interview runs. Follow the caption file the meeting tool writes,
 * or paste caption lines as they come; the board follows over Server-Sent Events, and Finish reads
 * the whole transcript. The session's id stays in the address, so a reload resumes it, and in the tab,
 * so coming back from another page does.
 */
export function LiveView() {
  usePageTitle("Live");
  const [mode, setMode] = useState<LiveMode>("paste");
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const live = useLiveSession(mode, () => pasteBox.current?.focus());
  const { id, final, requests } = live;
  const lines = useLiveLines(id, requests.act);
  const stream = useLiveBoard(id);

  const isFollowing = id !== undefined && !final;
  const ended = (stream.ended || requests.gone) && !final;
  const problem = requests.problem || (stream.ended ? SESSION_ENDED : "");
  return (
    <>
      <h1>Live</h1>
      <p class="hint">
        A second screen while the interview runs: the read so far, and the signals as they are heard. Nothing
        is stored unless you save it at the end.
      </p>
      {id === undefined ? (
        <LiveStartForm
          mode={mode}
          onMode={setMode}
          busy={requests.busy}
          onInvite={live.pickInvite}
          onStart={live.start}
        />
      ) : null}
      {isFollowing && mode === "paste" ? (
        <LivePasteForm lines={lines} busy={requests.busy} box={pasteBox} />
      ) : null}
      <LiveStatus
        canFinish={isFollowing && !ended}
        onFinish={live.finish}
        busy={requests.busy}
        problem={problem}
        reconnecting={stream.reconnecting}
        ended={ended}
        connecting={id !== undefined && !stream.board}
        onStartAgain={live.leave}
      />
      <LiveBoards
        id={id}
        final={final}
        board={stream.board}
        hasInvite={live.invite !== undefined}
        onAnother={() => {
          live.leave();
          lines.setChunk("");
        }}
      />
    </>
  );
}
