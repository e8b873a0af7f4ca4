import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ExpectedFiling, scoreMailbox } from "../scripts/advice-scores.js";

/**
 * Filing whole mailboxes as `debrief add` does in a fresh workspace (no --me), scored as eval scores the
 * blind set: the training mailboxes in eval/advice-train, written for this test (everyone in them made up),
 * in the shapes eval/advice/README.md describes: several processes interleaved over weeks, tracking
 * systems, schedulers and assessment services mailing for the company, an agency writing about its
 * client, interviewers replying from home, replies whose mailer dropped In-Reply-To, auto-replies, job
 * alerts naming the same companies, a bill from one of them, friends asking how it went.
 */
const DIR = "eval/advice-train";
const names = (await readdir(DIR)).filter((f) => f.endsWith(".mbox")).sort();

describe("filing the training mailboxes", () => {
  it("has mailboxes to file", () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
  });

  it.each(names)("%s: every live process whole under one application, nothing else filed", async (name) => {
    const path = join(DIR, name);
    const expected = JSON.parse(
      await readFile(path.replace(/\.mbox$/, ".expected.json"), "utf8"),
    ) as ExpectedFiling;
    const t = await scoreMailbox(path, expected);
    expect(t).toMatchObject({
      processesWhole: t.processes,
      messagesRight: t.messages,
      filedNotExpected: 0,
      strayApplications: 0,
    });
  });
});
