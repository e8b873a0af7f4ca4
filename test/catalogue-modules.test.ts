import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/catalogue.js";
import { SIGNAL_IDS } from "../src/core/signals/signal.js";

/*
 * A signal is one module of src/core/signals/ (its id, meaning, weight, advice and cues) and its
 * examples beside it: the sentences that must show it and the near misses that must not.
 */
const SIGNALS = join(import.meta.dirname, "..", "src", "core", "signals");

describe("the catalogue", () => {
  it("has one module per signal of the spec, in the spec's order, each with its examples", () => {
    expect(CATALOGUE.map((d) => d.id)).toEqual([...SIGNAL_IDS]);

    for (const { id } of CATALOGUE) {
      expect(existsSync(join(SIGNALS, `${id}.ts`)), `signals/${id}.ts`).toBe(true);
      const examples = join(SIGNALS, `${id}.test.ts`);
      expect(existsSync(examples), `signals/${id}.test.ts`).toBe(true);
      expect(readFileSync(examples, "utf8"), `signals/${id}.test.ts`).toMatch(/fires: \[\s*\S/);
    }
  });
});
