import { join } from "node:path";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BANDS,
  type ContractShape,
  call,
  DANA,
  errorCode,
  errorMessage,
  expectSecurityHeaders,
  JAMIE,
  LUMENFOLD_INVITE,
  NOTES,
  NOW,
  openSeededApi,
  type SeededApi,
  sourcesCited,
  VTT,
} from "../../test/api-workspace.js";
import { emlText as eml } from "../../test/mail-fixtures.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { MAX_BODY_BYTES } from "./schemas.js";

describe.each(STORE_TARGETS)("the API over a workspace on $name", (target) => {
  let api: SeededApi;
  let dir: string;
  let logs: string[];
  let app: Hono;

  beforeEach(async () => {
    api = await openSeededApi(target);
    ({ dir, logs, app } = api);
  });
  afterEach(() => api.close());

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
});
