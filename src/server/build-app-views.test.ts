import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applicationId,
  BANDS,
  type ContractShape,
  call,
  errorCode,
  errorMessage,
  openSeededApi,
  type SeededApi,
  sourcesCited,
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
});
