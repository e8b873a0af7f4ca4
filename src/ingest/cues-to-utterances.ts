import type { Utterance } from "../core/read/documents.js";
import type { RawCue } from "./read-cues.js";
import { splitCueVoices, type VoiceSegment } from "./split-cue-voices.js";
import { splitSpeakerPrefix } from "./split-speaker-prefix.js";

/** Broadcast and YouTube captions mark a change of speaker with ">>", often before "NAME:". */
const SPEAKER_CHANGE = /(?:^|\s)>>(?=\s|$)/;

/**
 * A file's "Name: text" starts are speaker labels when they are a habit of the file: in at least
 * this share of its cues (Zoom labels every cue). Below it, a lone "Source: …" credit line in a
 * film's subtitles is a label, not a person. Files shorter than `FEW_CUES` are trusted as they are.
 */
const LABELLED_SHARE = 0.1;
const FEW_CUES = 10;

export interface CueReading {
  /** Whether "Name: text" starts name the speaker (the whole file decides; see `labelsAreHabit`). */
  readPrefixes?: boolean;
}

/**
 * Turns timed cues into utterances, one per cue (or one per voice where a cue has several `<v>`
 * tags, or one per ">>" speaker change). Without a voice tag, a "Name: text" start names the speaker
 * (Zoom writes cues that way; captions write ">> NAME: text"). Consecutive cues by the same speaker
 * stay separate utterances. Cues without words are dropped.
 */
export function cuesToUtterances(cues: readonly RawCue[], reading: CueReading = {}): Utterance[] {
  return utterancesOf(
    cues,
    cues.map((cue) => splitCueVoices(cue.lines)),
    reading.readPrefixes ?? true,
  );
}

/**
 * Reads a whole file's cues: like `cuesToUtterances`, with "Name: text" starts read as speakers only
 * when the file labels its cues that way as a habit (">>"-marked and `<v>` speakers always count).
 * Each cue's voices are split once, for both.
 */
export function fileCuesToUtterances(cues: readonly RawCue[]): Utterance[] {
  const voices = cues.map((cue) => splitCueVoices(cue.lines));
  return utterancesOf(cues, voices, labelsAreHabit(voices));
}

/** The utterances of cues whose voices are split (`voices[i]` is the split of `cues[i]`). */
function utterancesOf(
  cues: readonly RawCue[],
  voices: readonly VoiceSegment[][],
  readPrefixes: boolean,
): Utterance[] {
  const utterances: Utterance[] = [];
  for (const [i, cue] of cues.entries()) {
    for (const segment of voices[i] ?? []) {
      for (const turn of splitSpeakerChanges(segment.speaker, segment.text, readPrefixes)) {
        const base = { text: turn.text, start: cue.start, end: cue.end, line: segment.line };
        utterances.push(turn.speaker === undefined ? base : { speaker: turn.speaker, ...base });
      }
    }
  }
  return utterances;
}

/** Whether enough cues open with a "Name: text" label (counted only as far as the answer is known). */
function labelsAreHabit(voices: readonly VoiceSegment[][]): boolean {
  if (voices.length < FEW_CUES) return true;
  const enough = Math.max(2, voices.length * LABELLED_SHARE);
  let labelled = 0;
  for (const segments of voices) {
    const first = segments[0];
    if (first === undefined || first.speaker !== undefined) continue;
    const prefix = splitSpeakerPrefix(first.text);
    if (prefix !== undefined && prefix.text !== "" && ++labelled >= enough) return true;
  }
  return false;
}

/** One voice's text cut at ">>" speaker changes, each piece with its "NAME:" read where it has one. */
function splitSpeakerChanges(
  speaker: string | undefined,
  text: string,
  readPrefixes: boolean,
): { speaker?: string; text: string }[] {
  if (speaker !== undefined) return [{ speaker, text }];
  if (!SPEAKER_CHANGE.test(text)) return [withPrefix(text, readPrefixes)];
  const turns: { speaker?: string; text: string }[] = [];
  for (const piece of text.split(SPEAKER_CHANGE)) {
    const trimmed = piece.trim();
    if (trimmed !== "") turns.push(withPrefix(trimmed, true));
  }
  return turns;
}

function withPrefix(text: string, readPrefixes: boolean): { speaker?: string; text: string } {
  if (!readPrefixes) return { text };
  const prefix = splitSpeakerPrefix(text);
  return prefix === undefined || prefix.text === "" ? { text } : prefix;
}
