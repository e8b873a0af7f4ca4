import { describe } from "vitest";
import { cueExamples } from "../../../test/cue-examples.js";

describe("role-specifics", () => {
  // One detail of the job is an overview; two or more are a deep dive into the day-to-day.
  cueExamples("role-specifics", {
    fires: [
      "About the job (they explain a lot): three clinics and a mobile team.",
      "She explained the internship: six months from February, construction documents, details.",
      "Job: 14 on 14 off, camp, 12 hr days then rotate to nights.",
      "They told me a fair bit about the job: caseload around 45 households, mostly home visits.",
      "The supervisor talked for 20 minutes about the job: nights, lifting, the noise.",
      "Hours 8 to 4, Sunday mornings 1 in 4. You'd look after the two trainees.",
      "Most of the job is client calls. Half the week would be on the road.",
      "She said the post is mostly site visits, three days a week in the office.",
      "He described the shifts. Site visits are one week in three, and you'd cover the northern depots.",
      "She said I'd be running the Tuesday clinic. The post involves a lot of home visits too.",
      "The head went into a lot of detail on the caseload.",
      "Whoever takes this on owns the events budget. Most of the first year would be the office move.",
    ],
    not: [
      "He explained the process: two more rounds and a test.",
      "At my current job I do 12 hr shifts, four on four off.",
      "One in four candidates gets through to the final.",
      "Most of your work so far is on the design side.",
      "She told me about the role.",
      "At my current job I manage 12 people and work one weekend in four.",
      "Are you able to work one weekend in four? Would you lead the night team?",
      "I'd love to lead the team, and I hope I'd manage the budget well.",
      "We'll be in touch early next week. I had a call yesterday.",
    ],
  });
});
