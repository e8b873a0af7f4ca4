import { describe, expect, it } from "vitest";
import { cueExamples, idsFromNotes } from "../../../test/cue-examples.js";

describe("gone-quiet", () => {
  cueExamples("gone-quiet", {
    fires: [
      "They never contacted me after the onsite.",
      "I didnt hear back from them after the interview.",
      "No feedback after the interview, three weeks now.",
      "The recruiter stopped responding to my emails.",
      "HR never got back to me.",
      "The recruiter said she would call me on Monday but never did.",
      "I was told I would hear back with an update and never did.",
    ],
    not: [
      // Someone else's silence, or silence in the room.
      "A classmate of mine applied there last year and they never called him back.",
      "There were a good ten seconds of silence before she read out the next question.",
      "They got back to me within two days.",
      "I never contacted them again after I accepted another offer.",
      "If they don't call you back within a week, you are not selected.",
      "No feedback was given during the interview itself.",
      "Most of my questions about the team were left unanswered.",
      "No follow-ups at all on my stories, just the next question.",
    ],
  });
});

// Kept apart from the lists above, which the learned part trains on.
describe("gone-quiet and a follow-up", () => {
  it("a follow-up is also a question in the interview: none at all is no silence", () => {
    expect(idsFromNotes("She read the questions off a sheet. No follow ups at all.")).not.toContain(
      "gone-quiet",
    );
  });
  it("none from them since is", () => {
    expect(idsFromNotes("Two weeks on, no follow-up from the agency since the interview.")).toContain(
      "gone-quiet",
    );
  });
});
