import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TARGETS, sqliteTarget } from "../../test/store-targets.js";
import { isEmpty, TABLES } from "../store/dump-rows.js";
import { readSources } from "../store/read-state.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import { addToWorkspace } from "./add-to-workspace.js";
import {
  EXPORT_FORMAT,
  type ExportItem,
  importWorkspace,
  readExport,
  readExportFile,
  type WorkspaceExport,
  writeExport,
} from "./export-workspace.js";
import { InputError } from "./input-error.js";
import { setApplicationOutcome } from "./reanalyze-workspace.js";
import { createApplication, editApplication, editDraft, snoozeAction } from "./track-applications.js";
import { completeAction, listApplications, listTodo } from "./workspace-views.js";

/**
 * Export and import at the app level: a SQLite workspace filled by `addToWorkspace` from fictional
 * files (a case folder, loose emails with non-ASCII and non-UTF-8 text, an mbox), with an action marked
 * done and an outcome recorded, exported, imported into fresh SQLite and PostgreSQL workspaces, and
 * exported again: the same document but for its time, and the same source bytes.
 */

const NOW = "2026-02-11T17:00:00.000Z";
const LATER = "2026-03-01T12:00:00.000Z";

/** The whole export as one value, through `writeExport`: the tests' small workspaces fit in memory. */
async function exportWorkspace(store: Store, now: string): Promise<WorkspaceExport> {
  const parts: string[] = [];
  await writeExport(store, now, (text) => parts.push(text));
  return JSON.parse(parts.join("")) as WorkspaceExport;
}

/** A whole export's text read through `readExport`, into one value. */
async function parseExport(text: string, source: string): Promise<WorkspaceExport> {
  const tables = Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as WorkspaceExport["tables"];
  let header: ExportItem | undefined;
  for await (const item of readExport([text], source)) {
    if (item.kind === "header") header = item;
    else tables[item.table].push(item.row);
  }
  if (header?.kind !== "header") throw new Error("no header");
  return { ...header.header, tables };
}

