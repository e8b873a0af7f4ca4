import { describe, expect, it } from "vitest";
import { cueExamples, idsFromNotes } from "../../../test/cue-examples.js";

describe("rejected", () => {
  cueExamples("rejected", {
    fires: [
      "Talked about my projects and the research. Didn't proceed after that.",
      "I never got to the final round; the phone screen was the end of it.",
      "Two months later they emailed me saying that they were not going to set up an interview.",
      "They told me I did not get the position.",
      "I didn't get the role in the end.",
      "I didn't clear the HR round.",
      "I was not able to reach the final round.",
      "I never got beyond the phone screen.",
      "Though I did not get selected, it was a good experience.",
      "Didn't pass the technical interview.",
      "The phone screen went fine, but didn't get a second round.",
      "They emailed me a week later saying they weren't interested.",
      "The recruiter told me they are looking for someone with more experience.",
      "Got a reject mail the next morning.",
      "They said they will not consider me for this role.",
      "They had already filled the position, the recruiter wrote.",
      "I didnt clear the managerial round.",
      "I said no, and they told me they are not looking for a person with my skills.",
      "I was not invited back.",
      "However, they simply decided to pass as they were looking for someone more senior.",
      "They decided not to proceed with my application.",
      "They never called me back for a second round.",
      // An ellipsis before a lower-case word continues the sentence.
      "Was not invited for the…  second round.",
    ],
    not: [
      // Time ran out before something of the candidate's; another man's story.
      "I never got to the sketches I had brought, which was a shame.",
      'Told him it was "just a chat", and then they hired from inside.',
      "I'm afraid they were not going to move me forward, but nobody has said so.",
      "She said they won't be scheduling the next round until January.",
      "I'm afraid I didn't get the role, but nobody has said yet.",
      "If I don't clear the aptitude test, I can try again in six months.",
      "I hope I didn't fail the coding round.",
      "Candidates who are not selected will be informed by email.",
      "You can't clear this round without practising aptitude.",
      "The interviewer did not seem interested in my side projects.",
      "I cleared the technical round and was called for HR.",
      "Last year I didn't clear their test, but this time it went fine.",
      "I was not invited to the onsite yet.",
      "Not even a rejection email, just silence.",
      "The application status shows as Reviewed, though no rejection email or notification.",
      "Ended with the recruiter saying he will pass on my details for next steps.",
      "I hope I wasn't rejected.",
      "I decided to pass on the offer.",
      "She was not invited to the final round, she said.",
      "Candidates who are not invited back will get an email.",
    ],
  });
});

// Kept apart from the lists above, which the learned part trains on.
describe("rejected, across a silence or a contrast", () => {
  it.each([
    "Heard nothing for six weeks until the agency wrote that they were not going to invite me to interview.",
    "Got a rejection two days later, but it wasn't even the recruiter who sent it.",
  ])("reads the rejection ← %s", (text) => {
    expect(idsFromNotes(text)).toContain("rejected");
  });
  it.each([
    "They are not going to move forward with anyone until they have seen everyone.",
    "There wasn't even a rejection email, just nothing.",
  ])("reads none ← %s", (text) => {
    expect(idsFromNotes(text)).not.toContain("rejected");
  });
});
