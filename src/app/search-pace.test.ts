import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KyselyPlugin } from "kysely";
import { describe, expect, it } from "vitest";
import { makeWorkspace } from "../../scripts/make-workspace.js";
import { closeStore, openStore } from "../store/workspace-store.js";
import { MAX_MONTHS, type PaceApplication, searchPace, searchPaceOf } from "./search-pace.js";

const NOW = "2026-03-20T12:00:00.000Z";

function app(part: Partial<PaceApplication> & { rounds?: number; outcome?: string }): PaceApplication {
  const { rounds = 0, outcome, ...rest } = part;
  return {
    summary: { rounds, ...(outcome ? { outcome: { outcome, recordedBy: "you", quote: null } } : {}) },
    createdAt: "2026-03-01T09:00:00.000Z",
    ...rest,
  };
}

describe("searchPaceOf", () => {
  it("counts the funnel as rates of all applied, each with its 95% interval", () => {
    const pace = searchPaceOf(
      [
        app({}),
        app({ summary: { rounds: 0, lastFromCompany: { at: "2026-03-02T00:00:00Z", days: 18 } } }),
        app({ rounds: 2 }),
        app({ rounds: 1, outcome: "offer" }),
        app({ rounds: 1, outcome: "rejected" }),
        app({ outcome: "ghosted" }),
      ],
      NOW,
    );
    expect(pace.funnel).toMatchObject({
      applied: 6,
      interviewed: { n: 3, of: 6 },
      offers: { n: 1, of: 6 },
      heardBack: { n: 4, of: 6 },
      rejected: 1,
      ghosted: 1,
    });
    const { low, high } = pace.funnel.offers;
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(1 / 6);
    expect(high).toBeGreaterThan(1 / 6);
    expect(high).toBeLessThan(1);
  });

  it("with no applications every rate is unknown, [0, 1], and there is nothing by month", () => {
    const pace = searchPaceOf([], NOW);
    expect(pace.funnel.offers).toEqual({ n: 0, of: 0, low: 0, high: 1 });
    expect(pace.reply).toEqual({ n: 0, waiting: 0 });
    expect(pace.months).toEqual([]);
  });

  it("gives days to reply as a median and a middle half; a company that wrote first did not reply", () => {
    const started = "2026-03-01T00:00:00.000Z";
    const daysLater = (days: number) => new Date(Date.parse(started) + days * 86_400_000).toISOString();
    const pace = searchPaceOf(
      [
        app({ startedAt: started, firstReplyAt: daysLater(1) }),
        app({ startedAt: started, firstReplyAt: daysLater(3) }),
        app({ startedAt: started, firstReplyAt: daysLater(5) }),
        app({ startedAt: started, firstReplyAt: daysLater(11) }),
        // They wrote first: an invitation before any word from the candidate.
        app({ startedAt: started, firstReplyAt: "2026-02-20T00:00:00.000Z" }),
        // Still waiting, and a closed one that never heard (not waiting).
        app({ startedAt: started }),
        app({ startedAt: started, outcome: "ghosted" }),
        // Never started by the candidate that we know of: not counted.
        app({ firstReplyAt: daysLater(2) }),
      ],
      NOW,
    );
    expect(pace.reply).toEqual({ n: 4, medianDays: 4, lowDays: 2.5, highDays: 6.5, waiting: 1 });
  });

  it("counts started, offers, rejections and ghosted by month in the zone, empty months too", () => {
    const pace = searchPaceOf(
      [
        // 23:30 on 31 January in UTC is February in Auckland.
        app({
          startedAt: "2026-01-31T23:30:00.000Z",
          outcome: "offer",
          outcomeAt: "2026-03-10T10:00:00.000Z",
        }),
        app({
          createdAt: "2025-12-15T10:00:00.000Z",
          outcome: "rejected",
          outcomeAt: "2026-03-02T10:00:00.000Z",
        }),
        app({
          startedAt: "2026-03-05T10:00:00.000Z",
          outcome: "ghosted",
          outcomeAt: "2026-03-19T10:00:00.000Z",
        }),
        // Said in the future of `now`: not counted.
        app({ startedAt: "2026-04-05T10:00:00.000Z" }),
      ],
      NOW,
      "Pacific/Auckland",
    );
    expect(pace.months).toEqual([
      { month: "2025-12", started: 1, offers: 0, rejections: 0, ghosted: 0 },
      { month: "2026-01", started: 0, offers: 0, rejections: 0, ghosted: 0 },
      { month: "2026-02", started: 1, offers: 0, rejections: 0, ghosted: 0 },
      { month: "2026-03", started: 1, offers: 1, rejections: 1, ghosted: 1 },
    ]);
    expect(searchPaceOf([app({ startedAt: "2026-01-31T23:30:00.000Z" })], NOW).months[0]?.month).toBe(
      "2026-01",
    );
  });

  it("keeps at most the latest MAX_MONTHS months", () => {
    const pace = searchPaceOf([app({ startedAt: "2019-01-10T00:00:00.000Z" })], NOW);
    expect(pace.months).toHaveLength(MAX_MONTHS);
    expect(pace.months.at(-1)?.month).toBe("2026-03");
  });
});

describe("searchPace on a workspace", () => {
  /** The SQL statements one call sends, counted by a plugin on the store's connection. */
  async function statements(size: number): Promise<number> {
    const dir = mkdtempSync(join(tmpdir(), "debrief-pace-"));
    try {
      const store = await openStore(join(dir, "debrief.sqlite"), NOW);
      await makeWorkspace(store, size, NOW);
      let sent = 0;
      const counting: KyselyPlugin = {
        transformQuery: (args) => {
          sent++;
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      const counted = { ...store, conn: { ...store.conn, db: store.conn.db.withPlugin(counting) } };
      const pace = await searchPace(counted, NOW);
      expect(pace.funnel.applied).toBe(size);
      await closeStore(store);
      return sent;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("reads each table once, whatever the number of applications", async () => {
    const few = await statements(4);
    expect(await statements(40)).toBe(few);
    // The overview (applications, rounds, open actions, outcomes, mail), the first messages, the
    // messages outcomes were read from, and the zone: nothing read twice.
    expect(few).toBeLessThanOrEqual(8);
  });
});