/** Imports an export held as a value, as `debrief import` reads the file it was written to. */
const importValue = (store: Store, data: WorkspaceExport) =>
  importWorkspace(store, readExport([JSON.stringify(data)], "export.json"));

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const ics = (lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Debrief tests//EN", "METHOD:REQUEST", "BEGIN:VEVENT"]
    .concat(lines, ["END:VEVENT", "END:VCALENDAR", ""])
    .join("\r\n");

/** Fictional files; returns the paths to add, and every file's bytes by name (the mbox's messages apart). */
async function writeFixtures(root: string): Promise<{ paths: string[]; files: Map<string, Uint8Array> }> {
  const files = new Map<string, Uint8Array>();
  const put = async (path: string, content: string | Uint8Array) => {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    await writeFile(path, bytes);
    files.set(path, bytes);
  };
  const folder = join(root, "orchard-lane-onsite");
  await mkdir(folder, { recursive: true });
  await put(
    join(folder, "notes.md"),
    "Orchard Lane Software, Backend Engineer. Wed 4 Feb, 3pm, onsite with Noor Haddad and Felix Brandt.\n\n" +
      "It ran twenty minutes over. Noor said my answer on the queue design was exactly what they need.\n" +
      "Felix introduced me to two people on the platform team.\n\n" +
      "Next steps: Noor said the recruiter would write by Tuesday 10 Feb.\n",
  );
  await put(
    join(folder, "invite.ics"),
    ics([
      "UID:ol-20260204@orchardlane.example",
      "DTSTAMP:20260201T120000Z",
      "DTSTART:20260204T200000Z",
      "DTEND:20260204T210000Z",
      "SUMMARY:Orchard Lane Software - Backend Engineer onsite",
      "ORGANIZER;CN=Noor Haddad:mailto:noor.haddad@orchardlane.example",
      "ATTENDEE;CN=Felix Brandt:mailto:felix.brandt@orchardlane.example",
      "ATTENDEE;CN=Sam Ortega:mailto:sam.ortega@example.org",
    ]),
  );
  await put(
    join(folder, "thank-you.eml"),
    [
      "From: Sam Ortega <sam.ortega@example.org>",
      "To: Noor Haddad <noor.haddad@orchardlane.example>",
      "Subject: Thank you - Backend Engineer onsite",
      "Date: Wed, 04 Feb 2026 18:30:00 -0500",
      "Message-ID: <so.20260204@example.org>",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "",
      "Hi Noor,",
      "",
      "Thank you for the afternoon. I enjoyed the queue design discussion.",
      "",
      "Sam Ortega",
      "",
    ].join("\n"),
  );
  // Loose mail: UTF-8 with accents, a dash and an emoji, sent as 8bit with an encoded-word subject.
  const utf8 = join(root, "reply-utf8.eml");
  await put(
    utf8,
    [
      "From: =?UTF-8?Q?Zo=C3=AB_M=C3=BCller?= <zoe.mueller@orchardlane.example>",
      "To: Sam Ortega <sam.ortega@example.org>",
      "Subject: =?UTF-8?Q?R=C3=BCckmeldung_=E2=80=94_Backend_Engineer?=",
      "Date: Thu, 05 Feb 2026 09:15:00 +0100",
      "Message-ID: <zm.20260205@orchardlane.example>",
      "In-Reply-To: <so.20260204@example.org>",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "Content-Transfer-Encoding: 8bit",
      "",
      "Hallo Sam,",
      "",
      "danke für gestern — das Team war begeistert. Wir melden uns bis Dienstag. 🎉",
      "",
      "Grüße, Zoë",
      "",
    ].join("\r\n"),
  );
  // Latin-1 bytes, not valid UTF-8: stored and exported exactly as they came.
  const latin1 = join(root, "reply-latin1.eml");
  await put(
    latin1,
    Buffer.from(
      [
        "From: Felix Brandt <felix.brandt@orchardlane.example>",
        "To: Sam Ortega <sam.ortega@example.org>",
        "Subject: Caf\xe9 next week?",
        "Date: Fri, 06 Feb 2026 11:00:00 +0100",
        "Message-ID: <fb.20260206@orchardlane.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=ISO-8859-1",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Sam, if you are in town, coffee at the caf\xe9 on the corner? \xa1Hasta pronto! \xbd price on Fridays.",
        "",
      ].join("\r\n"),
      "latin1",
    ),
  );
  // A mailbox: the recruiter's update (filed by domain) and a newsletter (left out).
  const mbox = join(root, "export.mbox");
  await put(
    mbox,
    [
      "From recruiting@orchardlane.example Mon Feb  9 16:00:00 2026",
      "From: Orchard Lane Recruiting <recruiting@orchardlane.example>",
      "To: Sam Ortega <sam.ortega@example.org>",
      "Subject: Backend Engineer - next steps",
      "Date: Mon, 09 Feb 2026 16:00:00 +0000",
      "Message-ID: <rec.20260209@orchardlane.example>",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "Hi Sam,",
      "",
      "Thanks again for coming in. We would like to invite you to a final conversation with our CTO.",
      ">From our side, Thursday 12 Feb at 10am works.",
      "",
      "Orchard Lane Recruiting",
      "",
      "From news@gardenclub.example Tue Feb 10 08:00:00 2026",
      "From: Garden Club <news@gardenclub.example>",
      "To: sam.ortega@example.org",
      "Subject: February seed swap",
      "Date: Tue, 10 Feb 2026 08:00:00 +0000",
      "",
      "Bring your seeds to the swap on Saturday.",
      "",
    ].join("\n"),
  );
  return { paths: [folder, utf8, latin1, mbox], files };
}

let tmp: string;
let fixtures: Awaited<ReturnType<typeof writeFixtures>>;
let source: { location: string; cleanup: () => Promise<void> };
let exported: WorkspaceExport;
let exportedText: string;

async function withStore<T>(location: string, work: (store: Store) => Promise<T>, now = NOW): Promise<T> {
  const store = await openStore(location, now);
  try {
    return await work(store);
  } finally {
    await closeStore(store);
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "debrief-export-"));
  fixtures = await writeFixtures(tmp);
  source = await sqliteTarget.create();
  await withStore(source.location, async (store) => {
    const report = await addToWorkspace(store, fixtures.paths, { now: NOW });
    expect(report.skipped).toEqual([]);
    expect(report.filed.map((f) => f.company)).toEqual(["Orchard Lane Software"]);
    expect(report.leftOut?.count).toBe(1);
    const todo = await listTodo(store, NOW);
    const first = todo[0];
    if (!first) throw new Error("the fixtures should plan an action");
    await completeAction(store, first.id, NOW);
    // What the candidate keeps by hand goes along: the application's details, a draft edited and snoozed.
    await editApplication(
      store,
      "Orchard Lane",
      {
        link: "https://jobs.orchard-lane.example/7",
        salaryMin: 80000,
        salaryMax: 95000,
        notes: "Ask about on-call.",
      },
      NOW,
    );
    await editDraft(store, first.id, "My own thank-you, in my words.", NOW);
    await snoozeAction(store, first.id, LATER, NOW);
    await setApplicationOutcome(store, "Orchard Lane", "offer", NOW);
    exported = await exportWorkspace(store, NOW);
  });
  // Through text, as `debrief export` writes it and `debrief import` reads it.
  exportedText = JSON.stringify(exported);
  exported = await parseExport(exportedText, "export.json");
});
afterAll(async () => {
  await source?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const withoutTables = ({ tables: _, ...rest }: WorkspaceExport) => rest;
const withoutTime = ({ exportedAt: _, ...rest }: WorkspaceExport) => rest;

describe("exportWorkspace", () => {
  it("holds every table, the raw sources, the done action and the recorded outcome", () => {
    expect(exported.format).toBe(EXPORT_FORMAT);
    expect(exported.schemaVersion).toBeGreaterThan(0);
    expect(exported.tables.applications).toHaveLength(1);
    // notes, invite, thank-you, two loose emails and the recruiter's message from the mbox.
    expect(exported.tables.sources).toHaveLength(6);
    expect(exported.tables.actions.some((a) => a.status === "done" && a.done_by === "you")).toBe(true);
    expect(exported.tables.outcomes).toEqual([
      expect.objectContaining({ outcome: "offer", recorded_by: "you" }),
    ]);
    expect(exported.tables.messages.some((m) => m.from_name === "Zoë Müller")).toBe(true);
    expect(exported.tables.application_details).toEqual([
      expect.objectContaining({
        link: "https://jobs.orchard-lane.example/7",
        salary_min: 80000,
        salary_max: 95000,
      }),
    ]);
    expect(exported.tables.action_edits).toEqual([
      expect.objectContaining({ text: "My own thank-you, in my words.", snoozed_until: LATER }),
    ]);
  });

  it("every source's bytes are what was given: the decoded content hashes to the stored sha256", () => {
    const hashes = exported.tables.sources.map((s) => {
      const bytes = Buffer.from(String(s.content), "base64");
      expect(sha256(bytes)).toBe(s.sha256);
      return s.sha256;
    });
    // Every file given on its own (not the mbox, which is stored a message a row) is there, byte for byte.
    for (const [path, bytes] of fixtures.files)
      if (!path.endsWith(".mbox")) expect(hashes).toContain(sha256(bytes));
    const latin1 = exported.tables.sources.find((s) => String(s.name).endsWith("reply-latin1.eml"));
    expect(Buffer.from(String(latin1?.content), "base64").includes(Buffer.from([0xe9]))).toBe(true);
    const fromMbox = exported.tables.sources.find((s) => String(s.name).includes("export.mbox"));
    expect(Buffer.from(String(fromMbox?.content), "base64").toString("utf8")).toContain(
      "\nFrom our side, Thursday 12 Feb",
    );
  });
});

describe("streaming", () => {
  it("export writes a row at a time, and the pieces are exactly the whole document", async () => {
    const pieces: string[] = [];
    await withStore(source.location, (store) => writeExport(store, NOW, (text) => pieces.push(text)));
    expect(pieces.join("")).toBe(exportedText);
    const rows = Object.values(exported.tables).reduce((n, t) => n + t.length, 0);
    expect(rows).toBeGreaterThan(20);
    // Every piece but the header and the closing brackets holds one row, never two.
    const rowPieces = pieces.filter((p) => /^,?(?:"[a-z_]+":\[)?\{/.test(p) || /\[\{/.test(p));
    expect(rowPieces.length).toBeGreaterThanOrEqual(rows);
    for (const p of rowPieces) expect(p.match(/\{"/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("import yields rows while the file is still arriving", async () => {
    let pulled = 0;
    const chunks = function* () {
      for (let i = 0; i < exportedText.length; i += 512) {
        pulled++;
        yield exportedText.slice(i, i + 512);
      }
    };
    const total = Math.ceil(exportedText.length / 512);
    const seenAt: number[] = [];
    for await (const item of readExport(chunks(), "export.json"))
      if (item.kind === "row") seenAt.push(pulled);
    expect(seenAt.length).toBe(Object.values(exported.tables).reduce((n, t) => n + t.length, 0));
    expect(seenAt[0]).toBeLessThan(total / 2);
    expect(new Set(seenAt).size).toBeGreaterThan(3);
  });

  const cuts: [string, (text: string) => string, RegExp][] = [
    ["cut after its header", (t) => t.slice(0, t.indexOf('"tables":{') + 10), /not JSON|missing/],
    ["cut in the middle of a source", (t) => t.slice(0, t.indexOf('"content":"') + 40), /not JSON/],
    ["cut before its last brace", (t) => t.slice(0, t.lastIndexOf("}")), /not JSON/],
    ["followed by more text", (t) => `${t}{"format":"debrief-workspace"}`, /not JSON/],
    [
      "with a table given twice",
      (t) => t.replace('"outcomes":[', '"outcomes":[],"outcomes":['),
      /outcomes: given twice/,
    ],
    [
      "with a table that is not a list",
      (t) => t.replace(/"outcomes":\[.*?\]/, '"outcomes":{}'),
      /outcomes: expected an array/,
    ],
  ];
  it.each(cuts)("an export %s is refused, and nothing is imported", async (_, edit, message) => {
    const fresh = await sqliteTarget.create();
    try {
      const error = await withStore(fresh.location, (store) =>
        importWorkspace(store, readExport([edit(exportedText)], "export.json")),
      ).catch((e) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe("bad-export");
      expect((error as InputError).message).toMatch(message);
      expect(await withStore(fresh.location, (store) => isEmpty(store))).toBe(true);
    } finally {
      await fresh.cleanup();
    }
  });
});

describe.each(STORE_TARGETS)("import into a fresh $name workspace", (target) => {
  let location: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ location, cleanup } = await target.create());
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("then export again: the same document but for exportedAt, the same bytes", async () => {
    const report = await withStore(location, (store) => importValue(store, exported));
    expect(report).toEqual({ applications: 1, sources: 6, outcomes: 1 });
    const again = await withStore(location, (store) => exportWorkspace(store, LATER), LATER);
    expect(again.exportedAt).toBe(LATER);
    expect(withoutTime(again)).toEqual(withoutTime(exported));
    expect(JSON.stringify({ ...again, exportedAt: NOW })).toBe(exportedText);
    const stored = await withStore(location, (store) => readSources(store, [1]));
    expect(stored).toHaveLength(6);
    for (const s of stored) expect(sha256(s.content)).toBe(s.sha256);
    const todo = await withStore(location, (store) => listTodo(store, NOW));
    expect(todo).toEqual([]);
  });

  it("a second import is refused: the workspace is not empty", async () => {
    const error = await withStore(location, (store) => importValue(store, exported)).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("workspace-not-empty");
    const again = await withStore(location, (store) => exportWorkspace(store, LATER), LATER);
    expect(withoutTime(again)).toEqual(withoutTime(exported));
  });

  it("an export from a newer schema is refused before anything is written", async () => {
    const fresh = await target.create();
    try {
      const newer = { ...exported, schemaVersion: exported.schemaVersion + 1 };
      const error = await withStore(fresh.location, (store) => importValue(store, newer)).catch((e) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe("export-too-new");
      expect((error as InputError).message).toContain(`schema version ${exported.schemaVersion + 1}`);
      expect(await withStore(fresh.location, (store) => isEmpty(store))).toBe(true);
    } finally {
      await fresh.cleanup();
    }
  });

  it("a row the tables refuse is an input error, and nothing is imported", async () => {
    const fresh = await target.create();
    try {
      const broken = structuredClone(exported);
      const round = broken.tables.rounds[0];
      if (round) round.application_id = 77;
      const error = await withStore(fresh.location, (store) => importValue(store, broken)).catch((e) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe("bad-export");
      expect(await withStore(fresh.location, (store) => isEmpty(store))).toBe(true);
    } finally {
      await fresh.cleanup();
    }
  });

  it("an action id past what the store holds is no action, not a crash", async () => {
    const error = await withStore(location, (store) => completeAction(store, 99_999_999_999_999, NOW)).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("no-such-action");
  });
});

describe.each(STORE_TARGETS)("a reopened application round trips through a $name workspace", (target) => {
  it("'open' recorded over an offer is exported, imported, and still means no outcome", async () => {
    const from = await sqliteTarget.create();
    const into = await target.create();
    try {
      const written = await withStore(from.location, async (store) => {
        await createApplication(store, { company: "Quillfeather Tools", role: "Data Engineer" }, NOW);
        await setApplicationOutcome(store, "Quillfeather", "offer", NOW);
        await setApplicationOutcome(store, "Quillfeather", "open", LATER);
        return exportWorkspace(store, LATER);
      });
      expect(written.tables.outcomes.map((o) => o.outcome)).toEqual(["offer", "open"]);
      const text = JSON.stringify(written);
      const report = await withStore(into.location, (store) =>
        importWorkspace(store, readExport([text], "reopened.json")),
      );
      expect(report).toEqual({ applications: 1, sources: 0, outcomes: 2 });
      const again = await withStore(into.location, (store) => exportWorkspace(store, LATER), LATER);
      expect(JSON.stringify(again)).toBe(text);
      const [app] = await withStore(into.location, (store) => listApplications(store, LATER), LATER);
      expect(app?.outcome).toBeUndefined();
    } finally {
      await from.cleanup();
      await into.cleanup();
    }
  });
});

describe("parseExport", () => {
  const valid = () =>
    JSON.parse(exportedText) as Record<string, unknown> & { tables: Record<string, unknown> };
  const cases: [string, () => string, RegExp][] = [
    ["not JSON", () => "Orchard Lane Software, Backend Engineer.", /export\.json is not JSON/],
    ["an empty file", () => "", /export\.json is not JSON/],
    ["JSON of another kind", () => JSON.stringify({ ...valid(), format: "crm-backup" }), /format:/],
    ["a later format version", () => JSON.stringify({ ...valid(), version: 2 }), /version:/],
    [
      "a missing table",
      () => {
        const d = valid();
        delete d.tables.outcomes;
        return JSON.stringify(d);
      },
      /tables\.outcomes:/,
    ],
    [
      "a row with an object in a cell",
      () => {
        const d = valid();
        (d.tables.applications as Record<string, unknown>[])[0] = {
          ...(d.tables.applications as Record<string, unknown>[])[0],
          company: { name: "Orchard Lane" },
        };
        return JSON.stringify(d);
      },
      /tables\.applications\.0\.company:/,
    ],
    [
      "a source whose content was edited",
      () => {
        const d = valid();
        const s = (d.tables.sources as Record<string, unknown>[])[0];
        if (s) s.content = Buffer.from("edited").toString("base64");
        return JSON.stringify(d);
      },
      /tables\.sources\.0 \(.*\): the content does not match its sha256/,
    ],
    [
      "a source whose content is not base64",
      () => {
        const d = valid();
        const s = (d.tables.sources as Record<string, unknown>[])[0];
        if (s) s.content = "not base64 at all!";
        return JSON.stringify(d);
      },
      /tables\.sources\.0 \(.*\): content is not base64/,
    ],
  ];
  it.each(cases)("rejects %s with bad-export", async (_, text, message) => {
    const error = await parseExport(text(), "export.json").catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("bad-export");
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).hint).toContain("debrief export");
  });

  it("accepts what exportWorkspace wrote, unchanged", async () => {
    expect(await parseExport(exportedText, "export.json")).toEqual(JSON.parse(exportedText));
  });

  it("readExportFile reads a written export, and a missing file is no-input", async () => {
    const file = join(tmp, "export.json");
    await writeFile(file, exportedText);
    const items = [];
    for await (const item of await readExportFile(file)) items.push(item);
    expect(items[0]).toEqual({ kind: "header", header: withoutTables(exported) });
    expect(items.slice(1)).toEqual(
      Object.entries(exported.tables).flatMap(([table, rows]) =>
        rows.map((row) =>
          // A source comes with its content decoded, as its check read it.
          table === "sources"
            ? { kind: "row", table, row, content: Buffer.from(String(row.content), "base64") }
            : { kind: "row", table, row },
        ),
      ),
    );
    const error = await readExportFile(join(tmp, "missing.json")).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("no-input");
  });
});
