import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCaseFiles, readUploads } from "./read-case-folder.js";

const upload = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("readUploads: a file is what its content is", () => {
  it.each([
    ["a meeting export named after the meeting", "Call with Kim.txt", "timed-headers"],
    ["Zoom's caption file", "meeting_saved_closed_caption.txt", "bracket-headers"],
  ])("reads %s as a transcript", async (_name, fileName, layout) => {
    const text =
      layout === "timed-headers"
        ? "Kim Ode  0:02\nThanks for coming in.\n\nAnn Lee  0:07\nGlad to be here.\n"
        : "[Kim Ode] 09:00:02\nThanks for coming in.\n\n[Ann Lee] 09:00:07\nGlad to be here.\n";
    const read = await readUploads([upload(fileName, text)]);
    expect(read.docs.map((d) => d.kind)).toEqual(["transcript"]);
    expect(read.readAs).toEqual([{ source: fileName, as: layout }]);
  });

  it("reads WebVTT cues saved as .txt as WebVTT", async () => {
    const read = await readUploads([
      upload("captions.txt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nKim: Hi.\n"),
    ]);
    expect(read.readAs).toEqual([{ source: "captions.txt", as: "webvtt" }]);
  });

  it("keeps prose in a .txt as notes, and says so", async () => {
    const read = await readUploads([upload("after the call.txt", "It went well.\nKim: liked it.\n")]);
    expect(read.docs.map((d) => d.kind)).toEqual(["notes"]);
    expect(read.readAs).toEqual([{ source: "after the call.txt", as: "notes" }]);
  });

  it("says what an invite and an email were taken for", async () => {
    const ics =
      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260304T100000Z\nSUMMARY:Call\nEND:VEVENT\nEND:VCALENDAR\n";
    const eml = "From: kim@hirer.example\nDate: 4 Mar 2026 10:00 +0000\n\nSee you then.\n";
    const read = await readUploads([upload("call.ics", ics), upload("reply.eml", eml)]);
    expect(read.readAs).toEqual([
      { source: "call.ics", as: "invite" },
      { source: "reply.eml", as: "email" },
    ]);
  });
});

describe("readCaseFiles: a folder as a person keeps it", () => {
  it("reads an Otter export by its content whatever its name, and names a .docx it does not read", async () => {
    const dir = await mkdtemp(join(tmpdir(), "debrief-folder-"));
    try {
      // Made-up people; an Otter export is "Name  0:03" headers with the words below, and its footer.
      await writeFile(join(dir, "notes.md"), "Call with Dana Pike at Larchfield.\n");
      await writeFile(
        join(dir, "Dana Pike call.txt"),
        "Dana Pike  0:03\nThanks for joining.\n\nRobin Vale  0:15\nGlad to be here.\n\nTranscribed by https://otter.ai\n",
      );
      await writeFile(join(dir, "cover letter.docx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]));
      const read = await readCaseFiles([dir]);
      expect(read.readAs).toContainEqual({ source: "Dana Pike call.txt", as: "timed-headers" });
      expect(read.docs.filter((d) => d.kind === "transcript").map((d) => d.source)).toEqual([
        "Dana Pike call.txt",
      ]);
      expect(read.warnings).toContain(
        "cover letter.docx is a Word document and was not read: save it as .txt or .md (or paste its text into the notes) to include it",
      );
      expect(read.skipped).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
