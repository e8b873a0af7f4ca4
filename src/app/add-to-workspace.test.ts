import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emlText as eml, icsText as ics } from "../../test/mail-fixtures.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { dumpWorkspace } from "../../test/workspace-dump.js";
import { schemaVersion } from "../store/migrate.js";
import { readApplication, readOutcomes } from "../store/read-application.js";
import { readOverview } from "../store/read-overview.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import {
  type AddHooks,
  type AddOptions,
  type AddReport,
  addToWorkspace,
  type Choice,
  type Question,
} from "./add-to-workspace.js";
import { InputError } from "./input-error.js";

// Everyone and everything here is made up: the candidate, the companies (on .example domains), the mail.
const NOW = "2026-03-10T12:00:00Z";
const JAMIE = "Jamie Ortega <jamie.ortega@fastmail.com>";
const DANA = "Dana Whitlock <dana.whitlock@lumenfold.example>";

// ---------------------------------------------------------------------------------------------------
// Fixtures, composed as strings

type Mail = Parameters<typeof eml>[0];

/** Messages as an mbox export: each after a "From " line, separated by an empty line. */
function mbox(messages: Mail[]): string {
  return messages
    .map(
      (m) => `From ${m.id.split("@")[0]}@mbox Thu Mar  5 10:00:00 2026\n${eml(m).replace(/\r\n/g, "\n")}\n`,
    )
    .join("");
}

const LUMENFOLD_NOTES = [
  "# Lumenfold Analytics: data engineer, round 1",
  "",
  "Met Dana Whitlock, the engineering manager, for an hour.",
  "She said my answer on the ingestion pipeline was exactly what they need.",
  "She asked when I could start and said they would send the next steps by Friday.",
  "",
].join("\n");

const LUMENFOLD_INVITE = ics({
  summary: "Lumenfold Analytics: data engineer interview",
  start: "20260302T150000Z",
  end: "20260302T160000Z",
  organizer: DANA,
  attendees: [JAMIE],
});

const THANKS: Mail = {
  from: JAMIE,
  to: DANA,
  subject: "Thank you for today",
  date: "Mon, 02 Mar 2026 18:00:00 +0000",
  id: "thanks-1@fastmail.com",
  body: "Hi Dana,\n\nThank you for the interview today. I enjoyed hearing about the pipeline work.\n\nBest,\nJamie",
};

const DANA_REPLY: Mail = {
  from: DANA,
  to: JAMIE,
  subject: "Re: Thank you for today",
  date: "Wed, 04 Mar 2026 09:30:00 +0000",
  id: "reply-1@lumenfold.example",
  inReplyTo: THANKS.id,
  body: "Hi Jamie,\n\nGreat to meet you too. We will be in touch about the next round this week.\n\nDana\nLumenfold Analytics",
};

/** The tree of files a test adds, written under a temporary folder. */
type Tree = Record<string, string | Uint8Array>;

let dir: string;
async function write(tree: Tree): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}
const at = (...paths: string[]) => paths.map((p) => join(dir, p));

const LUMENFOLD_FOLDER: Tree = {
  "lumenfold-r1/notes.md": LUMENFOLD_NOTES,
  "lumenfold-r1/invite.ics": LUMENFOLD_INVITE,
  "lumenfold-r1/thanks.eml": eml(THANKS),
};

const TIDEWATER_FOLDER: Tree = {
  "tidewater-r1/notes.md": [
    "# Tidewater Labs: platform engineer, phone screen",
    "",
    "Call with Priya Nand from the talent team. Thirty minutes, mostly about my background.",
    "",
  ].join("\n"),
  "tidewater-r1/invite.ics": ics({
    summary: "Tidewater Labs phone screen",
    start: "20260303T170000Z",
    end: "20260303T173000Z",
    organizer: "Priya Nand <priya.nand@tidewaterlabs.example>",
    attendees: [JAMIE],
  }),
};

/** Notes that name no company, no person's domain, nothing to match. */
const ANONYMOUS_NOTES =
  "Went well overall, they liked my answers.\nWe talked about on-call and the team's rota.\n";

// ---------------------------------------------------------------------------------------------------

