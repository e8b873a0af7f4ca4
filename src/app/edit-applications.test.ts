import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emlText as eml, icsText as ics } from "../../test/mail-fixtures.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { dumpWorkspace } from "../../test/workspace-dump.js";
import { schemaVersion } from "../store/migrate.js";
import { readApplication } from "../store/read-application.js";
import { readOverview } from "../store/read-overview.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import { addToWorkspace } from "./add-to-workspace.js";
import { deleteApplication, mergeApplications, renameApplication } from "./edit-applications.js";
import { InputError } from "./input-error.js";
import { completeAction } from "./workspace-views.js";

// Everyone and everything here is made up: the candidate, the companies (on .example domains), the mail.
const NOW = "2026-03-12T12:00:00Z";
const MORGAN = "Morgan Ashby <morgan.ashby@postbox.example>";
const ELLIS = "Ellis Varga <ellis.varga@corvidmaps.example>";

/** Round 1 with Corvid Maps, filed right: its notes name the company. */
const FIRST_ROUND = {
  "corvid-r1/notes.md":
    "# Corvid Maps: mobile engineer, phone screen\n\nEllis Varga asked about offline sync.\n",
  "corvid-r1/invite.ics": ics({
    summary: "Corvid Maps phone screen",
    start: "20260302T150000Z",
    end: "20260302T153000Z",
    organizer: ELLIS,
    attendees: [MORGAN],
  }),
  "corvid-r1/thanks.eml": eml({
    from: MORGAN,
    to: ELLIS,
    subject: "Thank you for the call",
    date: "Mon, 02 Mar 2026 18:00:00 +0000",
    id: "thanks-r1@postbox.example",
    body: "Hi Ellis,\n\nThank you for the call today. I enjoyed the talk about offline sync.\n\nMorgan",
  }),
};

/** Round 2, a week later, filed by mistake under a new application by a misspelt name. */
const SECOND_ROUND = {
  "corvid-r2/notes.md":
    "Onsite with the mobile team. Ellis said they would decide by Friday.\nWe went through the map tile cache.\n",
  "corvid-r2/invite.ics": ics({
    summary: "Onsite",
    start: "20260309T150000Z",
    end: "20260309T170000Z",
    organizer: "Rafe Okoro <rafe.okoro@corvid-maps-hr.example>",
    attendees: [MORGAN],
  }),
};

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return e;
}

