import type { Finding } from "../signals/evidence.js";
import type { Doc } from "./documents.js";

/** Whether the inputs tell of an interview, and what that means for silence told in words. */

/** Words that tell an interview took place: a call, a screen, a round, a meeting with someone. */
const INTERVIEW_WORDS =
  /\b(interview(?:ed|s)?|phone screen|screening|screen(?:ed)?|on-?site|round|rounds|panel|spoke (?:with|to)|talked (?:with|to)|met (?:with )?(?:the|a|my|two|three|her|him)|call with|video call|zoom|teams call)\b/gi;
/** A denial that governs the word: "never got an interview", "no phone screen", "not even a round". */
const DENIED_BEFORE =
  /\b(never|not|no|didn't|did not|wasn't|haven't|hasn't|without)(?:\s+(?:got|get|had|have|received|even|a|an|the|any|to|for|invited|offered|given|single|first))*\s+$/i;
/** Words of an application: what a silence may follow when no interview did. */
const APPLICATION_WORDS =
  /\b(appl(?:ied|ication|ying)|submitted (?:my|a) (?:cv|resume|application)|sent (?:my|a|in my) (?:cv|resume))\b/i;

/**
 * Whether the inputs show that an interview took place: a transcript or an invite, or a sentence of
 * the notes or mail that tells of one without denying it ("never got an interview" does not).
 */
export function interviewHappened(docs: Doc[]): boolean {
  for (const d of docs) {
    if (d.kind === "transcript" || d.kind === "invite") return true;
    const text = d.kind === "notes" || d.kind === "email" ? d.text : "";
    for (const m of text.matchAll(INTERVIEW_WORDS))
      if (!DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/**
 * Silence told in words is gone-quiet only after an interview (the spec's convention): an
 * application that got no answer is not a process that went quiet. So when the inputs tell of an
 * application and of no interview, such silence is left out. (Debrief is used after an interview,
 * so inputs that say nothing either way keep it.) Silence measured from the mail's dates past a
 * promised date stays, whatever came before.
 */
export function silenceAfterAnInterview(findings: Finding[], docs: Doc[]): Finding[] {
  const quiet = findings.find((f) => f.id === "gone-quiet");
  if (!quiet || quiet.evidence.some((e) => e.isFact) || interviewHappened(docs)) return findings;
  const applied = docs.some(
    (d) => (d.kind === "notes" || d.kind === "email") && APPLICATION_WORDS.test(d.text),
  );
  if (!applied) return findings;
  return findings.filter((f) => f !== quiet);
}
