import { useEffect, useRef, useState } from "preact/hooks";
import { FIRST_BATCH, NEXT_BATCH } from "./batches.js";

/**
 * How much of each of a view's long lists (by key) is drawn: the first batch, then a batch more on
 * asking, focus going to the first item the new batch drew (found by `focusSelector` of its id).
 */
export function useBatches<K extends string>(focusSelector: (id: number) => string) {
  const [shown, setShown] = useState<Partial<Record<K, number>>>({});
  const focusId = useRef<number | undefined>(undefined);
  const selector = useRef(focusSelector);
  selector.current = focusSelector;
  useEffect(() => {
    if (focusId.current === undefined) return;
    document.querySelector<HTMLElement>(selector.current(focusId.current))?.focus();
    focusId.current = undefined;
  }, [shown]);
  return {
    /** How many of list `key` to draw; at least up to index `keep` (an item that must be seen). */
    limit: (key: K, keep = -1): number => Math.max(shown[key] ?? FIRST_BATCH, keep + 1),
    /** Draws a batch more of list `key` (drawn up to `limit` now), then focuses item `nextId`. */
    more: (key: K, limit: number, nextId: number | undefined): void => {
      focusId.current = nextId;
      setShown((old) => ({ ...old, [key]: limit + NEXT_BATCH }));
    },
  };
}