describe.each(STORE_TARGETS)("editing applications on $name", (target) => {
  let store: Store;
  let dir: string;
  let cleanup: () => Promise<void>;
  let corvid: number;
  let misfiled: number;
  const dump = async () => dumpWorkspace(store, await schemaVersion(store.conn));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-edit-"));
    let location: string;
    ({ location, cleanup } = await target.create());
    store = await openStore(location, NOW);
    for (const [path, text] of Object.entries({ ...FIRST_ROUND, ...SECOND_ROUND })) {
      await mkdir(join(dir, path, ".."), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const first = await addToWorkspace(store, [join(dir, "corvid-r1")], { now: NOW, me: "Morgan Ashby" });
    const second = await addToWorkspace(store, [join(dir, "corvid-r2")], { now: NOW, application: "Corvd" });
    corvid = first.filed[0]?.applicationId ?? 0;
    misfiled = second.filed[0]?.applicationId ?? 0;
    expect([corvid, misfiled]).toEqual([1, 2]);
  });
  afterEach(async () => {
    await closeStore(store);
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  describe("rename", () => {
    it("changes the company and the role, and clears a role given as empty", async () => {
      const report = await renameApplication(store, "corvd", {
        company: "  Corvid   Maps ",
        role: "Mobile engineer",
      });
      expect(report).toEqual({
        applicationId: misfiled,
        before: { company: "Corvd", role: null },
        after: { company: "Corvid Maps", role: "Mobile engineer" },
      });
      expect((await readApplication(store, misfiled))?.application).toMatchObject({
        company: "Corvid Maps",
        role: "Mobile engineer",
      });
      await renameApplication(store, String(misfiled), { role: "" });
      expect((await readApplication(store, misfiled))?.application.role).toBeNull();
    });

    it("refuses a missing application, an empty name, and nothing to change, writing nothing", async () => {
      const before = await dump();
      expect((await rejection(renameApplication(store, "99", { company: "X" }))).code).toBe(
        "no-such-application",
      );
      expect((await rejection(renameApplication(store, "corvd", { company: "  " }))).code).toBe("bad-name");
      expect((await rejection(renameApplication(store, "corvd", {}))).code).toBe("nothing-to-rename");
      expect(await dump()).toEqual(before);
    });
  });

  describe("merge", () => {
    it("moves sources, rounds (renumbered in time order), messages and actions under A, and re-reads A", async () => {
      // Round 2, misfiled under B, is the later one: merged into A it is round 2 there.
      const beforeA = await readApplication(store, corvid);
      const beforeB = await readApplication(store, misfiled);
      const report = await mergeApplications(store, String(corvid), "corvd", NOW);
      expect(report.into).toEqual({ applicationId: corvid, company: "Corvid Maps" });
      expect(report.from).toEqual({ applicationId: misfiled, company: "Corvd" });
      expect(report.rounds).toEqual([
        { number: 1, was: { applicationId: corvid, number: 1 } },
        { number: 2, was: { applicationId: misfiled, number: 1 } },
      ]);
      expect(report.sources).toBe(2);

      const after = await readApplication(store, corvid);
      expect(await readApplication(store, misfiled)).toBeUndefined();
      expect(after?.sources.map((s) => s.name).sort()).toEqual(
        [...(beforeA?.sources ?? []), ...(beforeB?.sources ?? [])].map((s) => s.name).sort(),
      );
      expect(after?.rounds.map((r) => [r.number, r.starts_at])).toEqual([
        [1, "2026-03-02T15:00:00.000Z"],
        [2, "2026-03-09T15:00:00.000Z"],
      ]);
      // The re-read: the later round now reads with its own notes, and the plan is the latest round's.
      expect(after?.rounds[1]?.analysis).toContain("corvid-r2/notes.md");
      expect(after?.messages.map((m) => m.message_id)).toEqual(["<thanks-r1@postbox.example>"]);
      const open = after?.actions.filter((a) => a.status === "open") ?? [];
      expect(open.length).toBeGreaterThan(0);
      expect(open.every((a) => a.key.startsWith("2:"))).toBe(true);
      const all = await dump();
      expect(all.applications.map((a) => a.id)).toEqual([corvid]);
      expect(all.actions.every((a) => a.application_id === corvid)).toBe(true);
      expect(all.round_signals.every((s) => all.rounds.some((r) => r.id === s.round_id))).toBe(true);
    });

    it("keeps an action done as done when its round is renumbered", async () => {
      // B's round 1 (9 March) is round 2 under A: its action keys move with it, and a done one stays done.
      const b = await readApplication(store, misfiled);
      const action = b?.actions.find((a) => a.status === "open");
      if (!action) throw new Error("no open action");
      await completeAction(store, action.id, NOW);
      await mergeApplications(store, String(corvid), String(misfiled), NOW);
      const after = await readApplication(store, corvid);
      const moved = after?.actions.find((a) => a.id === action.id);
      expect(moved).toMatchObject({ status: "done", done_by: "you", key: action.key.replace(/^1:/, "2:") });
    });

    it("refuses merging an application into itself, or one that does not exist, writing nothing", async () => {
      const before = await dump();
      const self = await rejection(mergeApplications(store, "1", "corvid maps", NOW));
      expect(self.code).toBe("merge-into-itself");
      expect(self.message).toContain("the same application");
      expect((await rejection(mergeApplications(store, "1", "7", NOW))).code).toBe("no-such-application");
      expect(await dump()).toEqual(before);
    });
  });

  describe("delete", () => {
    it("writes an export of the application's rows first, then deletes them and nothing else", async () => {
      const keepFolder = join(dir, "kept");
      const before = await dump();
      const report = await deleteApplication(store, "corvd", { now: NOW, keepFolder });
      expect(report.keptAt).toBe(join(keepFolder, "debrief-deleted-2-corvd-2026-03-12T12-00-00Z.json"));
      expect(report.rows).toMatchObject({ applications: 1, rounds: 1, sources: 2 });

      const kept = JSON.parse(await readFile(report.keptAt, "utf8")) as {
        format: string;
        application: { id: number; company: string };
        tables: Record<string, Record<string, unknown>[]>;
      };
      expect(kept.format).toBe("debrief-application");
      expect(kept.application).toMatchObject({ id: 2, company: "Corvd" });
      const notes = kept.tables.sources?.find((s) => s.name === "corvid-r2/notes.md");
      expect(Buffer.from(String(notes?.content), "base64").toString("utf8")).toBe(
        SECOND_ROUND["corvid-r2/notes.md"],
      );
      expect(kept.tables.actions?.length).toBe(before.actions.filter((a) => a.application_id === 2).length);

      const after = await dump();
      expect(after.applications.map((a) => a.id)).toEqual([corvid]);
      for (const table of ["rounds", "sources", "messages", "actions", "outcomes"] as const)
        expect(after[table].filter((r) => r.application_id === 2)).toEqual([]);
      expect(after.sources).toEqual(before.sources.filter((s) => s.application_id === corvid));
      expect((await readOverview(store)).applications).toHaveLength(1);
    });

    it("writes to --keep, refuses a file that exists, and deletes nothing then", async () => {
      const keep = join(dir, "corvd.json");
      await deleteApplication(store, "corvd", { now: NOW, keep, keepFolder: dir });
      expect(JSON.parse(await readFile(keep, "utf8")).application.company).toBe("Corvd");
      const before = await dump();
      const e = await rejection(deleteApplication(store, "1", { now: NOW, keep, keepFolder: dir }));
      expect(e.code).toBe("keep-exists");
      expect(await dump()).toEqual(before);
      expect((await rejection(deleteApplication(store, "corvd", { now: NOW, keepFolder: dir }))).code).toBe(
        "no-such-application",
      );
    });
  });
});
