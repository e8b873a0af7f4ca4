import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { expect } from "vitest";
import { addToWorkspace } from "../src/app/add-to-workspace.js";
import { closeStore, openWorkspace, type Store } from "../src/app/open-workspace.js";
import { buildApp } from "../src/server/build-app.js";
import { emlText as eml, icsText } from "./mail-fixtures.js";
import type { StoreTarget } from "./store-targets.js";

/** What the server's tests share: a seeded workspace, the app over it, and how to call it. */
// Everyone and everything here is made up: the candidate, the companies (on .example domains), the mail.
export const NOW = "2026-03-10T12:00:00.000Z";
export const HOST = "127.0.0.1:4820";
export const ORIGIN = `http://${HOST}`;
export const TOKEN = "s3cret-token-for-tests";
export const BANDS = ["strong", "promising", "mixed", "weak"];

export const JAMIE = "Jamie Ortega <jamie.ortega@fastmail.com>";
export const DANA = "Dana Whitlock <dana.whitlock@lumenfold.example>";
export const HARROWGATE = "Harrowgate Careers <careers@harrowgate.example>";

// ---------------------------------------------------------------------------------------------------
// Fixtures, composed as strings

/** An invite to Jamie. */
export const ics = (o: { summary: string; start: string; end: string; organizer: string }) =>
  icsText({ ...o, attendees: [JAMIE] });

export const LUMENFOLD_INVITE = ics({
  summary: "Lumenfold Analytics: data engineer interview",
  start: "20260302T150000Z",
  end: "20260302T160000Z",
  organizer: DANA,
});

/** Two cases: an open application with a round and mail both ways, and one the company turned down. */
export const SEED: Record<string, string> = {
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

export const VTT = [
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

export const NOTES =
  "Dana said my answer on the pipeline was exactly what they need.\nShe said they would send the next steps by Friday.\n";

// ---------------------------------------------------------------------------------------------------
// Calling the app

export interface Answer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
  text: string;
}

export interface Call {
  method?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is. */
  raw?: string;
  headers?: Record<string, string>;
}

export async function call(app: Hono, path: string, init: Call = {}): Promise<Answer> {
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
export function errorCode(a: Answer): string {
  const e = (a.body as { error?: { code?: unknown; message?: unknown } }).error;
  expect(typeof e?.message).toBe("string");
  expect(e?.message).not.toBe("");
  return String(e?.code);
}

export function errorMessage(a: Answer): string {
  return String((a.body as { error?: { message?: unknown } }).error?.message);
}

export function expectSecurityHeaders(a: Answer): void {
  const csp = a.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(a.headers.get("x-content-type-options")).toBe("nosniff");
  expect(a.headers.get("x-frame-options")).toBe("DENY");
}

export interface ContractShape {
  signals: { id: string; polarity: string; evidence: { source: string; quote: string }[] }[];
  read: { band: string; score: number; summary: string };
  actions: { kind: string; why: string }[];
}

export const sourcesCited = (c: ContractShape) =>
  new Set(c.signals.flatMap((s) => s.evidence.map((e) => e.source)));

/** Every route the tests below call, as OpenAPI spells it. */
export const EXERCISED = [
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

/** A workspace seeded with SEED (two applications), and the app over it; `close` removes it all. */
export interface SeededApi {
  dir: string;
  store: Store;
  logs: string[];
  app: Hono;
  close(): Promise<void>;
}

export async function openSeededApi(target: StoreTarget): Promise<SeededApi> {
  const dir = await mkdtemp(join(tmpdir(), "debrief-server-"));
  const made = await target.create();
  const store = await openWorkspace({ DEBRIEF_DATABASE_URL: made.location }, NOW);
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
  const logs: string[] = [];
  const app = buildApp({ store, now: () => new Date(NOW), log: (line) => logs.push(line), hosts: [HOST] });
  return {
    dir,
    store,
    logs,
    app,
    close: async () => {
      await closeStore(store);
      await made.cleanup();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The id of the application with this company. */
export async function applicationId(app: Hono, company: string): Promise<number> {
  const list = (await call(app, "/api/applications")).body as { id: number; company: string }[];
  const found = list.find((a) => a.company === company);
  if (!found) throw new Error(`no ${company} in ${JSON.stringify(list)}`);
  return found.id;
}
