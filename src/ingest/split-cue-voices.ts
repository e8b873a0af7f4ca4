import { CUE_TAG, cleanCueText, collapseSpace } from "./clean-cue-text.js";
import type { CueLine } from "./read-cues.js";

/** A stretch of one cue said by one voice, its text cleaned. */
export interface VoiceSegment {
  /** From a `<v Name>` tag; undefined where the cue has none. */
  speaker?: string;
  text: string;
  /** 1-based line where the segment starts. */
  line: number;
}

/** Letters (any script), marks, spaces, apostrophes and hyphens: what "Last, First" may hold. */
const PLAIN_NAME = /^[\p{L}\p{M}'’ -]+$/u;

/**
 * The name in a voice tag, trimmed and with runs of spaces made one. Microsoft Teams writes
 * `<v Last, First>`; that becomes "First Last" only when the name has exactly one comma, words on
 * both sides, and no punctuation but apostrophes and hyphens ("O'Neil, Mary-Kate" becomes
 * "Mary-Kate O'Neil"). Anything else ("Smith, J. (Guest)", "Smith, John, Jr") is kept as written.
 */
export function normaliseVoiceName(name: string): string {
  const flat = collapseSpace(name);
  const comma = flat.indexOf(",");
  if (comma < 0 || flat.indexOf(",", comma + 1) >= 0) return flat;
  const last = flat.slice(0, comma).trim();
  const first = flat.slice(comma + 1).trim();
  if (last === "" || first === "" || !PLAIN_NAME.test(last) || !PLAIN_NAME.test(first)) return flat;
  return `${first} ${last}`;
}

/** The annotation of a voice start tag (`v Name`, `v.loud Name`), or undefined for other tags. */
function voiceOf(tagBody: string): string | undefined {
  if (tagBody.charAt(0) !== "v") return undefined;
  const after = tagBody.charAt(1);
  if (after !== "" && after !== "." && !/\s/.test(after)) return undefined;
  const space = tagBody.search(/\s/);
  return space < 0 ? "" : normaliseVoiceName(tagBody.slice(space));
}

interface Draft {
  speaker: string | undefined;
  parts: string[];
  line: number;
}

/**
 * Splits a cue's text lines at `<v Name>` voice tags. Lines are joined with a space; a new segment
 * starts only where the voice changes, so a cue with no voice tags is one segment with no speaker.
 * Other tags are stripped and entities decoded; segments left without words are dropped.
 */
export function splitCueVoices(lines: readonly CueLine[]): VoiceSegment[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const { text, line } of lines) {
    let at = 0;
    for (const match of text.matchAll(CUE_TAG)) {
      const voice = voiceOf(match[1] ?? "");
      if (voice === undefined) continue; // other tags go with the text and are stripped later
      const before = text.slice(at, match.index);
      if (before !== "") {
        current ??= pushDraft(drafts, undefined, line);
        current.parts.push(before);
      }
      at = match.index + match[0].length;
      const speaker = voice === "" ? undefined : voice;
      if (current === undefined || current.speaker !== speaker) current = pushDraft(drafts, speaker, line);
    }
    const rest = text.slice(at);
    current ??= pushDraft(drafts, undefined, line);
    current.parts.push(rest, " ");
  }
  const segments: VoiceSegment[] = [];
  for (const draft of drafts) {
    const text = cleanCueText(draft.parts.join(""));
    if (text === "") continue;
    segments.push(
      draft.speaker === undefined
        ? { text, line: draft.line }
        : { speaker: draft.speaker, text, line: draft.line },
    );
  }
  return segments;
}

function pushDraft(drafts: Draft[], speaker: string | undefined, line: number): Draft {
  const draft: Draft = { speaker, parts: [], line };
  drafts.push(draft);
  return draft;
}
