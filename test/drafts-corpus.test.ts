import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { draftStatusCheckFor, draftThankYouFor } from "../src/app/draft-messages.js";
import { firstNameOf } from "../src/core/draft/display-name.js";
import type { DraftSource } from "../src/core/draft/draft-source.js";
import { countWords } from "../src/core/draft/words.js";
import { parseEml } from "../src/ingest/parse-eml.js";
import { CASES, caseNames, describeShared } from "./shared.js";

/**
 * Every labelled case with a transcript or notes: the thank-you drafts stay short, are addressed to someone the
 * inputs name, quote their sources word for word, sign with the candidate's name, and survive the trip through
 * a mail file. The status check does the same and replies to the right message.
 */

const CONVERSATION = /^(?:notes\.md|transcript\.(?:vtt|srt|txt))$/;

const cases = caseNames().filter((name) => readdirSync(join(CASES, name)).some((f) => CONVERSATION.test(f)));

function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Every input file's text, the way a person would search it: mail as its parsed text, the rest as written. */
async function sourceText(dir: string, source: string): Promise<string> {
  const raw = readFileSync(join(dir, source));
  // A calendar's long lines are folded and its commas escaped; its text is what they unfold to.
  if (source.endsWith(".ics"))
    return flat(
      raw
        .toString("utf8")
        .replace(/\r?\n[ \t]/g, "")
        .replace(/\\([,;\\])/g, "$1"),
    );
  if (!source.endsWith(".eml")) return flat(raw.toString("utf8"));
  const parsed = await parseEml(raw, source);
  if (!parsed.ok) throw new Error(`${source} does not parse`);
  return flat(`${parsed.value.subject ?? ""}\n${parsed.value.text}\n${parsed.value.quoted ?? ""}`);
}

function allInputText(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(join(d, f.name));
      else if (f.name !== "expected.json") out.push(readFileSync(join(d, f.name), "utf8"));
    }
  };
  walk(dir);
  return out.join("\n").toLowerCase();
}

async function expectTraceable(dir: string, s: DraftSource): Promise<void> {
  const text = await sourceText(dir, s.source);
  const quote = flat(s.quote).replace(/\u2026$/, "");
  expect(text, `${s.source}: ${quote}`).toContain(quote);
  if (s.line !== undefined && !s.source.endsWith(".eml") && !s.source.endsWith(".ics")) {
    // The quote starts on that line or in the few lines of its paragraph or cue after it.
    const lines = readFileSync(join(dir, s.source), "utf8").split("\n");
    const near = flat(lines.slice(s.line - 1, s.line + 6).join(" "));
    expect(near, `${s.source}:${s.line}`).toContain(quote.split(" ").slice(0, 4).join(" "));
  }
}

describeShared("drafts over the labelled corpus", () => {
  it("has cases to draft from", () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)("%s: thank-you drafts", async (name) => {
    const dir = join(CASES, name);
    const { now } = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { now: string };
    const hasTranscript = readdirSync(dir).some((f) => f.startsWith("transcript."));
    const result = await draftThankYouFor([dir], { now });
    const inputs = allInputText(dir);
    const signer = result.analysis.candidate.names[0];

    expect(result.drafts.length).toBeGreaterThan(0);
    for (const [i, { draft, eml }] of result.drafts.entries()) {
      expect(draft.words).toBe(countWords(draft.body));
      expect(draft.words).toBeLessThan(180);
      // Addressed to someone the inputs name, by first name.
      for (const token of draft.to.name.toLowerCase().split(/\s+/)) expect(inputs).toContain(token);
      expect(draft.body.startsWith(`Dear ${firstNameOf(draft.to.name)},`)).toBe(true);
      // Signed with the candidate's name where it is known.
      expect(draft.body.trimEnd().endsWith(signer ?? "[your name]")).toBe(true);
      // Every specific is in the body and word for word in its source.
      for (const s of draft.specifics) {
        expect(draft.body).toContain(s.text);
        await expectTraceable(dir, s);
      }
      if (draft.gap) {
        expect(draft.body).toContain(draft.gap.text);
        await expectTraceable(dir, draft.gap);
      }
      if (draft.about) await expectTraceable(dir, draft.about);
      // The main interviewer of a transcript gets two specifics; anyone with fewer is told so.
      if (hasTranscript && i === 0) expect(draft.specifics.length).toBeGreaterThanOrEqual(2);
      if (draft.specifics.length < 2) expect(draft.note).toMatch(/specific/);

      const parsed = await parseEml(eml, "draft.eml");
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
      expect(parsed.value.subject).toBe(draft.subject);
      expect(parsed.value.inReplyTo).toBeUndefined();
      expect(parsed.value.date).toBe(new Date(now).toISOString());
      expect(flat(parsed.value.text)).toContain(flat(draft.body.split("\n\n")[1] ?? ""));
      if (draft.to.email) expect(parsed.value.to).toEqual([{ name: draft.to.name, email: draft.to.email }]);
      else expect(eml).toContain(`To: ${draft.to.name}:;`);
    }
  });

  it.each(cases)("%s: status check", async (name) => {
    const dir = join(CASES, name);
    const { now } = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { now: string };
    const { drafted, analysis } = await draftStatusCheckFor([dir], { now });
    const { draft, eml } = drafted;
    expect(draft.words).toBeLessThan(120);
    expect(draft.body.trimEnd().endsWith(analysis.candidate.names[0] ?? "[your name]")).toBe(true);
    if (draft.promised) {
      await expectTraceable(dir, draft.promised);
      expect(draft.body).toContain(draft.promised.dueText);
      expect(draft.isDue).toBe(Date.parse(draft.promised.due) < Date.parse(now));
    } else {
      expect(draft.note).toMatch(/No promised date/);
    }
    const parsed = await parseEml(eml, "status.eml");
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
    expect(parsed.value.subject).toBe(draft.subject);
    expect(parsed.value.inReplyTo).toBe(draft.inReplyTo);
    if (draft.to.email) expect(parsed.value.to[0]?.email).toBe(draft.to.email);
  });

  it("replies to the company's last message where there is mail, and threads it", async () => {
    const dir = join(CASES, "025-games-hm-precall");
    const { now } = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { now: string };
    const { drafted } = await draftStatusCheckFor([dir], { now });
    const parsed = await parseEml(drafted.eml, "status.eml");
    if (!parsed.ok) throw new Error("does not parse");
    expect(parsed.value.inReplyTo).toBe("<pn.tw.2026032614200@mail.tidewatergames.example>");
    expect(parsed.value.references).toContain("<pn.tw.2026032614200@mail.tidewatergames.example>");
    expect(parsed.value.subject).toBe("Re: Quick call?");
    expect(parsed.value.to[0]?.email).toBe("priya.nair@tidewatergames.example");
  });
});
