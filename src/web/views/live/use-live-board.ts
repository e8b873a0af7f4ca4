import { useEffect, useState } from "preact/hooks";
import { liveEventsUrl } from "../../api.js";
import type { LiveBoardJson } from "../../api-types.js";

/** What Live says when its session is gone: what happened and what to do, in the candidate's words. */
export const SESSION_ENDED =
  "This live read has ended: Debrief was restarted, or the read was left untouched for a long while, and what it heard was not kept. Start a new live read; lines you typed and had not added are still here.";

/** While Debrief does not answer, the page keeps trying by itself. */
export const RECONNECTING = "Lost touch with Debrief: trying again… (if you closed it, start it again).";

export interface LiveBoardState {
  board: LiveBoardJson | undefined;
  /** The session is gone from the server: nothing more will come. */
  ended: boolean;
  /** The connection dropped and the browser is trying again. */
  reconnecting: boolean;
}

/** Listens to a live session's events while `id` is set: the latest board, and whether it is still there. */
export function useLiveBoard(id: string | undefined): LiveBoardState {
  const [board, setBoard] = useState<LiveBoardJson | undefined>();
  const [ended, setEnded] = useState(false);
  const [reconnecting, setReconnecting] = useState(false);
  useEffect(() => {
    setBoard(undefined);
    setEnded(false);
    setReconnecting(false);
    if (!id) return;
    const source = new EventSource(liveEventsUrl(id));
    const take = (e: MessageEvent<string>) => {
      setReconnecting(false);
      setBoard(JSON.parse(e.data) as LiveBoardJson);
    };
    source.addEventListener("update", take);
    source.addEventListener("final", (e) => {
      take(e);
      source.close();
    });
    source.onopen = () => setReconnecting(false);
    source.onerror = () => {
      // Closed: the server refused the session (it no longer has it). Connecting: it will try again.
      if (source.readyState === EventSource.CLOSED) setEnded(true);
      else setReconnecting(true);
    };
    return () => source.close();
  }, [id]);
  return { board, ended, reconnecting };
}
