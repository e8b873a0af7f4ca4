import { describe, expect, it } from "vitest";
import { workUnits } from "./work-units.js";

describe("work units (bounds on work done, not on the clock)", () => {
  it("tell a pattern that retries from every position from a linear one, on the same input", () => {
    const spaces = `${" ".repeat(50 * 1024)}!`;
    const quadratic = workUnits(spaces, () => spaces.replace(/\s+x/g, ""));
    const linear = workUnits(spaces, () => spaces.replace(/x/g, ""));
    // The tests' bounds sit between the two: 1,000 passes for a call on 100 KB.
    expect(linear).toBeLessThan(100);
    expect(quadratic).toBeGreaterThan(1_000);
  });
});
