/**
 * A 90-minute, two-speaker WebVTT transcript for the start-up bench, made from the example interviews'
 * transcripts (examples/, written for the purpose): their turns end to end until about 13,500 words,
 * the interviewer's side named Alex Interviewer and the candidate's Sam Candidate, timestamps stretched
 * over 90 minutes. No corpus needed: it runs on a clean clone.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseTranscript } from "../src/ingest/parse-transcript.js";

const EXAMPLES = join(import.meta.dirname, "..", "examples");
const WORDS = 13_500;

const stamp = (seconds: number) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${s.toFixed(3).padStart(6, "0")}`;
};

export async function ninetyMinuteVtt(): Promise<string> {
  const turns: { isCandidate: boolean; text: string }[] = [];
  for (const name of (await readdir(EXAMPLES, { withFileTypes: true })).filter((d) => d.isDirectory())) {
    const text = await readFile(join(EXAMPLES, name.name, "transcript.vtt"), "utf8");
    const parsed = parseTranscript(text, "transcript.vtt");
    if (!parsed.ok) continue;
    // The candidate is the speaker of the example's last line ("Thank you…"): every example ends so.
    const candidate = parsed.value.utterances.at(-1)?.speaker;
    for (const u of parsed.value.utterances)
      turns.push({ isCandidate: u.speaker === candidate, text: u.text });
  }
  if (turns.length === 0) throw new Error("no example transcripts to build the 90-minute one from");
  const out: { isCandidate: boolean; text: string }[] = [];
  for (let words = 0, i = 0; words < WORDS; i++) {
    const turn = turns[i % turns.length] as (typeof turns)[number];
    out.push(turn);
    words += turn.text.split(/\s+/).length;
  }
  const step = (90 * 60) / out.length;
  const cues = out.map(
    (t, i) =>
      `${stamp(i * step)} --> ${stamp(i * step + step * 0.9)}\n${t.isCandidate ? "Sam Candidate" : "Alex Interviewer"}: ${t.text}`,
  );
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}
