import { describe, expect, it } from "vitest";
import { analyzeInterview } from "./analyze-interview.js";
import type { SignalId } from "./signal.js";

/*
 * Cues for how candidates write up an interview in their own words (issue 7): colloquial pay
 * terms, outcomes and silence told by the candidate, a dismissive interviewer, praise passed on.
 * Each signal has sentences that must fire and near misses that must not: negated, conditional,
 * generic advice, said by the candidate, or another sense of the same word.
 */

function idsFromNotes(text: string): SignalId[] {
  return analyzeInterview({
    docs: [{ kind: "notes", source: "notes.md", text }],
    now: "2026-06-01T12:00:00Z",
  }).signals.map((s) => s.id);
}

const CASES: { id: SignalId; fires: string[]; not: string[] }[] = [
  {
    id: "rejected",
    fires: [
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
  },
  {
    id: "offer-made",
    fires: [
      "I got offer within a week.",
      "I didn't accept the offer since the package was low.",
      "The offer letter was released two weeks later.",
      "They offered me a lower package than my current one.",
      "I got placed in the company after the final round.",
      "HR helped me a lot in getting the offer.",
      "I accepted the offer on the portal.",
      "Decided not to take the offer because of the location.",
    ],
    not: [
      "I did not get selected.",
      "I got selected for the next round.",
      "If you clear all rounds, the offer letter is released after verification.",
      "The offer letter will be released after background verification.",
      "I already have an offer from another company.",
      "You must score 60% for getting the offer.",
      "Then go to the portal and accept the offer.",
    ],
  },
  {
    id: "gone-quiet",
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
      "They got back to me within two days.",
      "I never contacted them again after I accepted another offer.",
      "If they don't call you back within a week, you are not selected.",
      "No feedback was given during the interview itself.",
      "Most of my questions about the team were left unanswered.",
      "No follow-ups at all on my stories, just the next question.",
    ],
  },
  {
    id: "compensation-discussed",
    fires: [
      "HR asked my expected CTC and current CTC.",
      "Then they discussed the package with me.",
      "The last round was a salary negotiation with HR.",
      "The HR round was about the hike and joining date.",
    ],
    not: [
      "I got a better package somewhere else.",
      "They asked me to install the package with npm.",
      "Tell me about a time you had to negotiate with a client.",
      "Write a query for the third highest salary.",
      "Offer and negotiation are the last steps.",
    ],
  },
  {
    id: "start-date-discussed",
    fires: [
      "The manager asked about my joining date.",
      "The manager was pushing for early joining because of a project.",
    ],
    not: ["I asked them about the joining date."],
  },
  {
    id: "disengaged-interviewer",
    fires: [
      "The interviewer was rude and kept interrupting.",
      "He seemed arrogant and condescending.",
      "The second interviewer didn't seem interested at all.",
      "She couldn't care less about my answers.",
      "The panel was unprofessional throughout.",
      "He kept looking at his mobile while I talked.",
    ],
    not: [
      "There was no rudeness or condescension of any kind.",
      "It was an unprofessional call scheduled without notice.",
      "The interviewer was not rude at all.",
      "I was annoyed with myself for the mistake.",
      "Don't worry, they don't care about your marks.",
    ],
  },
  {
    id: "positive-feedback",
    fires: [
      "He said good, he liked that I checked the numbers first.",
      "The manager said my example about the audit was a strong one.",
      "They liked my answers on system design.",
      "HR told me I did well in the technical round.",
      "The panel appreciated my approach to the problem.",
      'When I finished, the director said "oh, I love that" and wrote it down.',
      'The founder said: "Frankly, that is better than the last three people we spoke to."',
      'The recruiter rang to say I was "one of two they are taking forward".',
      'At the door he said "honestly, you are the one we want".',
      "The agency said the feedback was very solid.",
    ],
    not: [
      "I liked my interviewer.",
      'She said "oh, I love that view" when we passed the window.',
      "The last candidate was the strongest one they had seen, apparently.",
      "I hope I was the best candidate they met.",
      "I think the interview went really well.",
      "He didn't do very well on the whiteboard, he said.",
      "You should get positive feedback from every interviewer to be hired.",
      "She said good luck and showed me out.",
      "I said my answer was a good one, but I'm not sure.",
    ],
  },
  {
    // One detail of the job is an overview; two or more are a deep dive into the day-to-day.
    id: "role-specifics",
    fires: [
      "He described the shifts. Site visits are one week in three, and you'd cover the northern depots.",
      "She said I'd be running the Tuesday clinic. The post involves a lot of home visits too.",
      "The head went into a lot of detail on the caseload.",
      "Whoever takes this on owns the events budget. Most of the first year would be the office move.",
    ],
    not: [
      "She told me about the role.",
      "At my current job I manage 12 people and work one weekend in four.",
      "Are you able to work one weekend in four? Would you lead the night team?",
      "I'd love to lead the team, and I hope I'd manage the budget well.",
      "We'll be in touch early next week. I had a call yesterday.",
    ],
  },
  {
    id: "sold-the-role",
    fires: ["She spent the first ten minutes selling the practice to me."],
    not: ["He didn't try to sell the role at all.", "I tried to sell myself rather than the project."],
  },
  {
    id: "pictured-in-role",
    fires: [
      'She said "you would be one of two nurses on the ward at night."',
      "He said you'd go on the billing team.",
    ],
    not: [
      "He said you'd be surprised how many people get it wrong.",
      "She asked what you would do if a patient fell.",
    ],
  },
  {
    id: "specific-next-steps",
    fires: ["She said \"if you're successful you'll get an email within two weeks.\""],
    not: ["If I don't hear by Friday I will email them."],
  },
  {
    id: "next-round-booked",
    fires: [
      "They called me for the next round the same day.",
      "After the technical interview I was called for the HR round.",
      "Got shortlisted for the final round!",
      "They moved me on to the last stage, a site visit.",
      "After lunch they called me back in for a final interview with the owner.",
    ],
    not: [
      "After clearing the aptitude test I was shortlisted for the next round.",
      "Those who clear will be called for the HR round.",
      "I was not called for the next round.",
      "I hope I get invited to the final round.",
      "Shortlisted candidates will be invited to a second stage.",
      "Was looking forward to scheduling a second interview.",
      "Later she went back to something I had said about audits.",
    ],
  },
  {
    id: "superficial-questions",
    fires: [
      "He asked very standard questions, nothing unexpected.",
      "The interviewer didn't really ask any questions.",
      "It felt like she was just filling out a checklist.",
      "Questions were completely behavioral ones.",
    ],
    not: [
      "They asked standard DSA questions on arrays.",
      "I had no questions to ask at the end.",
      "They sent me a satisfaction survey afterwards.",
      "No follow-up from HR since the interview.",
    ],
  },
  {
    id: "cut-short",
    fires: ["My interview was just 5 minutes.", "The interview was very short."],
    not: ["You only have 50 minutes for 50 questions."],
  },
  {
    id: "scheduling-runaround",
    fires: ["They rescheduled my interview two times."],
    not: [],
  },
  {
    id: "natural-rapport",
    fires: [
      "The interviewers were friendly.",
      "Very friendly in behaviour.",
      "Very formal but warm, she asked me to use her first name.",
      "overall: good chat, not sure about the pay.",
    ],
    not: [
      "I was nervous but friendly.",
      "I hope we get a good chat about the pay next time.",
      "The interviewer was not very friendly.",
      "The interviewers kept interrupting and even laughing at my answers.",
      "The offices were really nice.",
      "The portal is very user friendly.",
    ],
  },
  {
    id: "met-the-team",
    fires: ["The boss walked in and said hello."],
    not: [
      "It may include meetings with team members or a tour of the office.",
      "They asked me to come in for an interview.",
      "They asked everything in relation to the job description, with the manager present.",
    ],
  },
  {
    id: "disengaged-interviewer",
    fires: [
      "The panel kept interrupting my answers.",
      "He kept interrupting me.",
      "The HR lead spent most of the time engrossed in a phone conversation.",
      "The manager was focused on his laptop the whole interview.",
    ],
    not: [
      "I interrupted him twice by accident.",
      "Sorry to interrupt you, he said, my dog is barking.",
      "I was focused on my laptop screen while coding.",
    ],
  },
  {
    id: "pictured-in-role",
    fires: [
      "When you start, you will sit with the platform team.",
      "Once you join, you'd own the billing service.",
    ],
    not: ["When could you start? she asked.", "How soon can you join us, he wondered."],
  },
  {
    id: "contact-shared",
    fires: [
      "She gave me her own email address and said to write anytime.",
      "He handed me his personal cell number.",
    ],
    not: [
      "I was given an option to solve it on my own time and email the solution to the manager within a day.",
    ],
  },
  {
    id: "hiring-manager-call",
    fires: [],
    not: ["I got a call from the recruiting manager about the phone interview."],
  },
];

