import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emlText as eml, icsText } from "../../test/mail-fixtures.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { addToWorkspace } from "../app/add-to-workspace.js";
import { closeStore, openWorkspace, type Store } from "../app/open-workspace.js";
import { buildApp } from "./build-app.js";
import { RESTORE_MS } from "./routes/deleted.js";
import { MAX_BODY_BYTES } from "./schemas.js";

// Everyone and everything here is made up: the candidate, the companies (on .example domains), the mail.
const NOW = "2026-03-10T12:00:00.000Z";
const HOST = "127.0.0.1:4820";
const ORIGIN = `http://${HOST}`;
const TOKEN = "s3cret-token-for-tests";
const BANDS = ["strong", "promising", "mixed", "weak"];

const JAMIE = "Jamie Ortega <jamie.ortega@fastmail.com>";
const DANA = "Dana Whitlock <dana.whitlock@lumenfold.example>";
const HARROWGATE = "Harrowgate Careers <careers@harrowgate.example>";

// ---------------------------------------------------------------------------------------------------
// Fixtures, composed as strings

/** An invite to Jamie. */
const ics = (o: { summary: string; start: string; end: string; organizer: string }) =>
  icsText({ ...o, attendees: [JAMIE] });

const LUMENFOLD_INVITE = ics({
  summary: "Lumenfold Analytics: data engineer interview",
  start: "20260302T150000Z",
  end: "20260302T160000Z",
  organizer: DANA,
});

/** Two cases: an open application with a round and mail both ways, and one the company turned down. */
const SEED: Record<string, string> = {
  "lumenfold-r1/notes.md": [
    "# Lumenfold Analytics: data engineer, round 1",
    "",
    "Met Dana Whitlock, the engineering manager, for an hour.",
    "She said my answer on the ingestion pipeline was exactly what they need.",
    "She asked when I could start and said they would send the next steps by Friday.",
    "",
  ].join("\n"),
  "lumenfold-r1/invite.ics": LUMENFOLD_INVITE,
  "lumenfold-r1/thanks.eml": eml({
    from: JAMIE,
    to: DANA,
    subject: "Thank you for today",
    date: "Mon, 02 Mar 2026 18:00:00 +0000",
    id: "thanks-1@fastmail.com",
    body: "Hi Dana,\n\nThank you for the interview today. I enjoyed hearing about the pipeline work.\n\nBest,\nJamie",
  }),
  "lumenfold-r1/reply.eml": eml({
    from: DANA,
    to: JAMIE,
    subject: "Re: Thank you for today",
    date: "Wed, 04 Mar 2026 09:30:00 +0000",
    id: "reply-1@lumenfold.example",
    inReplyTo: "thanks-1@fastmail.com",
    body: "Hi Jamie,\n\nGreat to meet you too. We will be in touch about the next round this week.\n\nDana\nLumenfold Analytics",
  }),
  "harrowgate-r1/notes.md": [
    "# Harrowgate Foods: product analyst, phone screen",
    "",
    "Call with the talent team at Harrowgate Foods. Thirty minutes about my background.",
    "",
  ].join("\n"),
  "harrowgate-r1/reject.eml": eml({
    from: HARROWGATE,
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
  }),
};

const VTT = [
  "WEBVTT",
  "",
  "00:00:01.000 --> 00:00:05.000",
  "<v Dana Whitlock>Thanks for joining, Jamie. Tell me about the ingestion pipeline.",
  "",
  "00:00:06.000 --> 00:00:20.000",
  "<v Jamie Ortega>I rebuilt it to stream events, which cut the lag from hours to minutes.",
  "",
  "00:00:21.000 --> 00:00:30.000",
  "<v Dana Whitlock>That is exactly what we need. When could you start? You would meet the team next week.",
  "",
  "00:00:31.000 --> 00:00:40.000",
  "<v Jamie Ortega>I could start in April.",
  "",
].join("\n");

const NOTES =
  "Dana said my answer on the pipeline was exactly what they need.\nShe said they would send the next steps by Friday.\n";

// ---------------------------------------------------------------------------------------------------
// Calling the app

interface Answer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
  text: string;
}

interface Call {
  method?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is. */
  raw?: string;
  headers?: Record<string, string>;
}

