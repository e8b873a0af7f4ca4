import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { detectEmailSignals } from "../src/core/mail/detect-email-signals.js";
import { isThankYouNote } from "../src/core/people/identify-candidate-mail.js";
import type { EmailDoc } from "../src/core/read/documents.js";
import type { SignalId } from "../src/core/signals/signal.js";
import { parseEml } from "../src/ingest/parse-eml.js";
import { parseIcs } from "../src/ingest/parse-ics.js";
import { CASES, caseNames, describeShared } from "./shared.js";

/**
 * The labelled cases with mail: for the five signals read from the shape of a thread, what we detect must agree
 * with the case's expected.json (present or absent), read at the case's own "now".
 */

const OWNED: SignalId[] = ["warm-reply", "curt-reply", "gone-quiet", "scheduling-runaround", "kept-warm"];
const CONVERSATION_FILES = ["notes.md", "notes.txt", "transcript.vtt", "transcript.srt", "transcript.txt"];

interface Expected {
  present: string[];
  now: string;
}

const cases = caseNames().filter((name) => existsSync(join(CASES, name, "emails")));

async function readEmails(dir: string): Promise<EmailDoc[]> {
  const emails: EmailDoc[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()) {
    const parsed = await parseEml(readFileSync(join(dir, file)), `emails/${file}`);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join("; ")}`);
    emails.push(parsed.value);
  }
  return emails;
}

function conversationWords(dir: string): Set<string> {
  const words = new Set<string>();
  for (const file of CONVERSATION_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    for (const w of readFileSync(path, "utf8")
      .toLowerCase()
      .match(/[\p{L}][\p{L}'-]*/gu) ?? [])
      words.add(w);
  }
  return words;
}

function inviteEnd(dir: string): string | undefined {
  const path = join(dir, "invite.ics");
  if (!existsSync(path)) return undefined;
  const parsed = parseIcs(readFileSync(path, "utf8"), "invite.ics");
  return parsed.ok ? parsed.value[0]?.end : undefined;
}

describeShared("email signals agree with the labelled corpus", () => {
  it("has cases with mail", () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)("%s", async (name) => {
    const dir = join(CASES, name);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
    const emails = await readEmails(join(dir, "emails"));
    // The candidate is the sender of the thank-you note.
    const note = [...emails]
      .sort((a, b) => Date.parse(a.date ?? "") - Date.parse(b.date ?? ""))
      .find((d) => isThankYouNote(d));
    const candidate = {
      names: note?.from?.name ? [note.from.name] : [],
      addresses: note?.from?.email ? [note.from.email] : [],
    };
    const end = inviteEnd(dir);
    const found = detectEmailSignals({
      emails,
      candidate,
      now: expected.now,
      conversationWords: conversationWords(dir),
      ...(end ? { interviewEnd: end } : {}),
    });
    const got = OWNED.filter((id) => found.some((f) => f.id === id));
    const want = OWNED.filter((id) => expected.present.includes(id));
    expect(got).toEqual(want);
  });
});
