import { useEffect, useMemo, useState } from "preact/hooks";
import { readSettings } from "./api.js";
import type { Clock } from "./dates.js";

/** The zone, and how far the server's clock is from the browser's. */
let loaded: Promise<{ timeZone: string | undefined; offset: number }> | undefined;

/**
 * The candidate's zone and the server's now (what overdue is counted from), asked for once a page load;
 * the browser's zone and clock until the answer comes, or if it never does.
 */
export function useClock(): Clock {
  const [setting, setSetting] = useState<{ timeZone: string | undefined; offset: number }>({
    timeZone: undefined,
    offset: 0,
  });
  useEffect(() => {
    loaded ??= readSettings().then(
      (s) => ({ timeZone: s.timeZone ?? undefined, offset: (Date.parse(s.now) || Date.now()) - Date.now() }),
      () => {
        loaded = undefined;
        return { timeZone: undefined, offset: 0 };
      },
    );
    let live = true;
    void loaded.then((c) => {
      if (live) setSetting(c);
    });
    return () => {
      live = false;
    };
  }, []);
  // The same object until the answer comes or the minute turns, so what it is passed to (the Pipeline's
  // cards are memo) is not drawn again on every render.
  const minute = Math.floor(Date.now() / 60_000);
  return useMemo(() => ({ timeZone: setting.timeZone, now: Date.now() + setting.offset }), [setting, minute]);
}
