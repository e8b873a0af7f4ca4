import { decodeEntities } from "./decode-entities.js";

/**
 * Markup tags: `<i>`, `</b>`, `<c.yellow>`, `<00:00:01.000>`, `<font color="red">`. The body cannot
 * hold `<` or `>`, so each match stops at the next angle bracket and the scan is linear.
 */
export const CUE_TAG = /<([^<>]*)>/g;
/** SubRip/ASS override codes such as `{\an8}`, linear for the same reason. */
const ASS_OVERRIDE = /\{\\[^{}]*\}/g;

/** Removes markup tags (and `{\an8}`-style codes) from cue text, keeping the words between them. */
export function stripCueTags(text: string): string {
  return text.replace(CUE_TAG, "").replace(ASS_OVERRIDE, "");
}

/** Cue text as plain words: tags stripped, entities decoded, runs of whitespace made one space. */
export function cleanCueText(text: string): string {
  return collapseSpace(decodeEntities(stripCueTags(text)));
}

/** Turns every run of whitespace (newlines and no-break spaces too) into one space, and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
