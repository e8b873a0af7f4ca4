import { useEffect, useRef, useState } from "preact/hooks";
import { FIRST_BATCH, NEXT_BATCH } from "./batches.js";

/**
 * How much of each of a view's long lists (by key) is shown: the first batch, then a batch more on
 * asking, focus going to the first item the new batch drew (found by `focusSelector` of its id).
 *
 * The rest of each list is drawn too, once the first batch is on screen, REST_CHUNK items each time
 * the page is idle (so that it answers in between), as light cards (their words, not their buttons) in
 * items marked `hidden="until-found"`: not laid out nor painted, out of the tab order and the
 * accessibility tree, but the browser's find (Ctrl+F) and links to their text reach them; it unhides
 * the item it found and fires `beforematch`, which `findable` takes so that the list shows everything
 * up to that item. `ready`: the lists are there (a view that draws them only once its data came says so).
 */
export function useBatches<K extends string>(focusSelector: (id: number) => string, ready = true) {
  const [shown, setShown] = useState<Partial<Record<K, number>>>({});
  const rest = useRestAfterPaint(ready);
  const focusId = useRef<number | undefined>(undefined);
  const foundItem = useRef<HTMLElement | undefined>(undefined);
  const selector = useRef(focusSelector);
  selector.current = focusSelector;
  useEffect(() => {
    if (focusId.current === undefined) return;
    document.querySelector<HTMLElement>(selector.current(focusId.current))?.focus();
    focusId.current = undefined;
  }, [shown]);
  useEffect(() => {
    // The browser scrolled to what it found while the cards above were laid out at their estimated
    // size (content-visibility): once they have their own, the item is brought into view again.
    const item = foundItem.current;
    if (!item) return;
    foundItem.current = undefined;
    const frame = requestAnimationFrame(() => item.scrollIntoView({ block: "center" }));
    return () => cancelAnimationFrame(frame);
  }, [shown]);
  const limit = (key: K, keep = -1): number => Math.max(shown[key] ?? FIRST_BATCH, keep + 1);
  return {
    /** How many of list `key` to show; at least up to index `keep` (an item that must be seen). */
    limit,
    /** How many of a list of `length` to draw, shown or hidden until found: `limit` at first, then all. */
    drawn: rest.drawn,
    /** Shows a batch more of list `key` (shown up to `limit` now), then focuses item `nextId`. */
    more: (key: K, limit: number, nextId: number | undefined): void => {
      focusId.current = nextId;
      setShown((old) => ({ ...old, [key]: limit + NEXT_BATCH }));
    },
    /**
     * The props of list `key`'s element that take the browser's `beforematch` (preact listens for the
     * lower-case `on…` name as written): the list is shown up to the item found (the `<li>` with
     * `data-index`), as if its batches had been asked for; focus stays where find leaves it.
     */
    findable: (key: K) => ({
      onbeforematch: (e: Event): void => {
        const item = (e.target as HTMLElement | null)?.closest<HTMLElement>("[data-index]");
        const at = Number(item?.getAttribute("data-index"));
        if (!item || !Number.isInteger(at)) return;
        foundItem.current = item;
        setShown((old) => ({ ...old, [key]: Math.max(old[key] ?? FIRST_BATCH, at + 1) }));
      },
    }),
  };
}

/** Hidden items drawn past the shown ones of each list at a time. */
const REST_CHUNK = 12;
/** How long after the first render the hidden ones wait: the page's first moments are for what it shows. */
const REST_AFTER_MS = 400;

/**
 * Runs `work` `after` ms from now, once the page is idle then (its frame painted, input handled), or a
 * little later where it cannot tell.
 */
function whenIdle(work: () => void, after = 0): () => void {
  const canTell = typeof requestIdleCallback === "function";
  let idle: number | undefined;
  const timer = setTimeout(
    () => {
      if (canTell) idle = requestIdleCallback(work, { timeout: 1000 });
      else work();
    },
    canTell ? after : Math.max(after, 50),
  );
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/**
 * How many items past the shown ones to draw: none until `ready` and that render is on screen, then
 * REST_CHUNK more each time the page is idle (the first REST_AFTER_MS after it was ready), until every
 * list is drawn whole.
 */
function useRestAfterPaint(ready: boolean) {
  const [extra, setExtra] = useState(0);
  // The most any list of this render leaves undrawn past its shown items.
  const wanted = useRef(0);
  wanted.current = 0;
  useEffect(() => {
    if (!ready || extra >= wanted.current) return;
    return whenIdle(() => setExtra((e) => e + REST_CHUNK), extra === 0 ? REST_AFTER_MS : 0);
  });
  return {
    drawn: (length: number, limit: number): number => {
      wanted.current = Math.max(wanted.current, length - limit);
      return Math.min(length, limit + extra);
    },
  };
}
