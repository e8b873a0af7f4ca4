import { describe, expect, it } from "vitest";
import type { Doc } from "../read/documents.js";
import { contextValue, inferContext } from "./infer-context.js";

const notes = (text: string): Doc[] => [{ kind: "notes", source: "notes.md", text }];

describe("inferContext", () => {
  it.each([
    ["It was a panel of four, round-robin.", "format", "panel"],
    ["Very structured, same questions for every candidate.", "format", "structured"],
    ["It's a huge company, tens of thousands of staff.", "company", "large"],
    ["A seed-stage startup with twelve people.", "company", "startup"],
    ["She is famously bubbly and praises everyone.", "interviewerStyle", "warm"],
    ["He was very reserved, hard to read.", "interviewerStyle", "reserved"],
    ["I always think I bombed it.", "selfDoubt", true],
    ["I'm convinced I froze on the budget one, as usual.", "selfDoubt", true],
  ] as const)("%s → %s: %s", (text, key, value) => {
    const facts = inferContext(notes(text), undefined);
    expect(contextValue(facts, key)).toBe(value);
    expect(facts.find((f) => f.key === key)?.how).toBe("inferred");
  });

  it("stated facts win and are shown as stated", () => {
    const facts = inferContext(notes("It was a panel of four."), { format: "one-on-one" });
    expect(contextValue(facts, "format")).toBe("one-on-one");
    expect(facts.find((f) => f.key === "format")?.how).toBe("stated");
  });

  it("infers nothing from ordinary notes", () => {
    expect(inferContext(notes("We talked about the roadmap and my last project."), undefined)).toEqual([]);
  });
});
