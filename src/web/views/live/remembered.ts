import { useEffect, useState } from "preact/hooks";

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
 * The live session's id: in the address (?session=…), so a reload or the page opened again follows it
 * on, and in this tab, so that Live reached again from another page follows the same session.
 */
export function useLiveSessionId(): [string | undefined, (next: string | undefined) => void] {
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
  return [id, setId];
}

/** Lines typed and not added yet: kept across pages and a reload, and leaving the tab asks first. */
export function useUnsentLines(): [string, (next: string) => void] {
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
  return [chunk, setChunk];
}
