import type { Problem } from "./parse-result.js";

/** The most warnings one file reports; a file broken throughout says so once, not 20,000 times. */
export const MAX_WARNINGS = 20;

/** Keeps the first `max` warnings and adds one that says how many more were left out. */
export function limitWarnings(warnings: Problem[], max = MAX_WARNINGS): Problem[] {
  const first = warnings[0];
  if (warnings.length <= max || first === undefined) return warnings;
  const rest = warnings.length - max;
  return [
    ...warnings.slice(0, max),
    { source: first.source, message: `${rest} more warning${rest === 1 ? "" : "s"} like these left out` },
  ];
}
