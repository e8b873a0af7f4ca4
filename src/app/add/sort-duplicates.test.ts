import { describe, expect, it } from "vitest";
import {
  DANA_REPLY,
  LUMENFOLD_FOLDER,
  LUMENFOLD_NOTES,
  mbox,
  THANKS,
  useAddWorkspace,
} from "../../../test/add-fixtures.js";
import { emlText as eml } from "../../../test/mail-fixtures.js";
import { STORE_TARGETS } from "../../../test/store-targets.js";

// Everyone and everything here is made up: the candidate, the companies (on .example domains), the mail.
describe.each(STORE_TARGETS)("addToWorkspace, what it has seen before on $name", (target) => {
  const w = useAddWorkspace(target);
  const { add, dump, write, at } = w;

  it("stores a file given twice in one add once, and says it was repeated, not stored before", async () => {
    await write({ ...LUMENFOLD_FOLDER, "lumenfold-r1/notes copy.md": LUMENFOLD_NOTES });
    const report = await add(at("lumenfold-r1"));
    expect(report.duplicates).toEqual([]);
    expect(report.repeated).toHaveLength(1);
    expect((await dump()).sources).toHaveLength(3);
  });

  describe("the same message, however it arrives", () => {
    it("stores a loose .eml once when an mbox brings it again, and says why it is a duplicate", async () => {
      await write({ ...LUMENFOLD_FOLDER, "reply.eml": eml(DANA_REPLY) });
      await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
      await add(at("reply.eml"));
      const before = await dump();
      // The export holds the same two messages: other bytes (a "From " line, LF line ends), the same ids,
      // one written with its domain in capitals and no angle brackets.
      const shouted = mbox([THANKS, DANA_REPLY]).replace(
        `Message-ID: <${DANA_REPLY.id}>`,
        `Message-ID: ${DANA_REPLY.id.replace("lumenfold.example", "LumenFold.EXAMPLE")}`,
      );
      await write({ "export.mbox": shouted });
      const report = await add(at("export.mbox"));

      expect(report.filed).toEqual([]);
      expect([...report.duplicates].sort()).toEqual(["export.mbox#1", "export.mbox#2"]);
      expect(report.duplicateReasons).toEqual([
        {
          source: "export.mbox#1",
          reason: `the same message (Message-ID <${THANKS.id}>) is already filed under application 1 (Lumenfold Analytics)`,
        },
        {
          source: "export.mbox#2",
          reason: `the same message (Message-ID <${DANA_REPLY.id}>) is already filed under application 1 (Lumenfold Analytics)`,
        },
      ]);
      expect(await dump()).toEqual(before);
    });

    it("stores a message found in two mboxes of one add once, as the first copy", async () => {
      await write({
        ...LUMENFOLD_FOLDER,
        "inbox.mbox": mbox([DANA_REPLY]),
        "archive.mbox": mbox([DANA_REPLY]).replace(/^From \S+/, "From archive@mbox"),
      });
      await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
      const report = await add(at("inbox.mbox", "archive.mbox"));
      expect(report.filed).toMatchObject([{ company: "Lumenfold Analytics", sources: ["inbox.mbox#1"] }]);
      expect(report.repeated).toEqual(["archive.mbox#1"]);
      expect(report.duplicateReasons).toEqual([
        {
          source: "archive.mbox#1",
          reason: `the same message (Message-ID <${DANA_REPLY.id}>) as inbox.mbox#1, given in this add`,
        },
      ]);
      const all = await dump();
      expect(all.messages.filter((m) => m.message_id === `<${DANA_REPLY.id}>`)).toHaveLength(1);
    });

    it("files the loose .eml of a message an mbox in the same add also holds once", async () => {
      await write({ ...LUMENFOLD_FOLDER, "reply.eml": eml(DANA_REPLY), "export.mbox": mbox([DANA_REPLY]) });
      await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
      const report = await add(at("reply.eml", "export.mbox"));
      expect(report.filed.flatMap((f) => f.sources)).toHaveLength(1);
      expect(report.repeated).toHaveLength(1);
      expect((await dump()).sources).toHaveLength(4);
    });

    it("tells messages without a Message-ID apart by their bytes only", async () => {
      const noId = (body: string) =>
        eml({ ...DANA_REPLY, body })
          .replace(/^Message-ID: .*\r\n/m, "")
          .replace(/^In-Reply-To: .*\r\n/m, "");
      await write({
        ...LUMENFOLD_FOLDER,
        "a.eml": noId("Hi Jamie, the second round is on Tuesday.\n\nDana"),
        "b.eml": noId("Hi Jamie, the second round is on Tuesday.\n\nDana"),
        "c.eml": noId("Hi Jamie, the second round is on Tuesday at ten.\n\nDana"),
      });
      await add(at("lumenfold-r1"), { me: "Jamie Ortega" });
      const report = await add(at("a.eml", "b.eml", "c.eml"));
      expect(report.repeated).toEqual(["b.eml"]);
      expect(report.duplicateReasons).toEqual([
        { source: "b.eml", reason: "the same bytes as a.eml, given in this add" },
      ]);
      expect(report.filed.flatMap((f) => f.sources).sort()).toEqual(["a.eml", "c.eml"]);
    });
  });

  it("changes nothing when the same folder is added again", async () => {
    await write(LUMENFOLD_FOLDER);
    await add(at("lumenfold-r1"));
    const before = await dump();

    const again = await add(at("lumenfold-r1"));
    expect(again.filed).toEqual([]);
    expect([...again.duplicates].sort()).toEqual([
      "lumenfold-r1/invite.ics",
      "lumenfold-r1/notes.md",
      "lumenfold-r1/thanks.eml",
    ]);
    expect(again.retries).toBe(0);
    // Nothing is written at all: not even the revision or the ingest log moves.
    expect(await dump()).toEqual(before);
  });
});