async function call(app: Hono, path: string, init: Call = {}): Promise<Answer> {
  const headers: Record<string, string> = { host: HOST, ...init.headers };
  let body: string | undefined;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers["content-type"] = "application/json";
  } else if (init.raw !== undefined) {
    body = init.raw;
  }
  const res = await app.request(`http://${HOST}${path}`, {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the text stands.
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** The `{ error: { code } }` of a refusal, after checking it has a message. */
function errorCode(a: Answer): string {
  const e = (a.body as { error?: { code?: unknown; message?: unknown } }).error;
  expect(typeof e?.message).toBe("string");
  expect(e?.message).not.toBe("");
  return String(e?.code);
}

function errorMessage(a: Answer): string {
  return String((a.body as { error?: { message?: unknown } }).error?.message);
}

function expectSecurityHeaders(a: Answer): void {
  const csp = a.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(a.headers.get("x-content-type-options")).toBe("nosniff");
  expect(a.headers.get("x-frame-options")).toBe("DENY");
}

interface ContractShape {
  signals: { id: string; polarity: string; evidence: { source: string; quote: string }[] }[];
  read: { band: string; score: number; summary: string };
  actions: { kind: string; why: string }[];
}

const sourcesCited = (c: ContractShape) => new Set(c.signals.flatMap((s) => s.evidence.map((e) => e.source)));

/** Every route the tests below call, as OpenAPI spells it. */
const EXERCISED = [
  "GET /api/health",
  "GET /api/openapi.json",
  "POST /api/analyze",
  "GET /api/applications",
  "GET /api/applications/{ref}",
  "GET /api/applications/{id}/rounds/{number}",
  "POST /api/applications/{ref}/outcome",
  "PATCH /api/applications/{ref}",
  "POST /api/applications/{ref}/merge",
  "DELETE /api/applications/{ref}",
  "POST /api/applications/{id}/restore",
  "GET /api/todo",
  "POST /api/actions/{id}/done",
  "POST /api/actions/{id}/undo",
  "PUT /api/actions/{id}/draft",
  "POST /api/actions/{id}/snooze",
  "POST /api/applications/{ref}/stage",
  "GET /api/settings",
  "GET /api/signals",
  "GET /api/actions/{id}/eml",
  "POST /api/applications",
  "GET /api/insights",
  "GET /api/insights/search",
  // Exercised in routes/deleted.test.ts.
  "GET /api/deleted",
  // Exercised in live.test.ts.
  "GET /api/live",
  "POST /api/live",
  "POST /api/live/{id}/text",
  "GET /api/live/{id}/events",
  "POST /api/live/{id}/finish",
  "POST /api/live/{id}/save",
];

// ---------------------------------------------------------------------------------------------------

describe.each(STORE_TARGETS)("the API over a workspace on $name", (target) => {
  let dir: string;
  let store: Store;
  let cleanup: () => Promise<void>;
  let logs: string[];
  let app: Hono;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-server-"));
    const made = await target.create();
    cleanup = made.cleanup;
    store = await openWorkspace({ DEBRIEF_DATABASE_URL: made.location }, NOW);
    for (const [path, content] of Object.entries(SEED)) {
      await mkdir(join(dir, path, ".."), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    const report = await addToWorkspace(store, [join(dir, "lumenfold-r1"), join(dir, "harrowgate-r1")], {
      now: NOW,
      me: "Jamie Ortega",
    });
    expect(report.skipped).toEqual([]);
    expect(report.filed.map((f) => f.company).sort()).toEqual(["Harrowgate Foods", "Lumenfold Analytics"]);
    logs = [];
    app = buildApp({ store, now: () => new Date(NOW), log: (line) => logs.push(line), hosts: [HOST] });
  });
  afterEach(async () => {
    await closeStore(store);
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  const idOf = async (company: string): Promise<number> => {
    const list = (await call(app, "/api/applications")).body as { id: number; company: string }[];
    const found = list.find((a) => a.company === company);
    if (!found) throw new Error(`no ${company} in ${JSON.stringify(list)}`);
    return found.id;
  };

  it("answers /api/health with the security headers", async () => {
    const a = await call(app, "/api/health");
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ ok: true });
    expectSecurityHeaders(a);
    expect(logs).toEqual([]);
  });

  it("pages GET /api/applications when asked: limit, offset, the total and the next page's address", async () => {
    const all = await call(app, "/api/applications");
    expect(all.headers.get("x-total-count")).toBe("2");
    expect(all.headers.get("link")).toBeNull();
    const whole = all.body as { id: number }[];
    const first = await call(app, "/api/applications?limit=1");
    expect(first.body).toEqual([whole[0]]);
    expect(first.headers.get("x-total-count")).toBe("2");
    expect(first.headers.get("link")).toBe('</api/applications?limit=1&offset=1>; rel="next"');
    const second = await call(app, "/api/applications?limit=1&offset=1");
    expect(second.body).toEqual([whole[1]]);
    expect(second.headers.get("link")).toBeNull();
    expect((await call(app, "/api/applications?offset=2")).body).toEqual([]);
    for (const bad of ["limit=0", "limit=1001", "limit=x", "offset=-1", "limit=1.5"]) {
      const refused = await call(app, `/api/applications?${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(errorCode(refused)).toBe("bad-request");
    }
  });

  it("describes every route it serves in an OpenAPI 3.1 document, with the analyze body's fields", async () => {
    const a = await call(app, "/api/openapi.json");
    expect(a.status).toBe(200);
    const doc = a.body as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    };
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    // What the router actually has: handlers (not middleware) under /api/, with :params as {params}.
    const served = [
      ...new Set(
        app.routes
          .filter((r) => r.method !== "ALL" && r.path.startsWith("/api/"))
          .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
      ),
    ].sort();
    expect(documented).toEqual(served);
    expect(documented).toEqual([...EXERCISED].sort());

    const schema = doc.paths["/api/analyze"]?.post?.requestBody?.content["application/json"]?.schema as {
      properties: Record<string, { type?: string; items?: { properties: Record<string, unknown> } }>;
    };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["notes", "files", "me", "now"]));
    expect(schema.properties.notes?.type).toBe("string");
    expect(schema.properties.files?.type).toBe("array");
    expect(Object.keys(schema.properties.files?.items?.properties ?? {}).sort()).toEqual([
      "base64",
      "name",
      "text",
    ]);
  });

  describe("putting mistakes right: rename, merge, delete", () => {
    const ids = async () =>
      ((await call(app, "/api/applications")).body as { id: number; company: string }[]).map(
        (a) => a.company,
      );

    it("renames with PATCH, and refuses an empty body or a missing application", async () => {
      const r = await call(app, "/api/applications/harrowgate", {
        method: "PATCH",
        json: { company: "Harrowgate Foods Ltd", role: "" },
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        before: { company: "Harrowgate Foods" },
        after: { company: "Harrowgate Foods Ltd", role: null },
      });
      expect(await ids()).toContain("Harrowgate Foods Ltd");
      const empty = await call(app, "/api/applications/harrowgate", { method: "PATCH", json: {} });
      expect(empty.status).toBe(400);
      expect(errorCode(empty)).toBe("bad-request");
      const missing = await call(app, "/api/applications/404", { method: "PATCH", json: { company: "X" } });
      expect(missing.status).toBe(400);
      expect(errorCode(missing)).toBe("no-such-application");
    });

    it("merges one application into another, and will not merge one into itself", async () => {
      const self = await call(app, "/api/applications/lumenfold/merge", {
        json: { from: "lumenfold analytics" },
      });
      expect(self.status).toBe(400);
      expect(errorCode(self)).toBe("merge-into-itself");
      const r = await call(app, "/api/applications/lumenfold/merge", { json: { from: "harrowgate" } });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        into: { company: "Lumenfold Analytics" },
        from: { company: "Harrowgate Foods" },
      });
      expect(await ids()).toEqual(["Lumenfold Analytics"]);
      const timeline = (await call(app, "/api/applications/lumenfold")).body as { rounds?: unknown[] };
      expect(JSON.stringify(timeline)).toContain("Harrowgate");
    });

    it("deletes only with ?confirm=yes, keeping an export in the folder it was given", async () => {
      const keepFolder = join(dir, "kept");
      app = buildApp({
        store,
        now: () => new Date(NOW),
        log: (line) => logs.push(line),
        hosts: [HOST],
        keepFolder,
      });
      const unconfirmed = await call(app, "/api/applications/harrowgate", { method: "DELETE" });
      expect(unconfirmed.status).toBe(400);
      expect(errorCode(unconfirmed)).toBe("confirm-delete");
      expect(await ids()).toHaveLength(2);
      const r = await call(app, "/api/applications/harrowgate?confirm=yes", { method: "DELETE" });
      expect(r.status).toBe(200);
      const report = r.body as { keptAt: string; company: string };
      expect(report.company).toBe("Harrowgate Foods");
      expect(report.keptAt.startsWith(keepFolder)).toBe(true);
      expect(JSON.parse(await readFile(report.keptAt, "utf8")).application.company).toBe("Harrowgate Foods");
      expect(await ids()).toEqual(["Lumenfold Analytics"]);
    });

    it("puts a deleted application back as it was with restore, once, and only within the window", async () => {
      let clock = Date.parse(NOW);
      const undoable = buildApp({
        store,
        now: () => new Date(clock),
        log: (line) => logs.push(line),
        hosts: [HOST],
        keepFolder: join(dir, "kept-for-undo"),
      });
      const before = await call(undoable, "/api/applications/lumenfold");
      const listBefore = (await call(undoable, "/api/applications")).body;
      const gone = await call(undoable, "/api/applications/lumenfold?confirm=yes", { method: "DELETE" });
      const { applicationId, restorableUntil } = gone.body as {
        applicationId: number;
        restorableUntil: string;
      };
      expect(Date.parse(restorableUntil) - clock).toBe(RESTORE_MS);
      expect(await ids()).not.toContain("Lumenfold Analytics");

      const back = await call(undoable, `/api/applications/${applicationId}/restore`, { method: "POST" });
      expect(back.body).toMatchObject({ applicationId });
      expect(back.status).toBe(200);
      expect(back.body).toMatchObject({ applicationId, company: "Lumenfold Analytics" });
      // The same application: its timeline, sources and place in the list, as before the delete.
      expect((await call(undoable, "/api/applications/lumenfold")).body).toEqual(before.body);
      expect((await call(undoable, "/api/applications")).body).toEqual(listBefore);
      const twice = await call(undoable, `/api/applications/${applicationId}/restore`, { method: "POST" });
      expect(twice.status).toBe(400);
      expect(errorCode(twice)).toBe("not-restorable");
      const never = await call(undoable, "/api/applications/424242/restore", { method: "POST" });
      expect(errorCode(never)).toBe("not-restorable");

      // Past the window it is refused; the kept export is still there to import by hand.
      clock += 1000;
      expect(
        (await call(undoable, "/api/applications/lumenfold?confirm=yes", { method: "DELETE" })).status,
      ).toBe(200);
      clock += RESTORE_MS + 1000;
      const late = await call(undoable, `/api/applications/${applicationId}/restore`, { method: "POST" });
      expect(errorCode(late)).toBe("not-restorable");
      clock -= RESTORE_MS;
      expect(
        (await call(undoable, `/api/applications/${applicationId}/restore`, { method: "POST" })).status,
      ).toBe(200);
      expect((await call(undoable, "/api/applications/lumenfold")).body).toEqual(before.body);
      expect(logs).toEqual([]);
    });
  });

  describe("running the search by hand: new, details, stages, drafts, snoozes, undo", () => {
    it("makes a new application from a company and a role, and refuses the same one twice", async () => {
      const made = await call(app, "/api/applications", {
        json: { application: "Pellucid Maps", role: "Mobile engineer" },
      });
      expect(made.status).toBe(200);
      expect(made.body).toMatchObject({ company: "Pellucid Maps", role: "Mobile engineer" });
      const id = (made.body as { applicationId: number }).applicationId;
      const listed = (await call(app, "/api/applications")).body as {
        id: number;
        stage: string;
        details: { stage: string | null };
      }[];
      expect(listed.find((a) => a.id === id)).toMatchObject({ stage: "applied", details: { stage: null } });
      const again = await call(app, "/api/applications", {
        json: { application: "pellucid maps", role: "Mobile engineer" },
      });
      expect(again.status).toBe(400);
      expect(errorCode(again)).toBe("application-exists");
      const nothing = await call(app, "/api/applications", { json: { application: "  " } });
      expect(nothing.status).toBe(400);
      expect(logs).toEqual([]);
    });

    it("marks a latest read that rests on too little as thin, and a read with enough signals not", async () => {
      const saved = await call(app, "/api/applications", {
        json: { notes: "Had the video call today. It was fine I guess.\n", application: "Quillbrook Tea" },
      });
      expect(saved.status).toBe(200);
      const listed = (await call(app, "/api/applications")).body as {
        company: string;
        read?: { band: string; thin?: true };
      }[];
      expect(listed.find((a) => a.company === "Quillbrook Tea")?.read?.thin).toBe(true);
      const lumenfold = listed.find((a) => a.company === "Lumenfold Analytics");
      expect(lumenfold?.read?.band).toBeDefined();
      expect(lumenfold?.read?.thin).toBeUndefined();
    });

    it("keeps a link, a salary range, contacts and notes, and clears one given as null", async () => {
      const set = await call(app, "/api/applications/lumenfold", {
        method: "PATCH",
        json: {
          role: "Senior data engineer",
          link: "https://jobs.lumenfold.example/42",
          salaryMin: 70000,
          salaryMax: 85000,
          salaryCurrency: "EUR",
          contacts: "Dana Whitlock, engineering manager",
          notes: "Ask about the on-call rota.",
        },
      });
      expect(set.status).toBe(200);
      const shown = (await call(app, "/api/applications/lumenfold")).body as {
        application: { role: string };
        details: Record<string, unknown>;
      };
      expect(shown.application.role).toBe("Senior data engineer");
      expect(shown.details).toMatchObject({
        link: "https://jobs.lumenfold.example/42",
        salaryMin: 70000,
        salaryMax: 85000,
        salaryCurrency: "EUR",
        contacts: "Dana Whitlock, engineering manager",
        notes: "Ask about the on-call rota.",
      });
      await call(app, "/api/applications/lumenfold", { method: "PATCH", json: { notes: null } });
      const cleared = (await call(app, "/api/applications/lumenfold")).body as {
        details: Record<string, unknown>;
      };
      expect(cleared.details).toMatchObject({ notes: null, salaryMin: 70000 });
      for (const [json, code] of [
        [{ link: "javascript:alert(1)" }, "bad-link"],
        [{ salaryMin: 90000 }, "bad-salary"],
        [{ salaryMin: -1 }, "bad-request"],
      ] as const) {
        const refused = await call(app, "/api/applications/lumenfold", { method: "PATCH", json });
        expect(refused.status, JSON.stringify(json)).toBe(400);
        expect(errorCode(refused)).toBe(code);
      }
    });

    it("moves an application between stages: by hand, to an outcome, and back", async () => {
      const id = await idOf("Lumenfold Analytics");
      const summary = async () =>
        (
          (await call(app, "/api/applications")).body as {
            id: number;
            stage: string;
            details: { stage: string };
          }[]
        ).find((a) => a.id === id);
      const waiting = await call(app, `/api/applications/${id}/stage`, { json: { stage: "waiting" } });
      expect(waiting.status).toBe(200);
      expect(waiting.body).toMatchObject({ applicationId: id, stage: "waiting", previous: "interviewing" });
      expect((await summary())?.details.stage).toBe("waiting");
      const rejected = await call(app, `/api/applications/${id}/stage`, { json: { stage: "rejected" } });
      expect(rejected.body).toMatchObject({ stage: "rejected", previous: "waiting" });
      expect((await summary())?.stage).toBe("rejected");
      expect((await call(app, "/api/todo")).body).toEqual([]);
      // Back to interviewing: the outcome is undone and the plan comes back.
      const back = await call(app, `/api/applications/${id}/stage`, { json: { stage: "interviewing" } });
      expect(back.body).toMatchObject({ stage: "interviewing", previous: "rejected" });
      expect(await summary()).toMatchObject({ stage: "interviewing", details: { stage: "interviewing" } });
      expect(((await call(app, "/api/todo")).body as unknown[]).length).toBeGreaterThan(0);
      const bad = await call(app, `/api/applications/${id}/stage`, { json: { stage: "hired" } });
      expect(bad.status).toBe(400);
      expect(errorCode(bad)).toBe("bad-request");
    });

    it("keeps an edited draft across reads, snoozes an action, and undoes a Mark done", async () => {
      const items = (await call(app, "/api/todo")).body as {
        id: number;
        text: string | null;
        isOverdue: boolean;
        editedText: string | null;
        snoozedUntil: string | null;
      }[];
      const drafted = items.find((i) => i.text);
      if (!drafted) throw new Error("no draft");
      expect(drafted.editedText).toBeNull();
      const edit = await call(app, `/api/actions/${drafted.id}/draft`, {
        method: "PUT",
        json: { text: "Hello Dana, my own words." },
      });
      expect(edit.status).toBe(200);
      const after = (await call(app, "/api/todo")).body as typeof items;
      expect(after.find((i) => i.id === drafted.id)?.editedText).toBe("Hello Dana, my own words.");
      // The planned text is untouched: going back is possible.
      expect(after.find((i) => i.id === drafted.id)?.text).toBe(drafted.text);
      // The .eml carries the edit, under the subject the list gives for the mail link.
      const eml = await call(app, `/api/actions/${drafted.id}/eml`);
      expect(eml.text).toContain("Hello Dana, my own words.");
      const shown = after.find((i) => i.id === drafted.id) as unknown as {
        subject: string;
        to: { name: string | null; address: string } | null;
      };
      expect(eml.text).toContain(`Subject: ${shown.subject}`);
      // To the last person from the company who wrote: Dana, who answered the thank-you.
      expect(shown.to).toEqual({ name: "Dana Whitlock", address: "dana.whitlock@lumenfold.example" });
      expect(eml.text).toMatch(/^To: Dana Whitlock <dana\.whitlock@lumenfold\.example>/m);
      await call(app, `/api/actions/${drafted.id}/draft`, { method: "PUT", json: { text: null } });
      expect(
        ((await call(app, "/api/todo")).body as typeof items).find((i) => i.id === drafted.id)?.editedText,
      ).toBeNull();

      const until = "2026-03-20T09:00:00.000Z";
      const snooze = await call(app, `/api/actions/${drafted.id}/snooze`, { json: { until } });
      expect(snooze.body).toEqual({ id: drafted.id, snoozedUntil: until });
      const snoozed = ((await call(app, "/api/todo")).body as typeof items).find((i) => i.id === drafted.id);
      expect(snoozed).toMatchObject({ snoozedUntil: until, isOverdue: false });
      const past = await call(app, `/api/actions/${drafted.id}/snooze`, {
        json: { until: "2026-03-01T00:00:00Z" },
      });
      expect(errorCode(past)).toBe("bad-snooze");

      await call(app, `/api/actions/${drafted.id}/done`, { method: "POST" });
      expect(((await call(app, "/api/todo")).body as typeof items).map((i) => i.id)).not.toContain(
        drafted.id,
      );
      const undo = await call(app, `/api/actions/${drafted.id}/undo`, { method: "POST" });
      expect(undo.body).toEqual({ id: drafted.id, status: "open" });
      expect(((await call(app, "/api/todo")).body as typeof items).map((i) => i.id)).toContain(drafted.id);
      expect(errorCode(await call(app, "/api/actions/999999/undo", { method: "POST" }))).toBe(
        "no-such-action",
      );
      expect(logs).toEqual([]);
    });

    it("names every signal once, in words for a person", async () => {
      const a = await call(app, "/api/signals");
      const list = a.body as { id: string; label: string; polarity: string }[];
      expect(list.length).toBeGreaterThan(10);
      expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
      for (const s of list) {
        expect(s.label).not.toBe(s.id);
        expect(s.label).toMatch(/^[A-Z]/);
      }
    });

    it("gives the candidate's time zone, or null for the browser's", async () => {
      const a = await call(app, "/api/settings");
      expect(a.status).toBe(200);
      expect(a.body).toEqual({ timeZone: null, now: NOW });
    });
  });

  describe("POST /api/applications (Save)", () => {
    it("files pasted notes as a new application and round, and saving again changes nothing", async () => {
      const notes =
        "# Quarrystone Mills: operations planner\n\nRui said they would send next steps by Friday.\n";
      const saved = await call(app, "/api/applications", { json: { notes, now: NOW } });
      expect(saved.status).toBe(200);
      const report = saved.body as {
        filed: { applicationId: number; company: string; isNew: boolean; round?: { number: number } }[];
      };
      expect(report.filed).toEqual([
        expect.objectContaining({
          company: "Quarrystone Mills",
          isNew: true,
          round: { number: 1, isNew: true },
        }),
      ]);
      const listed = (await call(app, "/api/applications")).body as { company: string }[];
      expect(listed.map((a) => a.company)).toContain("Quarrystone Mills");
      const again = (await call(app, "/api/applications", { json: { notes, now: NOW } })).body as {
        filed: unknown[];
        duplicates: string[];
      };
      expect(again.filed).toEqual([]);
      expect(again.duplicates).toEqual(["notes.md"]);
    });

    it("stores a message once when an mbox upload brings an .eml saved before, and says why", async () => {
      const message = {
        from: DANA,
        to: JAMIE,
        subject: "Second round",
        date: "Thu, 05 Mar 2026 10:00:00 +0000",
        id: "round-2@lumenfold.example",
        body: "Hi Jamie,\n\nWe would like to invite you to a second interview next week.\n\nDana",
      };
      const first = await call(app, "/api/applications", {
        json: { files: [{ name: "round-2.eml", text: eml(message) }], now: NOW },
      });
      expect((first.body as { filed: { company: string }[] }).filed[0]?.company).toBe("Lumenfold Analytics");
      const mboxText = `From dana@mbox Thu Mar  5 10:00:00 2026\n${eml({ ...message, id: "round-2@LUMENFOLD.example" }).replace(/\r\n/g, "\n")}\n`;
      const again = await call(app, "/api/applications", {
        json: { files: [{ name: "all.mbox", text: mboxText }], now: NOW },
      });
      expect(again.status).toBe(200);
      const report = again.body as {
        filed: unknown[];
        duplicateReasons: { source: string; reason: string }[];
      };
      expect(report.filed).toEqual([]);
      expect(report.duplicateReasons).toEqual([
        {
          source: "all.mbox#1",
          reason: expect.stringContaining("the same message (Message-ID <round-2@lumenfold.example>)"),
        },
      ]);
    });

    it("files notes that name no company under the application given, and refuses an empty body", async () => {
      const saved = await call(app, "/api/applications", {
        json: { notes: "It went fine. They asked about my last project.", application: "lumen", now: NOW },
      });
      expect(saved.status).toBe(200);
      expect((saved.body as { filed: { company: string }[] }).filed[0]?.company).toBe("Lumenfold Analytics");
      const none = await call(app, "/api/applications", {
        json: { notes: "It went fine, I think.", now: NOW },
      });
      expect(none.status).toBe(400);
      expect(errorCode(none)).toBe("which-application");
      const empty = await call(app, "/api/applications", { json: {} });
      expect(errorCode(empty)).toBe("bad-request");
    });
  });

  describe("POST /api/analyze", () => {
    it("reads pasted notes into the contract: signals with evidence, a read in a band, actions", async () => {
      const a = await call(app, "/api/analyze", { json: { notes: NOTES, now: NOW } });
      expect(a.status).toBe(200);
      const c = a.body as ContractShape;
      expect(c.signals.length).toBeGreaterThan(0);
      for (const s of c.signals) {
        expect(s.evidence.length).toBeGreaterThan(0);
        for (const e of s.evidence) expect(e.source).toBe("notes");
      }
      expect(c.signals.map((s) => s.id)).toContain("positive-feedback");
      expect(BANDS).toContain(c.read.band);
      expect(typeof c.read.score).toBe("number");
      expect(Array.isArray(c.actions)).toBe(true);
      expect(c.actions.length).toBeGreaterThan(0);
      for (const action of c.actions) expect(typeof action.why).toBe("string");
      expectSecurityHeaders(a);
    });

    it("reads files sent as text and as base64, and cites them by name", async () => {
      const a = await call(app, "/api/analyze", {
        json: {
          now: "2026-03-03T12:00:00Z",
          me: "Jamie Ortega",
          files: [
            { name: "interview.vtt", text: VTT },
            { name: "invite.ics", base64: Buffer.from(LUMENFOLD_INVITE).toString("base64") },
          ],
        },
      });
      expect(a.status).toBe(200);
      const c = a.body as ContractShape & { length: { scheduledMinutes?: number } };
      const cited = sourcesCited(c);
      expect(cited).toContain("interview.vtt");
      expect(cited).toContain("invite.ics");
      // The invite was decoded: its hour is the scheduled length.
      expect(c.length.scheduledMinutes).toBe(60);
      const quotes = c.signals.flatMap((s) => s.evidence.map((e) => e.quote));
      expect(quotes).toContain("That is exactly what we need.");
    });

    it.each([
      ["an empty body", {}, "bad-request", /give notes or at least one file/],
      ["blank notes", { notes: "   " }, "bad-request", /give notes or at least one file/],
      ["a file with neither text nor base64", { files: [{ name: "a.md" }] }, "bad-request", /a\.md/],
      ["a file with no name", { files: [{ name: "", text: "hi" }] }, "bad-request", /files\.0\.name/],
      ["a bad now", { notes: NOTES, now: "yesterday" }, "bad-request", /now/],
      [
        "a now in the year 900",
        { notes: NOTES, now: "0900-01-01T00:00:00Z" },
        "bad-request",
        /1900 and 2999/,
      ],
      ["notes that are not text", { notes: 42 }, "bad-request", /notes/],
    ])("refuses %s with a 400", async (_what, json, code, message) => {
      const a = await call(app, "/api/analyze", { json });
      expect(a.status).toBe(400);
      expect(errorCode(a)).toBe(code);
      expect(errorMessage(a)).toMatch(message);
      expect(logs).toEqual([]);
    });

    it("refuses a body that is not JSON with bad-json", async () => {
      const a = await call(app, "/api/analyze", {
        raw: "notes=hello",
        headers: { "content-type": "application/json" },
      });
      expect(a.status).toBe(400);
      expect(errorCode(a)).toBe("bad-json");
      expect(logs).toEqual([]);
    });

    it.each([
      ["POST", "/api/analyze"],
      ["POST", "/api/applications"],
      ["PATCH", "/api/applications/1"],
      ["POST", "/api/applications/1/outcome"],
      ["POST", "/api/applications/1/stage"],
      ["POST", "/api/applications/1/merge"],
      ["PUT", "/api/actions/1/draft"],
      ["POST", "/api/actions/1/snooze"],
      ["POST", "/api/live"],
      ["POST", "/api/live/nobody/text"],
      ["POST", "/api/live/nobody/save"],
    ])("%s %s refuses a body that is not JSON with bad-json", async (method, path) => {
      const a = await call(app, path, {
        method,
        raw: "notes=hello",
        headers: { "content-type": "application/json" },
      });
      expect(a.status).toBe(400);
      expect(errorCode(a)).toBe("bad-json");
      expect(errorMessage(a)).toBe("the body is not JSON");
      expect(logs).toEqual([]);
    });

    it("says nothing-readable, naming the file, when the only file is a PDF named .vtt", async () => {
      const pdf = Buffer.from(
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        "latin1",
      );
      const a = await call(app, "/api/analyze", {
        json: { files: [{ name: "scan.vtt", base64: pdf.toString("base64") }] },
      });
      expect(a.status).toBe(400);
      expect(errorCode(a)).toBe("nothing-readable");
      expect(errorMessage(a)).toContain("scan.vtt");
      expect(errorMessage(a)).toContain("PDF");
    });

    it.each([
      ["declares its length", true],
      ["is streamed without a length", false],
    ])("refuses a 31 MB body that %s with 413 too-large, as JSON", async (_what, withLength) => {
      const notes = "a".repeat(31 * 1024 * 1024);
      const raw = JSON.stringify({ notes });
      expect(raw.length).toBeGreaterThan(MAX_BODY_BYTES);
      const a = await call(app, "/api/analyze", {
        raw,
        headers: {
          "content-type": "application/json",
          ...(withLength ? { "content-length": String(Buffer.byteLength(raw)) } : {}),
        },
      });
      expect(a.status).toBe(413);
      expect(errorCode(a)).toBe("too-large");
      expect(errorMessage(a)).toContain("30 MB");
      expect(logs).toEqual([]);
    });

    it("reads an upload named with a path as a plain name, never from the disk", async () => {
      const traversal = await call(app, "/api/analyze", {
        json: {
          files: [{ name: "../../etc/passwd.md", text: "She said my answer was exactly what they need." }],
        },
      });
      expect(traversal.status).toBe(200);
      expect([...sourcesCited(traversal.body as ContractShape)]).toEqual(["passwd.md"]);

      // A name that is the path of a real file on this machine: the upload's text is what is read.
      const onDisk = join(dir, "lumenfold-r1", "notes.md");
      const uploaded = "They asked when I could start.";
      const named = await call(app, "/api/analyze", { json: { files: [{ name: onDisk, text: uploaded }] } });
      expect(named.status).toBe(200);
      const c = named.body as ContractShape;
      expect([...sourcesCited(c)]).toEqual(["notes.md"]);
      for (const e of c.signals.flatMap((s) => s.evidence)) expect(uploaded).toContain(e.quote);
    });

    it("stores nothing", async () => {
      const before = await call(app, "/api/applications");
      await call(app, "/api/analyze", { json: { notes: NOTES } });
      expect((await call(app, "/api/applications")).body).toEqual(before.body);
    });
  });

  describe("the workspace's views", () => {
    it("lists applications, filters them by stage and company, and refuses a band that is not one", async () => {
      const all = await call(app, "/api/applications");
      expect(all.status).toBe(200);
      const list = all.body as { company: string; stage: string; rounds: number; read?: { band: string } }[];
      expect(list.map((a) => [a.company, a.stage, a.rounds]).sort()).toEqual([
        ["Harrowgate Foods", "rejected", 1],
        ["Lumenfold Analytics", "interviewing", 1],
      ]);
      for (const a of list) expect(BANDS).toContain(a.read?.band);

      const rejected = await call(app, "/api/applications?stage=rejected");
      expect(rejected.status).toBe(200);
      expect((rejected.body as { company: string }[]).map((a) => a.company)).toEqual(["Harrowgate Foods"]);
      const open = await call(app, "/api/applications?stage=open");
      expect((open.body as { company: string }[]).map((a) => a.company)).toEqual(["Lumenfold Analytics"]);
      const byCompany = await call(app, "/api/applications?company=LUMEN");
      expect((byCompany.body as { company: string }[]).map((a) => a.company)).toEqual([
        "Lumenfold Analytics",
      ]);

      const purple = await call(app, "/api/applications?band=purple");
      expect(purple.status).toBe(400);
      expect(errorCode(purple)).toBe("bad-request");
      expect(errorMessage(purple)).toContain("purple");
    });

    it("shows one application by id and by company prefix, and refuses one that does not exist", async () => {
      const id = await idOf("Lumenfold Analytics");
      const byId = await call(app, `/api/applications/${id}`);
      expect(byId.status).toBe(200);
      const timeline = byId.body as {
        application: { id: number; company: string };
        stage: string;
        events: { kind: string; direction?: string }[];
        sources: { name: string }[];
      };
      expect(timeline.application).toMatchObject({ id, company: "Lumenfold Analytics" });
      expect(timeline.stage).toBe("interviewing");
      expect(timeline.events.filter((e) => e.kind === "round")).toHaveLength(1);
      expect(timeline.events.filter((e) => e.kind === "message").map((e) => e.direction)).toEqual([
        "candidate",
        "company",
      ]);
      expect(timeline.sources.map((s) => s.name).sort()).toEqual([
        "lumenfold-r1/invite.ics",
        "lumenfold-r1/notes.md",
        "lumenfold-r1/reply.eml",
        "lumenfold-r1/thanks.eml",
      ]);

      const byPrefix = await call(app, "/api/applications/lumen");
      expect(byPrefix.status).toBe(200);
      expect(byPrefix.body).toEqual(byId.body);

      for (const ref of ["nobody", "9999"]) {
        const missing = await call(app, `/api/applications/${ref}`);
        expect(missing.status).toBe(400);
        expect(errorCode(missing)).toBe("no-such-application");
        expect(errorMessage(missing)).toContain(ref);
      }
      expect(logs).toEqual([]);
    });

    it("gives a round's analysis and documents, and refuses a round that does not exist", async () => {
      const id = await idOf("Lumenfold Analytics");
      const a = await call(app, `/api/applications/${id}/rounds/1`);
      expect(a.status).toBe(200);
      const round = a.body as {
        application: { id: number };
        round: { number: number; startsAt: string; band: string };
        analysis: ContractShape;
        documents: { kind: string; source: string }[];
      };
      expect(round.application.id).toBe(id);
      expect(round.round).toMatchObject({ number: 1, startsAt: "2026-03-02T15:00:00.000Z" });
      expect(BANDS).toContain(round.round.band);
      expect(round.analysis.read.band).toBe(round.round.band);
      expect(sourcesCited(round.analysis)).toContain("lumenfold-r1/notes.md");
      expect(round.documents.map((d) => d.kind).sort()).toEqual(["email", "email", "invite", "notes"]);

      const missing = await call(app, `/api/applications/${id}/rounds/99`);
      expect(missing.status).toBe(400);
      expect(errorCode(missing)).toBe("no-such-round");
      for (const path of [`/api/applications/${id}/rounds/first`, "/api/applications/lumen/rounds/1"]) {
        const bad = await call(app, path);
        expect(bad.status).toBe(400);
        expect(errorCode(bad)).toBe("bad-request");
      }
    });

    it("gives an action's draft as an .eml a mail client opens as unsent", async () => {
      const items = (await call(app, "/api/todo")).body as { id: number; text: string | null }[];
      const withText = items.find((i) => i.text);
      if (!withText?.text) throw new Error("no drafted action");
      const eml = await call(app, `/api/actions/${withText.id}/eml`);
      expect(eml.status).toBe(200);
      expect(eml.headers.get("content-type")).toBe("message/rfc822");
      expect(eml.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+\.eml"$/);
      expect(eml.text).toContain("X-Unsent: 1");
      expect(eml.text).toMatch(/^Subject: /m);
      expect((await call(app, "/api/actions/99999/eml")).status).toBe(400);
    });

    it("lists what is due, marks an action done, and no longer lists it", async () => {
      const todo = await call(app, "/api/todo");
      expect(todo.status).toBe(200);
      const items = todo.body as { id: number; company: string; kind: string }[];
      expect(items.length).toBeGreaterThan(0);
      // The rejected application has nothing left to do.
      expect(new Set(items.map((i) => i.company))).toEqual(new Set(["Lumenfold Analytics"]));
      const first = items[0];
      if (!first) throw new Error("nothing to do");

      const doneBefore = (await call(app, "/api/applications/lumen")).body as { done: { id: number }[] };
      expect(doneBefore.done.map((d) => d.id)).not.toContain(first.id);

      const done = await call(app, `/api/actions/${first.id}/done`, { method: "POST" });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ id: first.id, kind: first.kind, company: "Lumenfold Analytics" });
      const after = (await call(app, "/api/todo")).body as { id: number }[];
      expect(after.map((i) => i.id)).toEqual(items.slice(1).map((i) => i.id));
      const shown = (await call(app, "/api/applications/lumen")).body as { done: { id: number }[] };
      expect(shown.done.map((d) => d.id).sort()).toEqual(
        [...doneBefore.done.map((d) => d.id), first.id].sort(),
      );

      const abc = await call(app, "/api/actions/abc/done", { method: "POST" });
      expect(abc.status).toBe(400);
      expect(errorCode(abc)).toBe("bad-request");
      const unknown = await call(app, "/api/actions/999999/done", { method: "POST" });
      expect(unknown.status).toBe(400);
      expect(errorCode(unknown)).toBe("no-such-action");
      const wrongMethod = await call(app, `/api/actions/${first.id}/done`);
      expect(wrongMethod.status).toBe(404);
      expect(errorCode(wrongMethod)).toBe("not-found");
    });

    it("records an outcome, and refuses a word that is not one", async () => {
      const id = await idOf("Lumenfold Analytics");
      const offer = await call(app, "/api/applications/Lumenfold%20Analytics/outcome", {
        json: { outcome: "offer" },
      });
      expect(offer.status).toBe(200);
      expect(offer.body).toEqual({ applicationId: id, company: "Lumenfold Analytics", outcome: "offer" });
      const listed = (await call(app, "/api/applications?stage=offer")).body as { id: number }[];
      expect(listed.map((a) => a.id)).toEqual([id]);
      // Settled: nothing is left to do.
      expect((await call(app, "/api/todo")).body).toEqual([]);

      const banana = await call(app, `/api/applications/${id}/outcome`, { json: { outcome: "banana" } });
      expect(banana.status).toBe(400);
      expect(errorCode(banana)).toBe("bad-outcome");
      expect(errorMessage(banana)).toContain("banana");
      const nobody = await call(app, "/api/applications/nobody/outcome", { json: { outcome: "offer" } });
      expect(nobody.status).toBe(400);
      expect(errorCode(nobody)).toBe("no-such-application");
      const empty = await call(app, `/api/applications/${id}/outcome`, { json: {} });
      expect(empty.status).toBe(400);
      expect(errorCode(empty)).toBe("bad-request");
      const notJson = await call(app, `/api/applications/${id}/outcome`, { raw: "offer" });
      expect(notJson.status).toBe(400);
      expect(errorCode(notJson)).toBe("bad-json");
      expect(logs).toEqual([]);
    });

    it("gives insights with totals over the outcomes", async () => {
      const a = await call(app, "/api/insights");
      expect(a.status).toBe(200);
      const insights = a.body as { totals: Record<string, number>; signals: unknown[] };
      expect(insights.totals).toMatchObject({ applications: 2, decided: 1, rejected: 1, offers: 0, open: 1 });
      expect(Array.isArray(insights.signals)).toBe(true);

      await call(app, "/api/applications/lumen/outcome", { json: { outcome: "offer" } });
      const after = (await call(app, "/api/insights")).body as { totals: Record<string, number> };
      expect(after.totals).toMatchObject({ applications: 2, decided: 2, rejected: 1, offers: 1, open: 0 });
    });

    it("gives the search's pace: the funnel as rates with intervals, days to reply, and outcomes by month", async () => {
      const a = await call(app, "/api/insights/search");
      expect(a.status).toBe(200);
      const pace = a.body as {
        funnel: { applied: number; offers: { n: number; of: number; low: number; high: number } };
        reply: { n: number; waiting: number };
        months: { month: string; offers: number; rejections: number }[];
      };
      // The same applications and outcomes as Insights counts.
      const { totals } = (await call(app, "/api/insights")).body as { totals: Record<string, number> };
      expect(pace.funnel.applied).toBe(totals.applications);
      expect(pace.funnel.offers).toMatchObject({ n: totals.offers, of: totals.applications });
      const { n, of, low, high } = pace.funnel.offers;
      expect(low).toBeLessThanOrEqual(n / of);
      expect(high).toBeGreaterThanOrEqual(n / of);
      expect(high - low).toBeGreaterThan(0.3);
      expect(pace.reply.n).toBeGreaterThanOrEqual(0);
      const months = pace.months.map((m) => m.month);
      expect(months.length).toBeGreaterThan(0);
      expect(months).toEqual([...months].sort());
      expect(pace.months.reduce((sum, m) => sum + m.offers, 0)).toBe(totals.offers);
      expect(pace.months.reduce((sum, m) => sum + m.rejections, 0)).toBe(totals.rejected);
    });
  });

  it("answers an unknown /api/ path with a JSON 404, and other paths with a plain one", async () => {
    const api = await call(app, "/api/nope");
    expect(api.status).toBe(404);
    expect(errorCode(api)).toBe("not-found");
    expect(errorMessage(api)).toContain("/api/nope");
    expectSecurityHeaders(api);
    const page = await call(app, "/");
    expect(page.status).toBe(404);
    expect(page.text).toBe("Not found");
    expect(logs).toEqual([]);
  });
});

describe("a failure that is not bad input", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-server-"));
    store = await openWorkspace({ DEBRIEF_HOME: dir }, NOW);
  });
  afterAll(async () => {
    // Closed by the test already; again in case it stopped before that.
    await closeStore(store).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  });

  it("is a JSON 500 with the stack in the log, and the next request is answered", async () => {
    const logs: string[] = [];
    const app = buildApp({ store, now: () => new Date(NOW), log: (line) => logs.push(line), hosts: [HOST] });
    expect((await call(app, "/api/applications")).status).toBe(200);
    // The database goes away under the server: every query now fails inside the store.
    await closeStore(store);

    const failed = await call(app, "/api/applications");
    expect(failed.status).toBe(500);
    expect(errorCode(failed)).toBe("internal");
    expect(errorMessage(failed)).not.toMatch(/destroy|kysely|sqlite/i);
    expectSecurityHeaders(failed);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain("GET /api/applications failed");
    // The stack, not only the message: at least one frame.
    expect(logs[0]).toMatch(/\n\s+at /);

    const todo = await call(app, "/api/todo");
    expect(todo.status).toBe(500);
    expect(logs).toHaveLength(2);
    // Requests that do not need the database are still answered.
    expect((await call(app, "/api/health")).status).toBe(200);
    const analyzed = await call(app, "/api/analyze", { json: { notes: NOTES } });
    expect(analyzed.status).toBe(200);
    expect((analyzed.body as ContractShape).signals.length).toBeGreaterThan(0);
    expect(logs).toHaveLength(2);
  });
});

describe("guardAccess", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-server-"));
    store = await openWorkspace({ DEBRIEF_HOME: dir }, NOW);
  });
  afterAll(async () => {
    await closeStore(store);
    await rm(dir, { recursive: true, force: true });
  });
  const make = (token?: string) =>
    buildApp({
      store,
      now: () => new Date(NOW),
      log: (line) => {
        throw new Error(`unexpected log: ${line}`);
      },
      hosts: [HOST, "localhost:4820", "[::1]:4820"],
      ...(token ? { token } : {}),
    });

  it.each([
    ["another site's name", "evil.example:4820"],
    ["our address on another port", "127.0.0.1:9999"],
    ["no port", "127.0.0.1"],
    ["nothing", ""],
  ])("refuses a Host of %s with 403 bad-host", async (_what, host) => {
    const a = await call(make(), "/api/health", { headers: { host } });
    expect(a.status).toBe(403);
    expect(errorCode(a)).toBe("bad-host");
    expect(a.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each([["localhost:4820"], ["LOCALHOST:4820"], ["[::1]:4820"]])("answers for Host %s", async (host) => {
    expect((await call(make(), "/api/health", { headers: { host } })).status).toBe(200);
  });

  it.each([
    ["another site", "http://evil.example"],
    ["another site on our port", "http://evil.example:4820"],
    ["our address on another port", "http://127.0.0.1:9999"],
    ["a sandboxed page (null)", "null"],
    ["something that is not a URL", "not a url"],
  ])("refuses a POST from %s with 403 bad-origin", async (_what, origin) => {
    const a = await call(make(), "/api/analyze", { json: { notes: NOTES }, headers: { origin } });
    expect(a.status).toBe(403);
    expect(errorCode(a)).toBe("bad-origin");
  });

  it.each([[ORIGIN], ["http://localhost:4820"]])("accepts a POST from its own page (%s)", async (origin) => {
    const a = await call(make(), "/api/analyze", { json: { notes: NOTES }, headers: { origin } });
    expect(a.status).toBe(200);
    expectSecurityHeaders(a);
  });

  describe("with a token", () => {
    const app = () => make(TOKEN);

    it("refuses a request without it, or with a wrong one, with 401", async () => {
      for (const headers of [
        {},
        { authorization: "Bearer wrong-token" },
        { authorization: `Bearer ${TOKEN}x` },
        { authorization: `Basic ${TOKEN}` },
        { cookie: "debrief_token=wrong" },
      ]) {
        const a = await call(app(), "/api/health", { headers });
        expect(a.status, JSON.stringify(headers)).toBe(401);
        expect(errorCode(a)).toBe("no-token");
      }
    });

    it("accepts the token as a Bearer header", async () => {
      const a = await call(app(), "/api/health", { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(a.status).toBe(200);
      expectSecurityHeaders(a);
    });

    it("checks the host before the token", async () => {
      const a = await call(app(), "/api/health", {
        headers: { host: "evil.example:4820", authorization: `Bearer ${TOKEN}` },
      });
      expect(a.status).toBe(403);
      expect(errorCode(a)).toBe("bad-host");
    });

    it("trades ?token= on a GET for an HttpOnly, SameSite=Strict cookie, which is then enough", async () => {
      const a = await call(app(), `/?token=${TOKEN}`);
      expect(a.status).toBe(303);
      expect(a.headers.get("location")).toBe("/");
      const cookie = a.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(new RegExp(`^debrief_token=${TOKEN};`));
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Strict/i);
      expect(cookie).toMatch(/;\s*Path=\//i);

      const pair = cookie.split(";")[0] ?? "";
      const withCookie = await call(app(), "/api/health", { headers: { cookie: pair } });
      expect(withCookie.status).toBe(200);
      const post = await call(app(), "/api/analyze", {
        json: { notes: NOTES },
        headers: { cookie: pair, origin: ORIGIN },
      });
      expect(post.status).toBe(200);
    });

    it("keeps the rest of the query when it drops the token", async () => {
      const a = await call(app(), `/api/applications?stage=open&token=${TOKEN}`);
      expect(a.status).toBe(303);
      expect(a.headers.get("location")).toBe("/api/applications?stage=open");
    });

    it("never redirects to another site, whatever the path", async () => {
      const a = await call(app(), `//evil.example/x?token=${TOKEN}`);
      expect(a.status).toBe(303);
      const location = a.headers.get("location") ?? "";
      expect(location.startsWith("/")).toBe(true);
      expect(location.startsWith("//")).toBe(false);
      expect(new URL(location, ORIGIN).host).toBe(HOST);
    });

    it("does not take a token from the URL of a POST, nor a wrong one from a GET", async () => {
      const post = await call(app(), `/api/analyze?token=${TOKEN}`, { json: { notes: NOTES } });
      expect(post.status).toBe(401);
      const wrong = await call(app(), "/?token=wrong-token");
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get("set-cookie")).toBeNull();
    });
  });
});
