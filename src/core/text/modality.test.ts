import { describe, expect, it } from "vitest";
import { compilePattern, findMatches } from "./match-pattern.js";
import { type Mood, moodOf, type Voice } from "./modality.js";
import { readSentences } from "./nlp.js";

/** The mood of the first match of `pattern` in `text`. */
function mood(text: string, pattern: string, voice: Voice = "candidate", negativeFrame = false): Mood {
  const sentence = readSentences(text)[0];
  if (!sentence) throw new Error("no sentence");
  const match = findMatches(compilePattern(pattern), sentence.tokens)[0];
  if (!match) throw new Error(`no match of ${pattern} in ${text}`);
  return moodOf(sentence.tokens, match.start, match.end, { voice, text, negativeFrame });
}

// Sentences made up for these tests, one per kind of statement.
describe("moodOf", () => {
  it.each<[string, string, Mood]>([
    ["They turned me down on Tuesday.", "turn", "asserted"],
    ["I reckon they turned me down.", "turn", "hedge"],
    ["Honestly I'm pretty sure they turned me down.", "turn", "hedge"],
    ["Really hoping they make me an offer.", "offer", "hope"],
    ["I'm dreading the rejection.", "rejection", "fear"],
    ["If they turn me down I'll apply for the other team.", "turn", "condition"],
    ["She asked if I would accept an offer.", "offer", "hedge"],
    ["Would I take the offer if it came?", "offer", "question"],
    ["They'll make the offer next week.", "offer", "future"],
    ["I'd have been turned down without the referral.", "turn", "counterfactual"],
    ["There's been no offer.", "offer", "negated"],
    ["Nobody has turned me down yet.", "turn", "negated"],
    ["Offers usually come within a week.", "offer", "generic"],
    ["Did not hear why I was turned down.", "turn", "asserted"],
    ["By noon they'd emailed me the offer.", "offer", "asserted"],
    ["Was looking forward to scheduling the panel.", "schedule", "hope"],
    ["We had to schedule the panel around my notice period.", "schedule", "asserted"],
    ["We need to schedule the panel.", "schedule", "future"],
    ["It took them five weeks to send the contract.", "send", "asserted"],
    ["It took ages to get the paperwork, then it came.", "get", "asserted"],
    ["It will take a month to send the contract.", "send", "future"],
    ["It takes a while to send the contract.", "send", "future"],
    ["Heard nothing until they rang to offer me the post.", "offer", "asserted"],
    ["I'll keep quiet until they offer me the post.", "offer", "future"],
  ])("%s → %s %s", (text, pattern, expected) => {
    expect(mood(text, pattern)).toBe(expected);
  });

  it("hears a company looking forward to something as its intent, still to come", () => {
    expect(mood("We look forward to scheduling your panel.", "schedule", "company")).toBe("future");
  });

  it("hears a company's politeness as politeness, and its future tense as a decision", () => {
    expect(mood("I'm afraid we will not be moving forward.", "not ~4 move", "company", true)).toBe(
      "asserted",
    );
    expect(mood("I'm afraid we will not be moving forward.", "not ~4 move", "candidate", true)).not.toBe(
      "asserted",
    );
    expect(mood("We hope to make offers next week.", "offer", "company")).toBe("future");
    expect(mood("We would like to offer you the position.", "offer", "company")).toBe("asserted");
  });

  it("does not let one clause's mood reach into the next", () => {
    expect(mood("I was nervous all week, but they offered me the job today.", "offer", "candidate")).toBe(
      "asserted",
    );
    expect(mood("I'm worried I messed up; still, they offered me the job.", "offer", "candidate")).toBe(
      "asserted",
    );
  });
});
