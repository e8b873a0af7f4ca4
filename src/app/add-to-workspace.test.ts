import { beforeEach, describe, expect, it } from "vitest";
import {
  ANONYMOUS_NOTES,
  DANA,
  filedUnder,
  JAMIE,
  LUMENFOLD_FOLDER,
  LUMENFOLD_NOTES,
  type Mail,
  NOW,
  rejection,
  THANKS,
  TIDEWATER_FOLDER,
  useAddWorkspace,
} from "../../test/add-fixtures.js";
import { emlText as eml, icsText as ics } from "../../test/mail-fixtures.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { readApplication, readOutcomes } from "../store/read-application.js";
import { readOverview } from "../store/read-overview.js";
import { closeStore, openStore } from "../store/workspace-store.js";
import { type AddReport, addToWorkspace, type Choice, type Question } from "./add-to-workspace.js";

// Everyone and everything here is made up: the candidate, the companies (on .example domains), the mail.
describe.each(STORE_TARGETS)("addToWorkspace on $name", (target) => {
  const w = useAddWorkspace(target);
  const { add, appId, dump, write, at } = w;

  it("files a folder whose notes name the company as a new application with one read round", async () => {
    await write(LUMENFOLD_FOLDER);
    const report = await add(at("lumenfold-r1"), { me: "Jamie Ortega" });

    expect(report.skipped).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.filed).toHaveLength(1);
    const filed = filedUnder(report, "Lumenfold Analytics");
    expect(filed).toMatchObject({ isNew: true, role: "data engineer", round: { number: 1, isNew: true } });
    expect([...filed.sources].sort()).toEqual([
      "lumenfold-r1/invite.ics",
      "lumenfold-r1/notes.md",
      "lumenfold-r1/thanks.eml",
    ]);

    const overview = await readOverview(w.store);
    expect(overview.applications).toMatchObject([
      { company: "Lumenfold Analytics", role: "data engineer", domain: "lumenfold.example" },
    ]);
    expect(overview.rounds).toHaveLength(1);

    const detail = await readApplication(w.store, filed.applicationId);
    expect(detail?.rounds).toHaveLength(1);
    const round = detail?.rounds[0];
    expect(round?.number).toBe(1);
    expect(round?.starts_at).toBe("2026-03-02T15:00:00.000Z");
    expect(["strong", "promising", "mixed", "weak"]).toContain(round?.read_band);
    expect(round?.analysis).toContain('"source":"lumenfold-r1/notes.md"');
    expect(detail?.signals.length).toBeGreaterThan(0);
    expect(detail?.signals.every((s) => s.round_id === round?.id)).toBe(true);
    expect(detail?.sources.map((s) => s.round_id)).toEqual([round?.id, round?.id, round?.id]);
    expect(detail?.sources.every((s) => /^[0-9a-f]{64}$/.test(s.sha256))).toBe(true);
    expect(detail?.messages).toMatchObject([{ message_id: `<${THANKS.id}>`, direction: "candidate" }]);
    expect((await dump()).workspace[0]?.me).toBe("Jamie Ortega");
  });

  it("warns when --me matches no one in what it filed, naming the closest names, and not when it does", async () => {
    await write(LUMENFOLD_FOLDER);
    const typo = await add(at("lumenfold-r1"), { me: "Jaime Ortgea" });
    expect(typo.warnings.join("\n")).toMatch(
      /--me "Jaime Ortgea" matches no one.*the closest: .*Jamie Ortega/,
    );
    await write({ "again/notes.md": LUMENFOLD_NOTES });
    const right = await add(at("again"), { me: "Jamie Ortega", application: "Lumenfold Analytics" });
    expect(right.warnings.join("\n")).not.toMatch(/matches no one/);
  });

  describe("a folder that names no company", () => {
    beforeEach(async () => {
      await write({ ...LUMENFOLD_FOLDER, ...TIDEWATER_FOLDER, "anonymous/notes.md": ANONYMOUS_NOTES });
      await add(at("lumenfold-r1", "tidewater-r1"));
    });

    it("is an input error without a way to ask, and nothing is written", async () => {
      const before = await dump();
      const e = await rejection(add(at("anonymous")));
      expect(e.code).toBe("which-application");
      expect(e.message).toContain("anonymous");
      expect(e.hint).toContain("--application");
      expect(await dump()).toEqual(before);
    });

    it("asks, with every application as an option, and files it under the one chosen", async () => {
      const tidewater = await appId("Tidewater Labs");
      const questions: Question[] = [];
      const choose = async (q: Question): Promise<Choice> => {
        questions.push(q);
        return { applicationId: tidewater };
      };
      const report = await add(at("anonymous"), {}, { choose });

      expect(questions).toHaveLength(1);
      expect(questions[0]?.options.map((o) => o.id).sort()).toEqual([
        await appId("Lumenfold Analytics"),
        tidewater,
      ]);
      expect(questions[0]?.facts.company).toBeUndefined();
      expect(report.filed).toMatchObject([
        { applicationId: tidewater, isNew: false, basis: "your choice", round: { number: 2, isNew: true } },
      ]);
      expect((await readOverview(w.store)).applications).toHaveLength(2);
      expect((await readApplication(w.store, tidewater))?.sources.map((s) => s.name)).toContain(
        "anonymous/notes.md",
      );
    });

    it("files it under a new application when the answer is a new company", async () => {
      const report = await add(at("anonymous"), {}, { choose: async () => ({ company: "New Co" }) });
      expect(report.filed).toMatchObject([
        { company: "New Co", isNew: true, round: { number: 1, isNew: true } },
      ]);
      const apps = (await readOverview(w.store)).applications;
      expect(apps.map((a) => a.company)).toEqual(["Lumenfold Analytics", "Tidewater Labs", "New Co"]);
    });
  });

  describe("--application", () => {
    beforeEach(async () => {
      await write({ ...LUMENFOLD_FOLDER, "more/notes.md": ANONYMOUS_NOTES });
      await add(at("lumenfold-r1"));
    });

    it.each(["lumenfold analytics", "LUMENFOLD", "1"])(
      "%j files under the existing application",
      async (ref) => {
        const report = await add(at("more"), { application: ref });
        expect(report.filed).toMatchObject([
          { company: "Lumenfold Analytics", isNew: false, basis: "--application" },
        ]);
        expect((await readOverview(w.store)).applications).toHaveLength(1);
      },
    );

    it("a new name makes a new application", async () => {
      const report = await add(at("more"), { application: "Kestrel Works" });
      expect(report.filed).toMatchObject([{ company: "Kestrel Works", isNew: true, basis: "--application" }]);
      expect((await readOverview(w.store)).applications.map((a) => [a.company, a.basis])).toEqual([
        ["Lumenfold Analytics", "new: lumenfold-r1/invite.ics"],
        ["Kestrel Works", "--application"],
      ]);
    });

    it("a new application by that name keeps the folder's mail domain, so later mail finds it", async () => {
      await write({
        "kw/notes.md": ANONYMOUS_NOTES,
        "kw/invite.ics": ics({
          summary: "Interview",
          start: "20260304T100000Z",
          end: "20260304T110000Z",
          organizer: "Lena Brandt <lena.brandt@kestrelworks.example>",
          attendees: [JAMIE],
        }),
        "next.eml": eml({
          from: "Lena Brandt <lena.brandt@kestrelworks.example>",
          to: JAMIE,
          subject: "Second interview",
          date: "Fri, 06 Mar 2026 10:00:00 +0000",
          id: "kw-2@kestrelworks.example",
          body: "Hi Jamie,\n\nWe would like to invite you to a second interview.\n\nLena",
        }),
      });
      const first = await add(at("kw"), { application: "KW Robotics" });
      expect(first.filed).toMatchObject([{ company: "KW Robotics", isNew: true }]);
      const app = (await readOverview(w.store)).applications.find((a) => a.company === "KW Robotics");
      expect(app?.domain).toBe("kestrelworks.example");

      const later = await add(at("next.eml"));
      expect(later.filed).toMatchObject([{ company: "KW Robotics", isNew: false }]);
      expect((await readOverview(w.store)).applications).toHaveLength(2);
    });

    it("an id that does not exist is an input error, and nothing is written", async () => {
      const before = await dump();
      const e = await rejection(add(at("more"), { application: "99" }));
      expect(e.code).toBe("no-such-application");
      expect(await dump()).toEqual(before);
    });
  });

  describe("rounds", () => {
    it("files under --round, and a folder with an invite on round 1's day under round 1", async () => {
      await write({
        ...LUMENFOLD_FOLDER,
        "lumenfold-r2/notes.md":
          "# Lumenfold Analytics: data engineer, round 2\n\nPanel of three. Hard system design.\n",
        "lumenfold-extra/invite.ics": ics({
          summary: "Lumenfold Analytics: meet the team",
          start: "20260302T170000Z",
          end: "20260302T173000Z",
          organizer: DANA,
          attendees: [JAMIE],
        }),
        "lumenfold-extra/notes.md":
          "# Lumenfold Analytics: data engineer\n\nCoffee with two of the team after the interview.\n",
      });
      await add(at("lumenfold-r1"));
      const id = await appId("Lumenfold Analytics");

      const second = await add(at("lumenfold-r2"), { round: 2 });
      expect(second.filed).toMatchObject([{ applicationId: id, round: { number: 2, isNew: true } }]);

      const sameDay = await add(at("lumenfold-extra"));
      expect(sameDay.filed).toMatchObject([{ applicationId: id, round: { number: 1, isNew: false } }]);

      const detail = await readApplication(w.store, id);
      expect(detail?.rounds.map((r) => r.number)).toEqual([1, 2]);
      const roundOf = new Map(detail?.rounds.map((r) => [r.id, r.number]));
      const byName = Object.fromEntries(
        detail?.sources.map((s) => [s.name, roundOf.get(s.round_id ?? -1)]) ?? [],
      );
      expect(byName).toEqual({
        "lumenfold-r1/invite.ics": 1,
        "lumenfold-r1/notes.md": 1,
        "lumenfold-r1/thanks.eml": 1,
        "lumenfold-r2/notes.md": 2,
        "lumenfold-extra/invite.ics": 1,
        "lumenfold-extra/notes.md": 1,
      });
    });
  });

  it.each([
    [
      "a .vtt that is a PDF",
      "broken/transcript.vtt",
      new TextEncoder().encode("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n"),
    ],
    ["an empty invite", "broken/invite.ics", ""],
  ])("stores the good file and reports %s as skipped, not stored", async (_what, path, bytes) => {
    await write({ "broken/notes.md": LUMENFOLD_NOTES, [path]: bytes });
    const report = await add(at("broken"));
    const name = path.split("/")[1] ?? "";
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]?.source).toContain(name);
    expect(report.skipped[0]?.reason.length).toBeGreaterThan(0);
    expect(report.filed).toMatchObject([{ company: "Lumenfold Analytics", sources: ["broken/notes.md"] }]);
    const stored = (await dump()).sources.map((s) => s.name);
    expect(stored).toEqual(["broken/notes.md"]);
  });

  it("lets two writers on two connections add at once: both land", async () => {
    await write({ ...LUMENFOLD_FOLDER, ...TIDEWATER_FOLDER });
    const other = await openStore(w.location, NOW);
    try {
      const [a, b] = await Promise.all([
        addToWorkspace(w.store, at("lumenfold-r1"), { now: NOW }),
        addToWorkspace(other, at("tidewater-r1"), { now: NOW }),
      ]);
      expect(a.retries + b.retries).toBeGreaterThanOrEqual(0);
      expect(a.filed.map((f) => f.company)).toEqual(["Lumenfold Analytics"]);
      expect(b.filed.map((f) => f.company)).toEqual(["Tidewater Labs"]);
      const all = await dump();
      expect(all.applications.map((x) => x.company).sort()).toEqual([
        "Lumenfold Analytics",
        "Tidewater Labs",
      ]);
      expect(new Set(all.applications.map((x) => x.id)).size).toBe(2);
      const filedCount = [...a.filed, ...b.filed].reduce((n, f) => n + f.sources.length, 0);
      expect(filedCount).toBe(5);
      expect(all.sources).toHaveLength(filedCount);
      expect(all.rounds).toHaveLength(2);
      expect(all.ingests).toHaveLength(2);
      expect(all.workspace[0]?.revision).toBe(2);
    } finally {
      await closeStore(other);
    }
  });

  it("plans again when another writer got in first, without asking again", async () => {
    await write({ ...TIDEWATER_FOLDER, "anonymous/notes.md": ANONYMOUS_NOTES });
    const other = await openStore(w.location, NOW);
    try {
      let asked = 0;
      let theirs: AddReport | undefined;
      // While this add waits for an answer, its plan made, another connection files a folder.
      const mine = await add(
        at("anonymous"),
        {},
        {
          choose: async () => {
            asked++;
            theirs ??= await addToWorkspace(other, at("tidewater-r1"), { now: NOW });
            return { company: "New Co" };
          },
        },
      );
      expect(asked).toBe(1);
      expect(theirs?.retries).toBe(0);
      expect(mine.retries).toBe(1);
      const all = await dump();
      expect(all.applications.map((a) => [a.id, a.company])).toEqual([
        [1, "Tidewater Labs"],
        [2, "New Co"],
      ]);
      expect(mine.filed).toMatchObject([
        { applicationId: 2, company: "New Co", sources: ["anonymous/notes.md"] },
      ]);
      expect(all.sources.map((s) => [s.name, s.application_id])).toEqual([
        ["tidewater-r1/invite.ics", 1],
        ["tidewater-r1/notes.md", 1],
        ["anonymous/notes.md", 2],
      ]);
      expect(all.workspace[0]?.revision).toBe(2);
    } finally {
      await closeStore(other);
    }
  });

  it("reports an outcome the mail states, once, and records it as from the email", async () => {
    const rejectionMail: Mail = {
      from: "Harrowgate Careers <careers@harrowgate.example>",
      to: JAMIE,
      subject: "Your application for product analyst",
      date: "Mon, 09 Mar 2026 16:00:00 +0000",
      id: "reject-1@harrowgate.example",
      body: [
        "Dear Jamie,",
        "",
        "Thank you for your time and interest in Harrowgate Foods.",
        "After careful consideration, we have decided not to move forward with your application.",
        "",
        "Kind regards,",
        "The Harrowgate Foods talent team",
      ].join("\n"),
    };
    await write({
      "reject.eml": eml(rejectionMail),
      "feedback.eml": eml({
        from: "Harrowgate Careers <careers@harrowgate.example>",
        to: JAMIE,
        subject: "Re: Your application for product analyst",
        date: "Tue, 10 Mar 2026 09:00:00 +0000",
        id: "feedback-1@harrowgate.example",
        inReplyTo: rejectionMail.id,
        body: "Dear Jamie,\n\nAs asked, a short note of feedback: the panel liked your SQL.\n\nHarrowgate Foods",
      }),
    });
    const report = await add(at("reject.eml"), { me: "Jamie Ortega" });
    // Named from the domain, as the signature spells it ("Harrowgate Foods" has one word that is the domain).
    expect(report.filed).toMatchObject([{ company: "Harrowgate", isNew: true }]);
    const id = report.filed[0]?.applicationId;
    expect(report.outcomes).toMatchObject([
      { applicationId: id, company: "Harrowgate", outcome: "rejected" },
    ]);
    expect(report.outcomes[0]?.quote).toContain("not to move forward");

    const outcomes = await readOutcomes(w.store);
    expect(outcomes).toMatchObject([{ application_id: id, outcome: "rejected", recorded_by: "email" }]);
    const source = (await readApplication(w.store, id ?? -1))?.sources.find((s) => s.name === "reject.eml");
    expect(outcomes[0]?.source_id).toBe(source?.id);

    // A later message in the thread: the outcome was known, so it is not news.
    const later = await add(at("feedback.eml"));
    expect(later.filed).toMatchObject([{ applicationId: id, basis: "same mail thread" }]);
    expect(later.outcomes).toEqual([]);
    expect(await readOutcomes(w.store)).toMatchObject([
      { application_id: id, outcome: "rejected", recorded_by: "email" },
    ]);
  });
});
