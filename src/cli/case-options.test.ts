import { describe, expect, it } from "vitest";
import { parseNow, parseTimeZone } from "./case-options.js";

describe("parseNow", () => {
  it("takes --now only in the years a plan can be dated in", () => {
    expect(() => parseNow("0900-01-01T00:00:00Z")).toThrow(/out of range/);
    expect(() => parseNow("3100-01-01")).toThrow(/out of range/);
    expect(() => parseNow("2026-02-31")).toThrow(/not a date/);
    expect(parseNow("2026-03-04T18:30:00-05:00")).toBe("2026-03-04T18:30:00-05:00");
  });
});

describe("parseTimeZone", () => {
  it("takes an IANA zone, as the machine knows it", () => {
    expect(parseTimeZone("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(parseTimeZone(" UTC ")).toBe("UTC");
    expect(parseTimeZone(undefined)).toBeUndefined();
  });

  it("refuses anything else with a clear error", () => {
    for (const bad of ["Mars/Olympus", "", "+05:00x"])
      expect(() => parseTimeZone(bad)).toThrow(/--tz .* is not a time zone/);
  });
});
