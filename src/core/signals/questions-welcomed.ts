import type { SignalDef } from "./signal.js";

export const questionsWelcomed: SignalDef = {
  id: "questions-welcomed",
  label: "Welcomed your questions",
  polarity: "positive",
  phase: "during",
  strength: "weak",
  seeds: ["004"],
  meaning: "There was ample time for your questions, and they were answered thoughtfully.",
  advice:
    "Room for your questions is a courtesy that good processes give; note the answers, they feed your decision.",
  cues: [
    {
      p: "ask_me_anything|ask_anything|your_turn|happy_to_answer|fire_away|over_to_you|all_the_time_you_need|as_many_questions",
      by: "company",
      in: ["transcript"],
    },
    {
      p: "leave|left|save|saved|keep|kept|plenty|lot|lots|ample|loads|generous ~4 time|minute|minutes|room|space ~3 for|at ~2 you|your|my|question*|the_end",
      by: "company",
      unless: "no|not|didn't|wasn't|barely",
    },
    {
      p: "answer|answered|answers ~4 question|questions|everything|each_one|every_one|each|all_of_them|them ~4 detail|thorough*|candid*|honest*|thoughtful*|at_length|patient*|fully|carefully|properly|straight",
      by: "company",
      in: ["notes", "email"],
    },
    {
      p: "all|every|each ~2 my ~1 question|questions",
      by: "company",
      in: ["notes"],
      with: "answer*|time|took|patient",
      unless: "didn't|not|no_time|rushed",
    },
  ],
};
