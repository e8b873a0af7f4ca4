/**
 * The inputs of the reading figures, shared by `npm run bench`, `scripts/bench-ab.ts` and
 * `scripts/profile-reading.ts` so the three measure the same thing: the corpus transcripts, the
 * 90-minute transcript made of their turns, and short notes of six turns each.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { TranscriptDoc, Utterance } from "../src/core/read/documents.js";
import type { parseTranscript } from "../src/ingest/parse-transcript.js";
import { SHARED } from "./read-reviews.js";

/** The transcripts of ../shared/corpus, parsed by `parse` (a checkout's own, for bench-ab). */
export async function corpusTranscripts(parse: typeof parseTranscript): Promise<TranscriptDoc[]> {
  const dir = join(SHARED, "corpus", "cases");
  const out: TranscriptDoc[] = [];
  for (const name of (await readdir(dir)).sort())
    for (const f of await readdir(join(dir, name))) {
      if (!f.startsWith("transcript.")) continue;
      const parsed = parse(await readFile(join(dir, name, f), "utf8"), f);
      if (parsed.ok) out.push(parsed.value);
    }
  return out;
}

/** Two speakers, 90 minutes: corpus turns end to end up to 13,500 words, one interviewer and one candidate. */
export function ninetyMinutes(sources: TranscriptDoc[]): TranscriptDoc {
  const utterances: Utterance[] = [];
  let words = 0;
  fill: for (let pass = 0; pass <= 50; pass++)
    for (const doc of sources) {
      const speakers = [...new Set(doc.utterances.map((u) => u.speaker))];
      for (const u of doc.utterances) {
        const speaker = u.speaker === speakers[0] ? "Alex Interviewer" : "Sam Candidate";
        utterances.push({ speaker, text: u.text, line: utterances.length + 1 });
        words += u.text.split(/\s+/).length;
        if (words >= 13_500) break fill;
      }
    }
  const step = (90 * 60) / Math.max(1, utterances.length);
  utterances.forEach((u, i) => {
    u.start = i * step;
    u.end = i * step + step * 0.9;
  });
  return { kind: "transcript", source: "transcript-90min.vtt", format: "vtt", utterances };
}

/** Short notes: each transcript's turns six at a time, joined. */
export function shortNotes(transcripts: TranscriptDoc[]): string[] {
  const notes: string[] = [];
  for (const doc of transcripts)
    for (let i = 0; i + 6 <= doc.utterances.length; i += 6)
      notes.push(
        doc.utterances
          .slice(i, i + 6)
          .map((u) => u.text)
          .join(" "),
      );
  return notes;
}
