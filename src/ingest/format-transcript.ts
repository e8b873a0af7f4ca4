import type { Utterance } from "../core/read/documents.js";
import { formatTime } from "../core/time/format-time.js";
import type { TranscriptFormat } from "./parse-transcript.js";

/** WebVTT times: `hh:mm:ss.mmm`. */
function vttTime(seconds: number): string {
  const ms = Math.round((seconds - Math.floor(seconds)) * 1000);
  return `${formatTime(seconds)}.${String(Math.min(ms, 999)).padStart(3, "0")}`;
}

/** Cue text that reads back as written: markup characters as entities, no arrow a timing line could be. */
function cueText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Writes utterances back out as a transcript that `parseTranscript` reads to the same speakers, texts
 * and times: WebVTT with `<v Name>` voices when every utterance has a time, else `Name: text` lines
 * (with a `[hh:mm:ss]` stamp where there is a time). For a transcript put together from several
 * reads of a file (one that was replaced while it was followed), to be analysed and stored whole.
 */
export function formatTranscript(utterances: readonly Utterance[]): {
  text: string;
  format: TranscriptFormat;
} {
  if (utterances.length > 0 && utterances.every((u) => u.start !== undefined)) {
    const cues = utterances.map((u) => {
      const start = u.start ?? 0;
      const end = Math.max(start, u.end ?? start);
      const voice = u.speaker === undefined ? "" : `<v ${u.speaker.replace(/[<>]/g, "")}>`;
      return `${vttTime(start)} --> ${vttTime(end)}\n${voice}${cueText(u.text)}`;
    });
    return { text: `WEBVTT\n\n${cues.join("\n\n")}\n`, format: "vtt" };
  }
  const lines = utterances.map((u) => {
    const stamp = u.start === undefined ? "" : `[${formatTime(u.start)}] `;
    return `${stamp}${u.speaker === undefined ? "" : `${u.speaker}: `}${u.text}`;
  });
  return { text: `${lines.join("\n")}\n`, format: "text" };
}
