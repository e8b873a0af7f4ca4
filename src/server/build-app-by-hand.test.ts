import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applicationId,
  call,
  errorCode,
  NOW,
  openSeededApi,
  type SeededApi,
} from "../../test/api-workspace.js";
import { STORE_TARGETS } from "../../test/store-targets.js";

describe.each(STORE_TARGETS)("the API over a workspace on $name", (target) => {
  let api: SeededApi;
  let logs: string[];
  let app: Hono;

  beforeEach(async () => {
    api = await openSeededApi(target);
    ({ logs, app } = api);
  });
  afterEach(() => api.close());

  const idOf = (company: string): Promise<number> => applicationId(app, company);

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
});
