import { describe, expect, it } from "vitest";
import { parseNow } from "./case-options.js";

describe("parseNow", () => {
  it("takes --now only in the years a plan can be dated in", () => {
    expect(() => parseNow("0900-01-01T00:00:00Z")).toThrow(/out of range/);
    expect(() => parseNow("3100-01-01")).toThrow(/out of range/);
    expect(() => parseNow("2026-02-31")).toThrow(/not a date/);
    expect(parseNow("2026-03-04T18:30:00-05:00")).toBe("2026-03-04T18:30:00-05:00");
  });
});