function idsFromMail(text: string): SignalId[] {
  return analyzeInterview({
    docs: [
      {
        kind: "email",
        source: "reply.eml",
        from: { name: "Acme Recruiting", email: "jobs@acme.example" },
        to: [{ name: "Sam Okafor", email: "sam@mail.example" }],
        cc: [],
        references: [],
        subject: "Your application",
        date: "2026-05-20T10:00:00Z",
        text,
      },
    ],
    me: "Sam Okafor",
    now: "2026-06-01T12:00:00Z",
  }).signals.map((s) => s.id);
}

/*
 * Rejection letters as companies write them, and the near misses: a rejection is never an offer,
 * and someone else's accepted offer is not yours.
 */
const LETTERS: { text: string; is: SignalId[]; isNot: SignalId[] }[] = [
  {
    text: "Unfortunately you weren't selected for this role, but we appreciate your interest and hope you will continue to explore our opportunities.",
    is: ["rejected"],
    isNot: ["offer-made"],
  },
  {
    text: "Although we were impressed by your skills, we are unable to offer you a position at this time.",
    is: ["rejected"],
    // A letdown's politeness is not praise of your answers.
    isNot: ["offer-made", "positive-feedback"],
  },
  {
    text: "This morning we had a candidate accept an offer for this role, and we will be closing the position.",
    is: ["rejected"],
    isNot: ["offer-made"],
  },
  {
    text: "We were able to finalize our interviews and make our final selection for this role with a different candidate.",
    is: ["rejected"],
    isNot: [],
  },
  {
    text: "After careful consideration, we have determined that the credentials of other candidates may better fit our needs.",
    is: ["rejected"],
    isNot: [],
  },
  {
    text: "Unfortunately, you have not been selected to interview for this position.",
    is: ["rejected"],
    isNot: [],
  },
  {
    text: "We regret that we cannot respond individually to each application we receive.",
    is: [],
    isNot: ["rejected"],
  },
  {
    text: "We are pleased to offer you the position of Software Engineer.",
    is: ["offer-made"],
    isNot: ["rejected"],
  },
  { text: "We will be closing the role for applications on Friday.", is: [], isNot: ["rejected"] },
];

describe("letters from companies", () => {
  it.each(LETTERS)("$text", ({ text, is, isNot }) => {
    const ids = idsFromMail(text);
    for (const id of is) expect(ids).toContain(id);
    for (const id of isNot) expect(ids).not.toContain(id);
  });
});

describe("cues in the candidate's own words", () => {
  const fires = CASES.flatMap(({ id, fires }) => fires.map((text) => ({ id, text })));
  const not = CASES.flatMap(({ id, not }) => not.map((text) => ({ id, text })));

  it.each(fires)("$id ← $text", ({ id, text }) => {
    expect(idsFromNotes(text)).toContain(id);
  });

  it.each(not)("no $id ← $text", ({ id, text }) => {
    expect(idsFromNotes(text)).not.toContain(id);
  });
});
