import pc from "picocolors";
import { describe, expect, it } from "vitest";
import type { AddReport } from "../app/add-to-workspace.js";
import { renderAddReport } from "./add.js";

const plain = pc.createColors(false);
const empty: AddReport = {
  filed: [],
  duplicates: [],
  repeated: [],
  duplicateReasons: [],
  skipped: [],
  warnings: [],
  outcomes: [],
  retries: 0,
};

describe("renderAddReport", () => {
  it("names a message that came again by Message-ID, with the reason, and counts the same bytes only", () => {
    const text = renderAddReport(
      {
        ...empty,
        duplicates: ["notes.md", "all.mbox#4"],
        duplicateReasons: [
          { source: "notes.md", reason: "the same bytes as a file already in the workspace" },
          {
            source: "all.mbox#4",
            reason:
              "the same message (Message-ID <r2@orchardline.example>) is already filed under application 2 (Orchardline)",
          },
        ],
      },
      plain,
    );
    expect(text).toContain("2 files already in the workspace: unchanged");
    expect(text).toContain(
      "  duplicate all.mbox#4: the same message (Message-ID <r2@orchardline.example>) is already filed under application 2 (Orchardline)",
    );
    expect(text).not.toContain("duplicate notes.md");
    expect(text).toContain("Nothing new.");
  });

  it("lists five duplicates by Message-ID and counts the rest", () => {
    const sources = Array.from({ length: 8 }, (_, i) => `all.mbox#${i + 1}`);
    const text = renderAddReport(
      {
        ...empty,
        repeated: sources,
        duplicateReasons: sources.map((source) => ({
          source,
          reason: "the same message (Message-ID <x@y.example>) as inbox.mbox#1, given in this add",
        })),
      },
      plain,
    );
    expect(text.match(/^ {2}duplicate /gm)).toHaveLength(5);
    expect(text).toContain("… and 3 more messages by Message-ID");
  });
});
