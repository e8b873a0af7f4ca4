/**
 * Bounds on work done, not on the clock. A test may not assert milliseconds: on a busy two-core machine
 * a linear call that takes 5 ms can take 400, and a test that failed then would fail for nothing. So a
 * call's cost is counted in units of a reference pass over the same input, timed in the same moment: a
 * loaded machine slows both alike, and the ratio says how much work the call did. Linear work on the
 * input is a few to a few hundred units; a pattern that backtracks quadratically on 100 KB is tens of
 * thousands.
 */

/** A unit is never taken as less than this, whatever the text (an empty one included). */
const MIN_UNIT_MS = 0.001;

/** One reference pass: reading every character, splitting on spaces, lower-casing; all linear. */
function referencePass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum + text.split(/\s+/).length + text.toLowerCase().length;
}

/** The passes' results, kept where the optimiser cannot drop them. */
export let sink = 0;

/**
 * How long a reference pass over `text` takes now: the best of five, so one pause does not shrink it. A
 * short text is passed over many times at once and the time divided, to be above the timer's noise.
 */
export function referenceMs(text: string): number {
  const times = Math.max(1, Math.ceil(50_000 / Math.max(1, text.length)));
  const long = times > 1 ? text.repeat(times) : text;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    sink ^= referencePass(long);
    best = Math.min(best, (performance.now() - started) / times);
  }
  return Math.max(best, MIN_UNIT_MS);
}

/** Runs `f` and returns its cost in reference passes over `text`, timed around it. */
export function workUnits(text: string, f: () => unknown): number {
  const unit = referenceMs(text);
  const started = performance.now();
  f();
  return (performance.now() - started) / unit;
}

/** The same for an asynchronous `f`. */
export async function workUnitsAsync(text: string, f: () => Promise<unknown>): Promise<number> {
  const unit = referenceMs(text);
  const started = performance.now();
  await f();
  return (performance.now() - started) / unit;
}
