import { describe, expect, it } from "vitest";
import { limitWarnings } from "./limit-warnings.js";
import type { Problem } from "./parse-result.js";

const warnings = (n: number): Problem[] =>
  Array.from({ length: n }, (_, i) => ({ source: "a.vtt", line: i + 1, message: "bad" }));

describe("limitWarnings", () => {
  it("keeps a short list as it is", () => {
    const list = warnings(3);
    expect(limitWarnings(list, 3)).toBe(list);
  });

  it("keeps the first ones and says how many were left out", () => {
    const limited = limitWarnings(warnings(25), 20);
    expect(limited).toHaveLength(21);
    expect(limited[19]?.line).toBe(20);
    expect(limited[20]).toEqual({ source: "a.vtt", message: "5 more warnings like these left out" });
  });

  it("says 'warning' for one left out", () => {
    expect(limitWarnings(warnings(3), 2)[2]?.message).toBe("1 more warning like these left out");
  });
});
