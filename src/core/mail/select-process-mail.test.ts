import { describe, expect, it } from "vitest";
import type { Doc, EmailDoc } from "../read/documents.js";
import { MAX_PROCESS_MAIL, selectProcessMail } from "./select-process-mail.js";

const ME = { names: ["Sam Roe"], addresses: ["sam.roe@gmail.com"] };

function mail(id: string, from: string, to: string, extra: Partial<EmailDoc> = {}): EmailDoc {
  return {
    kind: "email",
    source: `${id}.eml`,
    messageId: `<${id}@x>`,
    from: { email: from },
    to: [{ email: to }],
    cc: [],
    references: [],
    subject: "hello",
    text: "text",
    ...extra,
  };
}

const invite: Doc = {
  kind: "invite",
  source: "invite.ics",
  organizer: { name: "Dana Reyes", email: "dana@acme.io" },
  attendees: [
    { name: "Dana Reyes", email: "dana@acme.io" },
    { name: "Sam Roe", email: "sam.roe@gmail.com" },
  ],
};

describe("selectProcessMail", () => {
  it("keeps this company's mail and its threads, and leaves other processes out", () => {
    const docs: Doc[] = [
      invite,
      mail("a", "sam.roe@gmail.com", "dana@acme.io", { subject: "Thank you" }),
      mail("b", "recruit@mail.acme.io", "sam.roe@gmail.com"),
      // A reply from a personal address, in the thread of a kept message.
      mail("c", "dana.reyes@gmail.com", "sam.roe@gmail.com", { inReplyTo: "<a@x>", references: ["<a@x>"] }),
      mail("d", "jobs@othercorp.com", "sam.roe@gmail.com", { subject: "Your application at Othercorp" }),
      mail("e", "news@shop.example.org", "sam.roe@gmail.com"),
    ];
    const { docs: kept, leftOut, basis } = selectProcessMail(docs, ME);
    expect(leftOut.map((m) => m.source).sort()).toEqual(["d.eml", "e.eml"]);
    expect(kept.filter((d) => d.kind === "email").map((d) => d.source)).toEqual(["a.eml", "b.eml", "c.eml"]);
    expect(kept).toContain(invite);
    expect(basis).toMatch(/acme\.io/);
  });

  it("keeps everything when there is nothing to anchor on, or only a few messages", () => {
    const few: Doc[] = [
      mail("a", "x@one.com", "sam.roe@gmail.com"),
      mail("b", "y@two.com", "sam.roe@gmail.com"),
    ];
    expect(selectProcessMail(few, ME).leftOut).toEqual([]);
    const many: Doc[] = ["a", "b", "c", "d", "e"].map((id) => mail(id, `x@${id}.com`, "sam.roe@gmail.com"));
    expect(selectProcessMail(many, ME).leftOut).toEqual([]);
  });

  it("reads at most the most recent messages of a huge export", () => {
    const many: Doc[] = Array.from({ length: MAX_PROCESS_MAIL + 5 }, (_, i) =>
      mail(`m${i}`, `x${i}@a${i}.com`, "sam.roe@gmail.com", {
        date: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      }),
    );
    const { docs, leftOut } = selectProcessMail(many, ME);
    expect(docs).toHaveLength(MAX_PROCESS_MAIL);
    expect(leftOut.map((m) => m.source).sort()).toEqual(["m0.eml", "m1.eml", "m2.eml", "m3.eml", "m4.eml"]);
  });
});

describe("mail from an agency about the process", () => {
  it("is kept when it names the process's people or company, and other mail is still left out", () => {
    const docs: Doc[] = [
      invite,
      mail("t", "sam.roe@gmail.com", "dana@acme.io", {
        subject: "Thank you",
        text: "Thank you for today, Dana.",
      }),
      mail("g1", "kim@searchpartners.example", "sam.roe@gmail.com", {
        text: "Quick update: Dana is meeting the board on Friday and will call you after.",
      }),
      mail("g2", "kim@searchpartners.example", "sam.roe@gmail.com", {
        text: "Acme's chair has signed off the final round.",
      }),
      mail("n", "news@cycling.example", "sam.roe@gmail.com", { text: "Ten routes for the weekend." }),
      mail("o", "jobs@othercorp.com", "sam.roe@gmail.com", { text: "Thank you for applying to Othercorp." }),
    ];
    const { docs: kept, leftOut } = selectProcessMail(docs, ME);
    expect(kept.map((d) => d.source)).toEqual(["invite.ics", "t.eml", "g1.eml", "g2.eml"]);
    expect(leftOut.map((d) => d.source)).toEqual(["n.eml", "o.eml"]);
  });
});

describe("selectProcessMail: an agency's process (made up)", () => {
  it("keeps the client's own mail, which names neither the agency nor its people", () => {
    const docs: Doc[] = [
      mail("a1", "cara.holt@brightlane-search.example", "sam.roe@gmail.com", {
        from: { name: "Cara Holt", email: "cara.holt@brightlane-search.example" },
        subject: "Interview Thursday",
        text: "Hi Sam, my client, Ostervale Insurance, would like to meet you on Thursday at 10am. Cara Holt, Senior Consultant",
      }),
      mail("a2", "sam.roe@gmail.com", "cara.holt@brightlane-search.example", {
        from: { name: "Sam Roe", email: "sam.roe@gmail.com" },
        subject: "Re: Interview Thursday",
        text: "Thanks Cara, it went well, please pass on my thanks.",
      }),
      mail("a3", "careers@ostervaleinsurance.example", "sam.roe@gmail.com", {
        subject: "Your application",
        text: "Thank you for taking the time to interview with us. We have decided to move forward with another candidate.",
      }),
      mail("x1", "offers@shoe-shop.example", "sam.roe@gmail.com", { text: "Twenty percent off boots." }),
    ];
    const picked = selectProcessMail(docs, ME);
    const kept = picked.docs.map((d) => d.source);
    expect(kept).toContain("a3.eml");
    expect(kept).not.toContain("x1.eml");
  });
});
