import { describe, expect, it } from "vitest";
import {
  DANA,
  DANA_REPLY,
  filedUnder,
  JAMIE,
  LUMENFOLD_FOLDER,
  type Mail,
  mbox,
  THANKS,
  useAddWorkspace,
} from "../../../test/add-fixtures.js";
import { emlText as eml } from "../../../test/mail-fixtures.js";
import { STORE_TARGETS } from "../../../test/store-targets.js";
import { readApplication } from "../../store/read-application.js";
import { readOverview } from "../../store/read-overview.js";

// Everyone and everything here is made up: the candidate, the companies (on .example domains), the mail.
describe.each(STORE_TARGETS)("addToWorkspace, filing mail on $name", (target) => {
  const w = useAddWorkspace(target);
  const { add, appId, dump, write, at } = w;

  it("files a later reply, loose, under the same application by its thread, with no new round", async () => {
    await write({ ...LUMENFOLD_FOLDER, "reply.eml": eml(DANA_REPLY) });
    const first = await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
    const id = filedUnder(first, "Lumenfold Analytics").applicationId;

    const report = await add(at("reply.eml"));
    expect(report.filed).toHaveLength(1);
    expect(report.filed[0]).toMatchObject({ applicationId: id, isNew: false, sources: ["reply.eml"] });
    expect(report.filed[0]?.basis).toBe("same mail thread");
    expect(report.filed[0]?.round).toBeUndefined();

    const detail = await readApplication(w.store, id);
    expect(detail?.rounds).toHaveLength(1);
    expect(detail?.messages.map((m) => m.message_id)).toEqual([`<${THANKS.id}>`, `<${DANA_REPLY.id}>`]);
    expect(detail?.messages[1]?.direction).toBe("company");
    expect(detail?.sources.find((s) => s.name === "reply.eml")?.round_id).toBeNull();
    expect((await readOverview(w.store)).applications).toHaveLength(1);
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
    const detail = await readApplication(w.store, await appId("Lumenfold Analytics"));
    expect(detail?.messages).toHaveLength(2);
    expect(detail?.rounds).toHaveLength(1);
  });

  it("files a mailbox message by message: by domain, by thread, as a new application, or leaves it out", async () => {
    await write(LUMENFOLD_FOLDER);
    await add(at("lumenfold-r1"));
    const lumenfold = await appId("Lumenfold Analytics");
    const before = await readApplication(w.store, lumenfold);

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
        from: "Osric Reyes <osric.reyes.dev@gmail.com>",
        to: JAMIE,
        subject: "Re: Scheduling your second round",
        date: "Thu, 05 Mar 2026 14:00:00 +0000",
        id: "osric-1@mail.gmail.com",
        inReplyTo: "sched-1@lumenfold.example",
        body: "Hi Jamie, I'll be on the panel too, writing from my own address. Looking forward to it. Osric",
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

    const overview = await readOverview(w.store);
    expect(overview.applications.map((a) => [a.company, a.domain])).toEqual([
      ["Lumenfold Analytics", "lumenfold.example"],
      ["Tidewater Labs", "tidewaterlabs.example"],
    ]);
    const after = await readApplication(w.store, lumenfold);
    expect(after?.rounds).toHaveLength(1);
    expect(after?.messages.map((m) => m.message_id)).toEqual([
      ...(before?.messages.map((m) => m.message_id) ?? []),
      "<sched-1@lumenfold.example>",
      "<osric-1@mail.gmail.com>",
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
    expect((await readOverview(w.store)).applications).toHaveLength(1);
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

  it("joins a tracking system's later notice by its sender, a scheduler's by the person met; a friend's asking joins nothing", async () => {
    const messages: Mail[] = [
      {
        from: "Larkhill Council <noreply@taleo.net>",
        to: JAMIE,
        subject: "Application received - Transport Planner",
        date: "Mon, 02 Mar 2026 08:00:00 +0000",
        id: "ack-1@taleo.net",
        body: "Dear Jamie,\n\nThank you for applying to Larkhill Council for the position of Transport Planner.",
      },
      {
        from: "Tess Ambrose <tess.ambrose@rookwood.example>",
        to: JAMIE,
        subject: "Interview invitation - Analytics Engineer",
        date: "Tue, 03 Mar 2026 09:00:00 +0000",
        id: "inv-1@rookwood.example",
        body: "Hi Jamie,\n\nWe'd like to invite you to a first interview for the Analytics Engineer role. Please pick a slot in my calendar.\n\nTess Ambrose",
      },
      {
        from: "Calendly <notifications@calendly.com>",
        to: JAMIE,
        subject: "Confirmed: Jamie Ortega and Tess Ambrose on Thursday",
        date: "Tue, 03 Mar 2026 10:00:00 +0000",
        id: "cal-1@calendly.com",
        body: "A new event has been scheduled.\n\nHost: Tess Ambrose\nInvitee: Jamie Ortega\nThursday, 5 March 2026, 14:00",
      },
      {
        from: "Larkhill Council <noreply@taleo.net>",
        to: JAMIE,
        subject: "Transport Planner (REQ 7)",
        date: "Wed, 04 Mar 2026 08:00:00 +0000",
        id: "portal-1@taleo.net",
        body: "Please log in to the candidate portal to see a new document.\n\nUnsubscribe",
      },
      {
        from: "Sam Yates <sam.yates@pellucidads.example>",
        to: JAMIE,
        subject: "how did it go??",
        date: "Thu, 05 Mar 2026 18:00:00 +0000",
        id: "sam-9@pellucidads.example",
        body: "How did the Rookwood interview go? Fingers crossed for you. Drinks Friday?",
      },
    ];
    // The portal's later notice carries a list's header, as tracking systems' notices often do.
    const text = mbox(messages).replace(
      "Subject: Transport Planner (REQ 7)",
      "List-Unsubscribe: <https://taleo.example/unsubscribe>\nSubject: Transport Planner (REQ 7)",
    );
    await write({ "box.mbox": text });
    const report = await add(at("box.mbox"), { me: "Jamie Ortega" });
    const council = filedUnder(report, "Larkhill Council");
    expect([...council.sources].sort()).toEqual(["box.mbox#1", "box.mbox#4"]);
    const rookwood = report.filed.find((f) => f.company !== "Larkhill Council");
    expect([...(rookwood?.sources ?? [])].sort()).toEqual(["box.mbox#2", "box.mbox#3"]);
    expect(report.filed).toHaveLength(2);
    expect(report.leftOut?.count).toBe(1);
  });

  it("joins a company's own mail, and a service's naming it without accents, to the application its tracking system or its own mail started", async () => {
    const messages: Mail[] = [
      {
        from: "Brookmere Health NHS Foundation Trust <noreply@trac.jobs>",
        to: JAMIE,
        subject: "Application received - Band 6 Analyst",
        date: "Mon, 02 Mar 2026 08:00:00 +0000",
        id: "trac-1@trac.jobs",
        body: "Dear Jamie,\n\nThank you for applying to Brookmere Health NHS Foundation Trust for the Band 6 Analyst post.",
      },
      {
        from: "Ines Okafor <ines.okafor@brookmerehealth.example>",
        to: JAMIE,
        subject: "Interview invitation",
        date: "Tue, 03 Mar 2026 09:00:00 +0000",
        id: "hh-1@brookmerehealth.example",
        body: "Dear Jamie,\n\nFurther to your application to Brookmere Health, we would like to invite you to interview on 10 March.\n\nInes Okafor",
      },
      {
        from: "Pilar Oñate <pilar.onate@bancovaldemoro.example>",
        to: JAMIE,
        subject: "Entrevista - Banco Valdemoro",
        date: "Tue, 03 Mar 2026 11:00:00 +0000",
        id: "bi-1@bancovaldemoro.example",
        body: "Hola Jamie,\n\nTe invitamos a una entrevista para el puesto de analista en Banco Valdemoro.\n\nPilar",
      },
      {
        from: "SHL <noreply@shl.com>",
        to: JAMIE,
        subject: "Assessment invitation",
        date: "Wed, 04 Mar 2026 08:00:00 +0000",
        id: "shl-1@shl.com",
        body: "Banco Valdemoro has invited you to complete an online assessment for your application.",
      },
    ];
    await write({ "box.mbox": mbox(messages) });
    const report = await add(at("box.mbox"), { me: "Jamie Ortega" });
    expect(report.filed).toHaveLength(2);
    const sources = report.filed.map((f) => [...f.sources].sort());
    expect(sources).toEqual(
      expect.arrayContaining([
        ["box.mbox#1", "box.mbox#2"],
        ["box.mbox#3", "box.mbox#4"],
      ]),
    );
  });
});
