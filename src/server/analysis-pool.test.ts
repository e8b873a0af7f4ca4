import { afterEach, describe, expect, it } from "vitest";
import { type Analyzer, createAnalysisPool } from "./analysis-pool.js";

const NOW = "2026-03-10T12:00:00.000Z";
const encode = (text: string) => new TextEncoder().encode(text);
const NOTES =
  "Priya Raman, Wrenfield Robotics.\n\nShe asked when I could start, and booked the final round for Tuesday.\n";

describe("the analysis pool", () => {
  let pool: Analyzer | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it("reads a case in a worker thread, as the request thread would", async () => {
    pool = createAnalysisPool({ size: 1 });
    const { json, isEmpty } = await pool.analyze([{ name: "notes.md", bytes: encode(NOTES) }], { now: NOW });
    expect(isEmpty).toBe(false);
    expect(json.signals.map((s) => s.id)).toContain("start-date-discussed");
  });

  it("keeps the request thread free while a long analysis runs", async () => {
    pool = createAnalysisPool({ size: 1 });
    const long = NOTES.repeat(6_000);
    let done = false;
    const running = pool.analyze([{ name: "notes.md", bytes: encode(long) }], { now: NOW }).then(() => {
      done = true;
    });
    // This thread keeps turning while the analysis runs: in the same thread it would turn once or
    // twice (at the analysis's own awaits), then stand still until it ended.
    let turns = 0;
    await new Promise<void>((finish) => {
      const turn = () => {
        if (done || turns >= 50) return finish();
        turns++;
        setImmediate(turn);
      };
      setImmediate(turn);
    });
    expect(done).toBe(false);
    expect(turns).toBe(50);
    await running;
  });

  it("stops an analysis past its budget with a 503, and the next one still runs", async () => {
    pool = createAnalysisPool({ size: 1, budgetMs: 1 });
    const long = NOTES.repeat(6_000);
    await expect(
      pool.analyze([{ name: "notes.md", bytes: encode(long) }], { now: NOW }),
    ).rejects.toMatchObject({
      code: "analysis-too-long",
      status: 503,
    });
    await pool.close();
    pool = createAnalysisPool({ size: 1 });
    const after = await pool.analyze([{ name: "notes.md", bytes: encode(NOTES) }], { now: NOW });
    expect(after.json.signals.length).toBeGreaterThan(0);
  });

  it("brings bad input back as the same clear error, and refuses work once closed", async () => {
    pool = createAnalysisPool({ size: 1 });
    const bad = await pool.analyze([{ name: "notes.md", bytes: new Uint8Array([0, 1, 2, 0, 0]) }], {
      now: NOW,
    });
    expect(bad.isEmpty).toBe(true);
    await pool.close();
    await expect(
      pool.analyze([{ name: "notes.md", bytes: encode(NOTES) }], { now: NOW }),
    ).rejects.toMatchObject({
      code: "closing",
    });
  });
});