function filedUnder(report: AddReport, company: string) {
  const f = report.filed.find((x) => x.company === company);
  if (!f) throw new Error(`nothing filed under ${company}: ${JSON.stringify(report.filed)}`);
  return f;
}

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return e;
}

describe.each(STORE_TARGETS)("addToWorkspace on $name", (target) => {
  let store: Store;
  let location: string;
  let cleanup: () => Promise<void>;
  let version: number;
  const dump = () => dumpWorkspace(store, version);
  const add = (paths: string[], options: Omit<AddOptions, "now"> = {}, hooks: AddHooks = {}) =>
    addToWorkspace(store, paths, { now: NOW, ...options }, hooks);
  const appId = async (company: string) => {
    const app = (await readOverview(store)).applications.find((a) => a.company === company);
    if (!app) throw new Error(`no application ${company}`);
    return app.id;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-add-"));
    ({ location, cleanup } = await target.create());
    store = await openStore(location, NOW);
    version = await schemaVersion(store.conn);
  });
  afterEach(async () => {
    await closeStore(store);
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  });

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

    const overview = await readOverview(store);
    expect(overview.applications).toMatchObject([
      { company: "Lumenfold Analytics", role: "data engineer", domain: "lumenfold.example" },
    ]);
    expect(overview.rounds).toHaveLength(1);

    const detail = await readApplication(store, filed.applicationId);
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

  it("stores a file given twice in one add once, and says it was repeated, not stored before", async () => {
    await write({ ...LUMENFOLD_FOLDER, "lumenfold-r1/notes copy.md": LUMENFOLD_NOTES });
    const report = await add(at("lumenfold-r1"));
    expect(report.duplicates).toEqual([]);
    expect(report.repeated).toHaveLength(1);
    expect((await dump()).sources).toHaveLength(3);
  });

  describe("the same message, however it arrives", () => {
    it("stores a loose .eml once when an mbox brings it again, and says why it is a duplicate", async () => {
      await write({ ...LUMENFOLD_FOLDER, "reply.eml": eml(DANA_REPLY) });
      await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
      await add(at("reply.eml"));
      const before = await dump();
      // The export holds the same two messages: other bytes (a "From " line, LF line ends), the same ids,
      // one written with its domain in capitals and no angle brackets.
      const shouted = mbox([THANKS, DANA_REPLY]).replace(
        `Message-ID: <${DANA_REPLY.id}>`,
        `Message-ID: ${DANA_REPLY.id.replace("lumenfold.example", "LumenFold.EXAMPLE")}`,
      );
      await write({ "export.mbox": shouted });
      const report = await add(at("export.mbox"));

      expect(report.filed).toEqual([]);
      expect([...report.duplicates].sort()).toEqual(["export.mbox#1", "export.mbox#2"]);
      expect(report.duplicateReasons).toEqual([
        {
          source: "export.mbox#1",
          reason: `the same message (Message-ID <${THANKS.id}>) is already filed under application 1 (Lumenfold Analytics)`,
        },
        {
          source: "export.mbox#2",
          reason: `the same message (Message-ID <${DANA_REPLY.id}>) is already filed under application 1 (Lumenfold Analytics)`,
        },
      ]);
      expect(await dump()).toEqual(before);
    });

    it("stores a message found in two mboxes of one add once, as the first copy", async () => {
      await write({
        ...LUMENFOLD_FOLDER,
        "inbox.mbox": mbox([DANA_REPLY]),
        "archive.mbox": mbox([DANA_REPLY]).replace(/^From \S+/, "From archive@mbox"),
      });
      await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
      const report = await add(at("inbox.mbox", "archive.mbox"));
      expect(report.filed).toMatchObject([{ company: "Lumenfold Analytics", sources: ["inbox.mbox#1"] }]);
      expect(report.repeated).toEqual(["archive.mbox#1"]);
      expect(report.duplicateReasons).toEqual([
        {
          source: "archive.mbox#1",
          reason: `the same message (Message-ID <${DANA_REPLY.id}>) as inbox.mbox#1, given in this add`,
        },
      ]);
      const all = await dump();
      expect(all.messages.filter((m) => m.message_id === `<${DANA_REPLY.id}>`)).toHaveLength(1);
    });

    it("files the loose .eml of a message an mbox in the same add also holds once", async () => {
      await write({ ...LUMENFOLD_FOLDER, "reply.eml": eml(DANA_REPLY), "export.mbox": mbox([DANA_REPLY]) });
      await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
      const report = await add(at("reply.eml", "export.mbox"));
      expect(report.filed.flatMap((f) => f.sources)).toHaveLength(1);
      expect(report.repeated).toHaveLength(1);
      expect((await dump()).sources).toHaveLength(4);
    });

    it("tells messages without a Message-ID apart by their bytes only", async () => {
      const noId = (body: string) =>
        eml({ ...DANA_REPLY, body })
          .replace(/^Message-ID: .*\r\n/m, "")
          .replace(/^In-Reply-To: .*\r\n/m, "");
      await write({
        ...LUMENFOLD_FOLDER,
        "a.eml": noId("Hi Jamie, the second round is on Tuesday.\n\nDana"),
        "b.eml": noId("Hi Jamie, the second round is on Tuesday.\n\nDana"),
        "c.eml": noId("Hi Jamie, the second round is on Tuesday at ten.\n\nDana"),
      });
      await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
      const report = await add(at("a.eml", "b.eml", "c.eml"));
      expect(report.repeated).toEqual(["b.eml"]);
      expect(report.duplicateReasons).toEqual([
        { source: "b.eml", reason: "the same bytes as a.eml, given in this add" },
      ]);
      expect(report.filed.flatMap((f) => f.sources).sort()).toEqual(["a.eml", "c.eml"]);
    });
  });

  it("changes nothing when the same folder is added again", async () => {
    await write(LUMENFOLD_FOLDER);
    await add(at("lumenfold-r1"));
    const before = await dump();

    const again = await add(at("lumenfold-r1"));
    expect(again.filed).toEqual([]);
    expect([...again.duplicates].sort()).toEqual([
      "lumenfold-r1/invite.ics",
      "lumenfold-r1/notes.md",
      "lumenfold-r1/thanks.eml",
    ]);
    expect(again.retries).toBe(0);
    // Nothing is written at all: not even the revision or the ingest log moves.
    expect(await dump()).toEqual(before);
  });

  it("files a later reply, loose, under the same application by its thread, with no new round", async () => {
    await write({ ...LUMENFOLD_FOLDER, "reply.eml": eml(DANA_REPLY) });
    const first = await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
    const id = filedUnder(first, "Lumenfold Analytics").applicationId;

    const report = await add(at("reply.eml"));
    expect(report.filed).toHaveLength(1);
    expect(report.filed[0]).toMatchObject({ applicationId: id, isNew: false, sources: ["reply.eml"] });
    expect(report.filed[0]?.basis).toBe("same mail thread");
    expect(report.filed[0]?.round).toBeUndefined();

    const detail = await readApplication(store, id);
    expect(detail?.rounds).toHaveLength(1);
    expect(detail?.messages.map((m) => m.message_id)).toEqual([`<${THANKS.id}>`, `<${DANA_REPLY.id}>`]);
    expect(detail?.messages[1]?.direction).toBe("company");
    expect(detail?.sources.find((s) => s.name === "reply.eml")?.round_id).toBeNull();
    expect((await readOverview(store)).applications).toHaveLength(1);
  });

  it("files a loose message from the company's domain, outside any thread, by its domain", async () => {
    await write({
      ...LUMENFOLD_FOLDER,
      "schedule.eml": eml({
        from: "Recruiting at Lumenfold <recruiting@lumenfold.example>",
        to: JAMIE,
        subject: "Scheduling your second round",
        date: "Thu, 05 Mar 2026 10:00:00 +0000",
        id: "sched-1@lumenfold.example",
        body: "Hi Jamie,\n\nCould you send us a few times next week for the second round?\n\nThanks,\nThe Lumenfold recruiting team",
      }),
    });
    await add(at("lumenfold-r1"));
    const report = await add(at("schedule.eml"));
    expect(report.filed).toMatchObject([
      { company: "Lumenfold Analytics", isNew: false, basis: "mail from lumenfold.example" },
    ]);
    const detail = await readApplication(store, await appId("Lumenfold Analytics"));
    expect(detail?.messages).toHaveLength(2);
    expect(detail?.rounds).toHaveLength(1);
  });

  it("files a mailbox message by message: by domain, by thread, as a new application, or leaves it out", async () => {
    await write(LUMENFOLD_FOLDER);
    await add(at("lumenfold-r1"));
    const lumenfold = await appId("Lumenfold Analytics");
    const before = await readApplication(store, lumenfold);

    const messages: Mail[] = [
      {
        from: "Recruiting at Lumenfold <recruiting@lumenfold.example>",
        to: JAMIE,
        subject: "Scheduling your second round",
        date: "Thu, 05 Mar 2026 10:00:00 +0000",
        id: "sched-1@lumenfold.example",
        body: "Hi Jamie,\n\nCould you send us a few times next week for the second round?\n\nLumenfold recruiting",
      },
      {
        from: "Omar Reyes <omar.reyes.dev@gmail.com>",
        to: JAMIE,
        subject: "Re: Scheduling your second round",
        date: "Thu, 05 Mar 2026 14:00:00 +0000",
        id: "omar-1@mail.gmail.com",
        inReplyTo: "sched-1@lumenfold.example",
        body: "Hi Jamie, I'll be on the panel too, writing from my own address. Looking forward to it. Omar",
      },
      {
        from: DANA,
        to: JAMIE,
        subject: "Panel details",
        date: "Fri, 06 Mar 2026 09:00:00 +0000",
        id: "panel-1@lumenfold.example",
        body: "Hi Jamie,\n\nThe panel will be three people and last ninety minutes.\n\nDana",
      },
      {
        from: "Priya Nand <priya.nand@tidewaterlabs.example>",
        to: JAMIE,
        subject: "Interview invitation: platform engineer",
        date: "Fri, 06 Mar 2026 11:00:00 +0000",
        id: "invite-1@tidewaterlabs.example",
        body: "Hi Jamie,\n\nThanks for applying. We would like to invite you to a first interview.\n\nPriya Nand\nTalent Partner, Tidewater Labs",
      },
      {
        from: "Quillpress Weekly <digest@quillpress.example>",
        to: JAMIE,
        subject: "Your weekly reading digest",
        date: "Sat, 07 Mar 2026 07:00:00 +0000",
        id: "digest-1@quillpress.example",
        body: "Ten essays picked for you this week, from gardening to astronomy.",
      },
      {
        from: "Sam Friend <sam.friend@gmail.com>",
        to: JAMIE,
        subject: "Dinner on Saturday?",
        date: "Sat, 07 Mar 2026 12:00:00 +0000",
        id: "sam-1@mail.gmail.com",
        body: "Are you free for dinner on Saturday? Bring the board game.",
      },
      {
        from: "Voltgrid Billing <billing@voltgrid.example>",
        to: JAMIE,
        subject: "Your March statement",
        date: "Sun, 08 Mar 2026 07:00:00 +0000",
        id: "bill-1@voltgrid.example",
        body: "Your statement for March is ready. Amount due: 42.10.",
      },
    ];
    await write({ "export.mbox": mbox(messages) });
    const report = await add(at("export.mbox"));

    expect(report.skipped).toEqual([]);
    expect(report.leftOut?.count).toBe(3);
    expect(report.filed).toHaveLength(2);
    const toLumenfold = filedUnder(report, "Lumenfold Analytics");
    expect(toLumenfold).toMatchObject({ applicationId: lumenfold, isNew: false });
    expect([...toLumenfold.sources].sort()).toEqual(["export.mbox#1", "export.mbox#2", "export.mbox#3"]);
    const tidewater = filedUnder(report, "Tidewater Labs");
    expect(tidewater).toMatchObject({ isNew: true, sources: ["export.mbox#4"] });

    const overview = await readOverview(store);
    expect(overview.applications.map((a) => [a.company, a.domain])).toEqual([
      ["Lumenfold Analytics", "lumenfold.example"],
      ["Tidewater Labs", "tidewaterlabs.example"],
    ]);
    const after = await readApplication(store, lumenfold);
    expect(after?.rounds).toHaveLength(1);
    expect(after?.messages.map((m) => m.message_id)).toEqual([
      ...(before?.messages.map((m) => m.message_id) ?? []),
      "<sched-1@lumenfold.example>",
      "<omar-1@mail.gmail.com>",
      "<panel-1@lumenfold.example>",
    ]);
    const all = await dump();
    expect(all.sources.map((s) => s.name)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^export\.mbox#[567]$/)]),
    );
    expect(all.sources).toHaveLength(3 + 4);
    expect(all.messages.map((m) => m.message_id)).not.toContain("<sam-1@mail.gmail.com>");
  });

  it("in a fresh workspace, starts applications from hiring conversations only, and says why for the rest", async () => {
    const ROSA = "Rosa Pell <rosa.pell@ketterworks.example>";
    const thanks: Mail = {
      from: JAMIE,
      to: ROSA,
      subject: "Thank you for Tuesday",
      date: "Tue, 03 Mar 2026 19:00:00 +0000",
      id: "ty-1@fastmail.com",
      body: "Hi Rosa,\n\nThank you for the interview on Tuesday. I enjoyed the talk about the data platform.\n\nJamie",
    };
    const messages: Mail[] = [
      thanks,
      {
        from: ROSA,
        to: JAMIE,
        subject: "Re: Thank you for Tuesday",
        date: "Wed, 04 Mar 2026 10:00:00 +0000",
        id: "ty-reply@ketterworks.example",
        inReplyTo: thanks.id,
        body: "Hi Jamie,\n\nLovely to meet you. We'll make a decision by Friday.\n\nRosa",
      },
      {
        // Another person at the same company, outside the thread: found by the domain of a person met.
        from: "Theo Marsh <theo.marsh@ketterworks.example>",
        to: JAMIE,
        subject: "Next steps",
        date: "Fri, 06 Mar 2026 10:00:00 +0000",
        id: "next-1@ketterworks.example",
        body: "Hi Jamie,\n\nWe would like to bring you back for a final round with the team.\n\nTheo",
      },
      {
        // An agency recruiter who names the company: joins it by its name.
        from: "Vic Dunmore <vic@brightpath-talent.example>",
        to: JAMIE,
        subject: "Quick note",
        date: "Sat, 07 Mar 2026 10:00:00 +0000",
        id: "agency-1@brightpath-talent.example",
        body: "Hi Jamie,\n\nI heard from Ketterworks that the final round is on. Good luck.\n\nVic",
      },
      {
        from: "Hatchery Jobs <digest@hatchery.example>",
        to: JAMIE,
        subject: "12 new data roles from companies hiring now",
        date: "Thu, 05 Mar 2026 07:00:00 +0000",
        id: "digest-9@hatchery.example",
        body: "Interview tips, and positions at companies that are recruiting this week.",
      },
      {
        from: "Cartwheel Shop <hello@cartwheel.example>",
        to: JAMIE,
        subject: "Spring sale: roles of ribbon, position your garden",
        date: "Thu, 05 Mar 2026 08:00:00 +0000",
        id: "sale-1@cartwheel.example",
        body: "Everything half price.\n\nTo stop these emails, unsubscribe here.",
      },
      {
        from: "Sam Friend <sam.friend@gmail.com>",
        to: JAMIE,
        subject: "How did the interview go?",
        date: "Thu, 05 Mar 2026 20:00:00 +0000",
        id: "sam-2@mail.gmail.com",
        body: "Tell me everything at dinner!",
      },
    ];
    // The job alert carries list headers, as real alerts do.
    const text = mbox(messages).replace(
      "Subject: 12 new data roles",
      "List-Unsubscribe: <mailto:leave@hatchery.example>\nList-Id: <jobs.hatchery.example>\nSubject: 12 new data roles",
    );
    await write({ "all-mail.mbox": text });
    const report = await add(at("all-mail.mbox"), { me: "Jamie Ortega" });

    expect(report.filed.map((f) => f.company)).toEqual(["Ketterworks"]);
    const ketter = filedUnder(report, "Ketterworks");
    expect(ketter.basis).toBe("new, from mail from ketterworks.example: your thank-you for an interview");
    expect([...ketter.sources].sort()).toEqual([
      "all-mail.mbox#1",
      "all-mail.mbox#2",
      "all-mail.mbox#3",
      "all-mail.mbox#4",
    ]);
    expect(report.leftOut?.count).toBe(3);
    expect(report.leftOut?.reasons).toEqual(
      expect.arrayContaining([
        { reason: "list or bulk mail (List-Unsubscribe header)", count: 1 },
        { reason: "list or bulk mail (a list's words)", count: 1 },
      ]),
    );
    expect(report.leftOut?.reason).toContain("1 personal mail: no company or hiring service in it");
    expect((await readOverview(store)).applications).toHaveLength(1);
  });

  it("files the invitation that opened a thread once a later message of it starts the application", async () => {
    const invite: Mail = {
      from: "Noor Haile <noor.haile@quillbeck.example>",
      to: JAMIE,
      subject: "Coffee?",
      date: "Mon, 02 Mar 2026 09:00:00 +0000",
      id: "open-1@quillbeck.example",
      body: "Hi Jamie, are you around for a coffee this week?",
    };
    const later: Mail = {
      from: "Noor Haile <noor.haile@quillbeck.example>",
      to: JAMIE,
      subject: "Re: Coffee?",
      date: "Wed, 04 Mar 2026 09:00:00 +0000",
      id: "open-2@quillbeck.example",
      inReplyTo: invite.id,
      body: "Following our chat, we would like to invite you to an interview with the platform team.",
    };
    await write({ "box.mbox": mbox([invite, later]) });
    const report = await add(at("box.mbox"), { me: "Jamie Ortega" });
    expect(report.filed).toHaveLength(1);
    expect([...(report.filed[0]?.sources ?? [])].sort()).toEqual(["box.mbox#1", "box.mbox#2"]);
    expect(report.leftOut).toBeUndefined();
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
      expect((await readOverview(store)).applications).toHaveLength(2);
      expect((await readApplication(store, tidewater))?.sources.map((s) => s.name)).toContain(
        "anonymous/notes.md",
      );
    });

    it("files it under a new application when the answer is a new company", async () => {
      const report = await add(at("anonymous"), {}, { choose: async () => ({ company: "New Co" }) });
      expect(report.filed).toMatchObject([
        { company: "New Co", isNew: true, round: { number: 1, isNew: true } },
      ]);
      const apps = (await readOverview(store)).applications;
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
        expect((await readOverview(store)).applications).toHaveLength(1);
      },
    );

    it("a new name makes a new application", async () => {
      const report = await add(at("more"), { application: "Kestrel Works" });
      expect(report.filed).toMatchObject([{ company: "Kestrel Works", isNew: true, basis: "--application" }]);
      expect((await readOverview(store)).applications.map((a) => [a.company, a.basis])).toEqual([
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
      const app = (await readOverview(store)).applications.find((a) => a.company === "KW Robotics");
      expect(app?.domain).toBe("kestrelworks.example");

      const later = await add(at("next.eml"));
      expect(later.filed).toMatchObject([{ company: "KW Robotics", isNew: false }]);
      expect((await readOverview(store)).applications).toHaveLength(2);
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

      const detail = await readApplication(store, id);
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
    const other = await openStore(location, NOW);
    try {
      const [a, b] = await Promise.all([
        addToWorkspace(store, at("lumenfold-r1"), { now: NOW }),
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
    const other = await openStore(location, NOW);
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

    const outcomes = await readOutcomes(store);
    expect(outcomes).toMatchObject([{ application_id: id, outcome: "rejected", recorded_by: "email" }]);
    const source = (await readApplication(store, id ?? -1))?.sources.find((s) => s.name === "reject.eml");
    expect(outcomes[0]?.source_id).toBe(source?.id);

    // A later message in the thread: the outcome was known, so it is not news.
    const later = await add(at("feedback.eml"));
    expect(later.filed).toMatchObject([{ applicationId: id, basis: "same mail thread" }]);
    expect(later.outcomes).toEqual([]);
    expect(await readOutcomes(store)).toMatchObject([
      { application_id: id, outcome: "rejected", recorded_by: "email" },
    ]);
  });
});
