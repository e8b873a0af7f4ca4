import { afterEach, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { dumpWorkspace, loadDump } from "../../test/workspace-dump.js";
import { readApplicationDetails, recordOutcome, writeApplicationDetails } from "./application-details.js";
import { APPLICATION_TABLES } from "./application-rows.js";
import { commitDerived, commitIngest, type DerivedRows, type IngestWrite } from "./commit-ingest.js";
import { markActionDone, readActionEdits, writeActionEdit } from "./edit-actions.js";
import { readApplication, readOutcomes } from "./read-application.js";
import { readState } from "./read-state.js";
import { StaleWorkspace } from "./revision.js";
import { closeStore, openStore, type Store } from "./workspace-store.js";

const NOW = "2026-03-01T12:00:00Z";

/** Every byte value, twice: raw bytes must come back exactly as stored. */
const ALL_BYTES = new Uint8Array([...Array(256).keys(), ...Array(256).keys()]);

function ingest(revision: number, over: Partial<IngestWrite> = {}): IngestWrite {
  return {
    revision,
    ingest: { id: 1, started_at: NOW, finished_at: NOW, summary: "{}" },
    applications: [
      { id: 1, company: "Acme", role: "Engineer", domain: "acme.test", created_at: NOW, basis: "test" },
    ],
    rounds: [
      {
        id: 1,
        application_id: 1,
        number: 1,
        title: null,
        starts_at: "2026-02-27T15:00:00Z",
        ends_at: null,
        created_at: NOW,
        read_band: null,
        read_score: null,
        read_summary: null,
        prior_band: null,
        prior_score: null,
        analyzed_at: null,
      },
    ],
    sources: [
      {
        id: 1,
        application_id: 1,
        round_id: 1,
        sha256: "a".repeat(64),
        name: "notes.md",
        kind: "notes",
        content: ALL_BYTES,
        bytes: ALL_BYTES.length,
        ingest_id: 1,
        added_at: NOW,
      },
    ],
    derived: [],
    ...over,
  };
}

function derived(over: Partial<DerivedRows> = {}): DerivedRows {
  return {
    applicationId: 1,
    rounds: [
      {
        id: 1,
        title: "Onsite",
        starts_at: "2026-02-27T15:00:00Z",
        ends_at: null,
        read_band: "promising",
        read_score: 0.75,
        read_summary: "Promising.",
        prior_band: "promising",
        prior_score: 0.75,
        analysis: "{}",
        analyzed_at: NOW,
      },
    ],
    signals: [
      {
        round_id: 1,
        signal_id: "sold-the-role",
        polarity: "positive",
        quote: "You'd love it here",
        evidence_count: 2,
      },
    ],
    messages: [],
    actions: [
      {
        round_id: 1,
        key: "1:thank-you",
        kind: "thank-you",
        due: "2026-02-28T23:59:00Z",
        why: "24 hours",
        text: "Hi",
        seenDone: false,
      },
      {
        round_id: 1,
        key: "1:status-check",
        kind: "status-check",
        due: "2026-03-10T09:00:00Z",
        why: "a week past",
        text: null,
        seenDone: false,
      },
    ],
    outcomes: [],
    ...over,
  };
}

describe.each(STORE_TARGETS)("workspace store on $name", (target) => {
  let store: Store | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    if (store) await closeStore(store);
    store = undefined;
    for (const c of cleanups.splice(0)) await c();
  });
  async function fresh(): Promise<Store> {
    const { location, cleanup } = await target.create();
    cleanups.push(cleanup);
    store = await openStore(location, NOW);
    return store;
  }

  it("keeps what the candidate sets by hand: a field given is set, null clears it, one not given stays", async () => {
    const s = await fresh();
    await commitIngest(s, ingest(0, { derived: [derived()] }));
    expect(await writeApplicationDetails(s, 9, { link: "x" }, NOW)).toBeUndefined();
    const first = await writeApplicationDetails(s, 1, { link: "https://acme.test/job", salary_min: 50 }, NOW);
    expect(JSON.stringify(first)).toBe(
      '{"application_id":1,"link":"https://acme.test/job","salary_min":50,"salary_max":null,"salary_currency":null,"contacts":null,"notes":null,"stage":null,"updated_at":"2026-03-01T12:00:00Z"}',
    );
    const later = "2026-03-02T08:00:00Z";
    const second = await writeApplicationDetails(s, 1, { link: null, notes: "Ask about the team" }, later);
    expect(JSON.stringify(second)).toBe(
      '{"application_id":1,"link":null,"salary_min":50,"salary_max":null,"salary_currency":null,"contacts":null,"notes":"Ask about the team","stage":null,"updated_at":"2026-03-02T08:00:00Z"}',
    );
    expect(await readApplicationDetails(s, 1)).toEqual([second]);

    expect(await writeActionEdit(s, 99, { text: "x" }, NOW)).toBeUndefined();
    const edit = await writeActionEdit(s, 1, { text: "Thanks again" }, NOW);
    expect(JSON.stringify(edit)).toBe(
      '{"action_id":1,"text":"Thanks again","snoozed_until":null,"updated_at":"2026-03-01T12:00:00Z"}',
    );
    const snoozed = await writeActionEdit(s, 1, { snoozed_until: "2026-03-05T09:00:00Z" }, later);
    expect(JSON.stringify(snoozed)).toBe(
      '{"action_id":1,"text":"Thanks again","snoozed_until":"2026-03-05T09:00:00Z","updated_at":"2026-03-02T08:00:00Z"}',
    );
    expect(await readActionEdits(s, 1)).toEqual([snoozed]);
    expect((await readState(s)).revision).toBe(5);
  });

  it("stores raw bytes exactly and reads them back, with the revision bumped once", async () => {
    const s = await fresh();
    expect((await readState(s)).revision).toBe(0);
    await commitIngest(s, ingest(0, { derived: [derived()] }));
    const state = await readState(s);
    expect(state.revision).toBe(1);
    expect(state.maxIds).toMatchObject({ applications: 1, rounds: 1, sources: 1, ingests: 1, actions: 2 });
    const detail = await readApplication(s, 1);
    expect(detail?.rounds[0]).toMatchObject({ read_band: "promising", read_score: 0.75, title: "Onsite" });
    expect(detail?.signals).toEqual([
      {
        round_id: 1,
        signal_id: "sold-the-role",
        polarity: "positive",
        quote: "You'd love it here",
        evidence_count: 2,
      },
    ]);
    const dump = await dumpWorkspace(s, 2);
    expect(Buffer.from(dump.sources[0]?.content ?? []).equals(Buffer.from(ALL_BYTES))).toBe(true);
  });

  it("refuses a write planned from an older revision, and writes none of it", async () => {
    const s = await fresh();
    await commitIngest(s, ingest(0));
    const before = await dumpWorkspace(s, 2);
    const second = ingest(0, {
      ingest: { id: 2, started_at: NOW, finished_at: NOW, summary: "{}" },
      applications: [{ id: 2, company: "Beta", role: null, domain: null, created_at: NOW, basis: "test" }],
      rounds: [],
      sources: [],
    });
    await expect(commitIngest(s, second)).rejects.toBeInstanceOf(StaleWorkspace);
    expect(await dumpWorkspace(s, 2)).toEqual(before);
  });

  it("rolls the whole ingest back when a statement fails half-way", async () => {
    const s = await fresh();
    await commitIngest(s, ingest(0));
    const before = await dumpWorkspace(s, 2);
    // The second source repeats a stored hash: the unique constraint fails after the application went in.
    const bad = ingest(1, {
      ingest: { id: 2, started_at: NOW, finished_at: NOW, summary: "{}" },
      applications: [{ id: 2, company: "Beta", role: null, domain: null, created_at: NOW, basis: "test" }],
      rounds: [],
      sources: [
        {
          ...ingest(0).sources[0],
          id: 2,
          application_id: 2,
          round_id: null,
          ingest_id: 2,
        } as IngestWrite["sources"][number],
      ],
    });
    await expect(commitIngest(s, bad)).rejects.toThrow();
    expect(await dumpWorkspace(s, 2)).toEqual(before);
  });

  it("keeps an action done across re-reads, drops one no longer planned, and adds new ones", async () => {
    const s = await fresh();
    await commitIngest(s, ingest(0, { derived: [derived()] }));
    const thankYou = (await readApplication(s, 1))?.actions.find((a) => a.kind === "thank-you");
    expect(thankYou?.status).toBe("open");
    await markActionDone(s, thankYou?.id ?? 0, "2026-02-28T10:00:00Z");
    const replanned = derived({
      actions: [
        {
          round_id: 1,
          key: "1:thank-you",
          kind: "thank-you",
          due: "2026-02-28T23:59:00Z",
          why: "24 hours",
          text: "Hi",
          seenDone: false,
        },
        {
          round_id: 1,
          key: "1:prepare-next-round",
          kind: "prepare-next-round",
          due: null,
          why: "booked",
          text: null,
          seenDone: false,
        },
      ],
    });
    await commitDerived(s, (await readState(s)).revision, [replanned], NOW);
    const actions = (await readApplication(s, 1))?.actions ?? [];
    expect(actions.map((a) => [a.key, a.status, a.done_by])).toEqual([
      ["1:thank-you", "done", "you"],
      ["1:status-check", "dropped", null],
      ["1:prepare-next-round", "open", null],
    ]);
  });

  it("replaces outcomes read from mail on a re-read but keeps the candidate's own", async () => {
    const s = await fresh();
    const fromMail = derived({
      outcomes: [{ outcome: "rejected", source_id: 1, quote: "we won't move forward", recorded_at: NOW }],
    });
    await commitIngest(s, ingest(0, { derived: [fromMail] }));
    await recordOutcome(s, 1, "offer", NOW);
    await commitDerived(s, (await readState(s)).revision, [derived()], NOW);
    expect((await readOutcomes(s)).map((o) => [o.outcome, o.recorded_by])).toEqual([["offer", "you"]]);
  });

  it("dumps every table and loads the dump into an empty workspace as it was", async () => {
    const s = await fresh();
    await commitIngest(s, ingest(0, { derived: [derived()] }));
    await recordOutcome(s, 1, "withdrew", NOW);
    const dump = await dumpWorkspace(s, 2);
    const { location, cleanup } = await target.create();
    cleanups.push(cleanup);
    const copy = await openStore(location, NOW);
    try {
      await loadDump(copy, dump);
      expect(await dumpWorkspace(copy, 2)).toEqual(dump);
      await expect(loadDump(copy, dump)).rejects.toThrow(/not empty/);
    } finally {
      await closeStore(copy);
    }
  });
});

describe("the tables of an application", () => {
  it("are every table but the workspace's own, in the order a row's references come first", () => {
    expect(APPLICATION_TABLES).toEqual([
      "applications",
      "rounds",
      "sources",
      "messages",
      "round_signals",
      "actions",
      "outcomes",
      "application_details",
      "action_edits",
    ]);
  });
});
