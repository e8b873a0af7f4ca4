import { describe, expect, it } from "vitest";
import { sourceLabel, whyPieces } from "./source-chips.js";

// Made-up reasons in the shape the plan writes them.
describe("whyPieces", () => {
  it("makes each cited file a chip named for its kind, with the file and place as its detail", () => {
    expect(
      whyPieces(
        "They said so: “We will call you.” (mossgate/notes.md:4). Sent on Mon 2 Mar (emails/01-thanks.eml).",
      ),
    ).toEqual([
      { kind: "text", text: "They said so: “We will call you.”" },
      { kind: "source", label: "notes", detail: "mossgate/notes.md, line 4" },
      { kind: "text", text: ". Sent on Mon 2 Mar" },
      { kind: "source", label: "email", detail: "emails/01-thanks.eml" },
      { kind: "text", text: "." },
    ]);
    expect(whyPieces("A next round: “By Thursday.” (call.vtt 00:58:30).")[1]).toEqual({
      kind: "source",
      label: "transcript",
      detail: "call.vtt at 00:58:30",
    });
  });

  it("makes a chip of a file cited in a list or a clause, folder spaces and all", () => {
    const text = (why: string) =>
      whyPieces(why)
        .map((p) => (p.kind === "text" ? p.text : `[${p.label}: ${p.detail}]`))
        .join("");
    expect(
      text(
        "The read is good (warm close, fenwick/notes.md:6; met the team, fenwick/notes.md:5): keep going.",
      ),
    ).toBe(
      "The read is good (warm close, [notes: fenwick/notes.md, line 6]; met the team, [notes: fenwick/notes.md, line 5]): keep going.",
    );
    expect(
      text("Due by the end of the day after it, Thu 5 Mar (pasted 2 Mar/notes.md, which give the day)."),
    ).toBe(
      "Due by the end of the day after it, Thu 5 Mar ([notes: pasted 2 Mar/notes.md], which give the day).",
    );
  });

  it("leaves out the command line's asides about --nudge-after", () => {
    const text = (why: string) =>
      whyPieces(why)
        .map((p) => (p.kind === "text" ? p.text : `[${p.label}]`))
        .join("");
    expect(
      text(
        "If nothing has come, ask a week past it, the patient reading of the seeds (one says a week after, another on the date; --nudge-after 0 asks on the date). Keep it polite.",
      ),
    ).toBe("If nothing has come, ask a week past it. Keep it polite.");
    expect(
      text("ask on the date itself, as --nudge-after 0 asks (the default is a week past it). Keep it."),
    ).toBe("ask on the date itself. Keep it.");
    expect(text("ask 3 days past it, as --nudge-after asks (the default is a week). Keep it.")).toBe(
      "ask 3 days past it. Keep it.",
    );
  });

  it("keeps brackets that cite no file, and text with none at all, as they are", () => {
    expect(whyPieces("the interview (booked for 45 minutes) ran long")).toEqual([
      { kind: "text", text: "the interview (booked for 45 minutes) ran long" },
    ]);
    expect(whyPieces("")).toEqual([]);
  });

  it("names sources by kind", () => {
    expect(
      ["a.md", "b.TXT", "c.eml", "all.mbox", "d.ics", "e.vtt", "f.srt", "g.json"].map(sourceLabel),
    ).toEqual(["notes", "notes", "email", "email", "invite", "transcript", "transcript", "file"]);
  });
});
