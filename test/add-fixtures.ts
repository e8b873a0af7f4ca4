import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import {
  type AddHooks,
  type AddOptions,
  type AddReport,
  addToWorkspace,
} from "../src/app/add-to-workspace.js";
import { InputError } from "../src/app/input-error.js";
import { schemaVersion } from "../src/store/migrate.js";
import { readOverview } from "../src/store/read-overview.js";
import { closeStore, openStore, type Store } from "../src/store/workspace-store.js";
import { emlText as eml, icsText as ics } from "./mail-fixtures.js";
import type { StoreTarget } from "./store-targets.js";
import { dumpWorkspace } from "./workspace-dump.js";

// What the tests of `debrief add` (src/app/add-to-workspace.test.ts and src/app/add/*.test.ts) share.
// Everyone and everything here is made up: the candidate, the companies (on .example domains), the mail.
export const NOW = "2026-03-10T12:00:00Z";
export const JAMIE = "Jamie Ortega <jamie.ortega@fastmail.com>";
export const DANA = "Dana Whitlock <dana.whitlock@lumenfold.example>";

// ---------------------------------------------------------------------------------------------------
// Fixtures, composed as strings

export type Mail = Parameters<typeof eml>[0];

/** Messages as an mbox export: each after a "From " line, separated by an empty line. */
export function mbox(messages: Mail[]): string {
  return messages
    .map(
      (m) => `From ${m.id.split("@")[0]}@mbox Thu Mar  5 10:00:00 2026\n${eml(m).replace(/\r\n/g, "\n")}\n`,
    )
    .join("");
}

export const LUMENFOLD_NOTES = [
  "# Lumenfold Analytics: data engineer, round 1",
  "",
  "Met Dana Whitlock, the engineering manager, for an hour.",
  "She said my answer on the ingestion pipeline was exactly what they need.",
  "She asked when I could start and said they would send the next steps by Friday.",
  "",
].join("\n");

export const LUMENFOLD_INVITE = ics({
  summary: "Lumenfold Analytics: data engineer interview",
  start: "20260302T150000Z",
  end: "20260302T160000Z",
  organizer: DANA,
  attendees: [JAMIE],
});

export const THANKS: Mail = {
  from: JAMIE,
  to: DANA,
  subject: "Thank you for today",
  date: "Mon, 02 Mar 2026 18:00:00 +0000",
  id: "thanks-1@fastmail.com",
  body: "Hi Dana,\n\nThank you for the interview today. I enjoyed hearing about the pipeline work.\n\nBest,\nJamie",
};

export const DANA_REPLY: Mail = {
  from: DANA,
  to: JAMIE,
  subject: "Re: Thank you for today",
  date: "Wed, 04 Mar 2026 09:30:00 +0000",
  id: "reply-1@lumenfold.example",
  inReplyTo: THANKS.id,
  body: "Hi Jamie,\n\nGreat to meet you too. We will be in touch about the next round this week.\n\nDana\nLumenfold Analytics",
};

/** The tree of files a test adds, written under a temporary folder. */
export type Tree = Record<string, string | Uint8Array>;

export const LUMENFOLD_FOLDER: Tree = {
  "lumenfold-r1/notes.md": LUMENFOLD_NOTES,
  "lumenfold-r1/invite.ics": LUMENFOLD_INVITE,
  "lumenfold-r1/thanks.eml": eml(THANKS),
};

export const TIDEWATER_FOLDER: Tree = {
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
export const ANONYMOUS_NOTES =
  "Went well overall, they liked my answers.\nWe talked about on-call and the team's rota.\n";

// ---------------------------------------------------------------------------------------------------

export function filedUnder(report: AddReport, company: string) {
  const f = report.filed.find((x) => x.company === company);
  if (!f) throw new Error(`nothing filed under ${company}: ${JSON.stringify(report.filed)}`);
  return f;
}

export async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return e;
}

/** A workspace to add to (a fresh one per test, on one store target) and a folder for the files added. */
export interface AddWorkspace {
  store: Store;
  /** Where the workspace is, to open a second connection to it. */
  location: string;
  add: (paths: string[], options?: Omit<AddOptions, "now">, hooks?: AddHooks) => Promise<AddReport>;
  /** The id of the application of this company. */
  appId: (company: string) => Promise<number>;
  dump: () => ReturnType<typeof dumpWorkspace>;
  /** Writes the files of a tree under the test's folder. */
  write: (tree: Tree) => Promise<void>;
  /** The paths of files (or folders) under the test's folder. */
  at: (...paths: string[]) => string[];
}

/** Opens a fresh workspace on `target` before each test of the suite it is called in, and removes it after. */
export function useAddWorkspace(target: StoreTarget): AddWorkspace {
  let dir = "";
  let version = 0;
  let cleanup: () => Promise<void> = async () => {};
  const w: AddWorkspace = {
    store: undefined as unknown as Store,
    location: "",
    add: (paths, options = {}, hooks = {}) => addToWorkspace(w.store, paths, { now: NOW, ...options }, hooks),
    appId: async (company) => {
      const app = (await readOverview(w.store)).applications.find((a) => a.company === company);
      if (!app) throw new Error(`no application ${company}`);
      return app.id;
    },
    dump: () => dumpWorkspace(w.store, version),
    write: async (tree) => {
      for (const [path, content] of Object.entries(tree)) {
        await mkdir(join(dir, path, ".."), { recursive: true });
        await writeFile(join(dir, path), content);
      }
    },
    at: (...paths) => paths.map((p) => join(dir, p)),
  };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-add-"));
    let location: string;
    ({ location, cleanup } = await target.create());
    w.location = location;
    w.store = await openStore(location, NOW);
    version = await schemaVersion(w.store.conn);
  });
  afterEach(async () => {
    await closeStore(w.store);
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  });
  return w;
}
