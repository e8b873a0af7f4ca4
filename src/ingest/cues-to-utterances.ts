import type { Utterance } from "../core/documents.js";
import type { RawCue } from "./read-cues.js";
import { splitCueVoices } from "./split-cue-voices.js";
import { splitSpeakerPrefix } from "./split-speaker-prefix.js";

/**
 * Turns timed cues into utterances, one per cue (or one per voice where a cue has several `<v>`
 * tags). Without a voice tag, a "Name: text" start names the speaker (Zoom writes cues that way).
 * Consecutive cues by the same speaker stay separate utterances. Cues without words are dropped.
 */
export function cuesToUtterances(cues: readonly RawCue[]): Utterance[] {
  const utterances: Utterance[] = [];
  for (const cue of cues) {
    for (const segment of splitCueVoices(cue.lines)) {
      let { speaker, text } = segment;
      if (speaker === undefined) {
        const prefix = splitSpeakerPrefix(text);
        if (prefix !== undefined && prefix.text !== "") ({ speaker, text } = prefix);
      }
      const base = { text, start: cue.start, end: cue.end, line: segment.line };
      utterances.push(speaker === undefined ? base : { speaker, ...base });
    }
  }
  return utterances;
}
