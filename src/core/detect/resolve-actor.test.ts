import { describe, expect, it } from "vitest";
import { readSentences } from "../text/nlp.js";
import { resolveNotesActor } from "./resolve-actor.js";

/** The actor of the clause around the first token equal to `word`. */
function actorOf(text: string, word: string) {
  const tokens = readSentences(text)[0]?.tokens ?? [];
  const at = tokens.findIndex((t) => t.text === word);
  if (at < 0) throw new Error(`${word} not in ${text}`);
  return resolveNotesActor(tokens, at);
}

describe("resolveNotesActor", () => {
  it.each([
    ["She asked when I could start.", "asked", "company"],
    ["I asked about salary.", "asked", "candidate"],
    ["I was asked about my notice period.", "asked", "company"],
    ["He said I'd be reporting to Martha.", "reporting", "company"],
    ["We talked about the roadmap.", "talked", "both"],
    ["Salary came up at the end.", "salary", "unknown"],
    ["Priya walked me through the rota.", "walked", "company"],
    ['She said "you would own onboarding".', "own", "company"],
    ['I told her "I would own it".', "own", "candidate"],
    // A quote with its own company subject is theirs, whoever reports it.
    ['I got no feedback, only that the "team decided to look at other candidates".', "decided", "company"],
    ['I wrote back "we decided to wait".', "decided", "candidate"],
  ])("%s (%s) → %s", (text, word, expected) => {
    expect(actorOf(text, word)).toBe(expected);
  });
});
