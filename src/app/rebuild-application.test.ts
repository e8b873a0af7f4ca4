import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emlText, icsText } from "../../test/mail-fixtures.js";
import { STORE_TARGETS } from "../../test/store-targets.js";
import { readApplication } from "../store/read-application.js";
import { closeStore, openStore, type Store } from "../store/workspace-store.js";
import { actionDraft } from "./action-draft.js";
import { addToWorkspace } from "./add-to-workspace.js";
import { reanalyzeWorkspace, setApplicationOutcome } from "./reanalyze-workspace.js";
import { listTodo } from "./workspace-views.js";

// Made-up notes with no date for the interview in them: the thank-you can only be counted from when
// they were filed.
const NOTES =
  "Halvard Pumps, call with Ines Korr about the service planner role.\n\n" +
  "Ines walked me through the spare-parts forecast they rebuild every quarter. She asked how I would plan a shutdown.\n";
const FILED = "2026-04-01T09:00:00Z";
const LATER = "2026-04-10T09:00:00Z";

describe.each(STORE_TARGETS)("an overdue thank-you stays overdue on $name", (target) => {
  let store: Store;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "debrief-overdue-"));
    let location: string;
    ({ location, cleanup } = await target.create());
    store = await openStore(location, FILED);
    await mkdir(join(dir, "halvard"), { recursive: true });
    await writeFile(join(dir, "halvard", "notes.md"), NOTES);
    await addToWorkspace(store, [join(dir, "halvard")], { now: FILED, application: "Halvard Pumps" });
  });
  afterEach(async () => {
    await closeStore(store);
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  const thankYou = async (now: string) => (await listTodo(store, now)).find((t) => t.kind === "thank-you");

  it("after reanalyze and after 'outcome open', nine days on: not 'in 24 hours' again", async () => {
    const first = await thankYou(FILED);
    expect(first?.due).toBe("2026-04-02T09:00:00+00:00");
    expect(first?.isOverdue).toBe(false);
    await reanalyzeWorkspace(store, { now: LATER });
    const after = await thankYou(LATER);
    expect(after?.due).toBe(first?.due);
    expect(after?.isOverdue).toBe(true);
    expect(after?.why).toContain("within 24 hours of when you filed it, Wed 1 Apr");
    await setApplicationOutcome(store, "halvard", "open", LATER);
    expect((await thankYou(LATER))?.due).toBe(first?.due);
  });
});

describe.each(STORE_TARGETS)("a company's thanks is not the candidate's mail on $name", (target) => {
  it("files a rejection that opens 'Thank you for taking the time to interview with us' as theirs", async () => {
    const dir = await mkdtemp(join(tmpdir(), "debrief-direction-"));
    const { location, cleanup } = await target.create();
    const store = await openStore(location, LATER);
    try {
      await mkdir(join(dir, "halvard", "emails"), { recursive: true });
      await writeFile(join(dir, "halvard", "notes.md"), NOTES);
      await writeFile(
        join(dir, "halvard", "emails", "01-outcome.eml"),
        emlText({
          from: "Ines Korr <ines.korr@halvardpumps.example>",
          to: "Sol Brenner <sol.brenner@postbox.example>",
          subject: "Your application",
          date: "Wed, 08 Apr 2026 10:00:00 +0000",
          id: "outcome-1@halvardpumps.example",
          body: "Dear Sol,\n\nThank you for taking the time to interview with us. We have decided to move forward with another candidate.\n\nInes",
        }),
      );
      const added = await addToWorkspace(store, [join(dir, "halvard")], {
        now: LATER,
        application: "Halvard Pumps",
      });
      const id = added.filed[0]?.applicationId ?? 0;
      const messages = (await readApplication(store, id))?.messages ?? [];
      expect(messages.map((m) => [m.from_name, m.direction])).toEqual([["Ines Korr", "company"]]);
    } finally {
      await closeStore(store);
      await cleanup();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(STORE_TARGETS)("a stored draft's addresses on $name", (target) => {
  it("is to the interviewer it greets, at their address, and from the candidate", async () => {
    const dir = await mkdtemp(join(tmpdir(), "debrief-to-"));
    const { location, cleanup } = await target.create();
    const now = "2026-04-02T18:00:00Z";
    const store = await openStore(location, now);
    try {
      await mkdir(join(dir, "halvard"), { recursive: true });
      await writeFile(join(dir, "halvard", "notes.md"), NOTES);
      await writeFile(
        join(dir, "halvard", "invite.ics"),
        icsText({
          summary: "Halvard Pumps: service planner interview",
          start: "20260402T130000Z",
          end: "20260402T140000Z",
          organizer: "Bo Lindqvist <bo.lindqvist@halvardpumps.example>",
          attendees: [
            "Ines Korr <ines.korr@halvardpumps.example>",
            "Sol Brenner <sol.brenner@postbox.example>",
          ],
        }),
      );
      await addToWorkspace(store, [join(dir, "halvard")], { now, application: "Halvard Pumps" });
      const thanks = (await listTodo(store, now)).find((t) => t.kind === "thank-you");
      expect(thanks?.text).toMatch(/^Dear Ines,/);
      const draft = await actionDraft(store, thanks?.id ?? 0, now);
      expect(draft.eml).toContain("To: Ines Korr <ines.korr@halvardpumps.example>");
      expect(draft.eml).toContain("From: Sol Brenner <sol.brenner@postbox.example>");
    } finally {
      await closeStore(store);
      await cleanup();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
