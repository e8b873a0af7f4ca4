/**
 * A long transcript folded around its evidence: the turns that hold a quote, with a turn or two either
 * side, and the opening, are shown; each run of other turns is one fold the reader can open. Short
 * transcripts, and runs too short to be worth a fold, are shown whole.
 */
export type TurnRun =
  | { kind: "shown"; from: number; to: number }
  | { kind: "folded"; from: number; to: number };

/** Transcripts of up to this many turns are shown whole. */
export const FOLD_OVER_TURNS = 60;
/** Turns shown either side of a quote's turn. */
export const CONTEXT_TURNS = 1;
/** Turns shown at the start: who is who, and how it opened. */
export const OPENING_TURNS = 3;
/** A fold hides at least this many turns; a shorter run is shown. */
const MIN_FOLD = 3;

/**
 * The runs (half-open `from`..`to`, in turn order) of a transcript of `count` turns with quotes in
 * the turns `withEvidence`; `opened` holds the `from` of every fold the reader opened.
 */
export function foldTurns(
  count: number,
  withEvidence: ReadonlySet<number>,
  opened: ReadonlySet<number> = new Set(),
): TurnRun[] {
  if (count <= FOLD_OVER_TURNS) return count > 0 ? [{ kind: "shown", from: 0, to: count }] : [];
  const keep = new Array<boolean>(count).fill(false);
  for (let i = 0; i < Math.min(OPENING_TURNS, count); i++) keep[i] = true;
  for (const i of withEvidence)
    for (let j = Math.max(0, i - CONTEXT_TURNS); j <= Math.min(count - 1, i + CONTEXT_TURNS); j++)
      keep[j] = true;
  const runs: TurnRun[] = [];
  let i = 0;
  while (i < count) {
    const shown = keep[i] === true;
    let j = i;
    while (j < count && (keep[j] === true) === shown) j++;
    const kind = shown || j - i < MIN_FOLD || opened.has(i) ? "shown" : "folded";
    const last = runs.at(-1);
    if (last && last.kind === "shown" && kind === "shown") last.to = j;
    else runs.push({ kind, from: i, to: j });
    i = j;
  }
  return runs;
}
