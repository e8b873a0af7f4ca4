import pc from "picocolors";
import { describe, expect, it } from "vitest";
import type { TodoItem } from "../app/workspace-views.js";
import { renderTodo, zoneLabel } from "./todo.js";

// Made-up applications, planned in two zones.
const ITEMS: TodoItem[] = [
  {
    id: 4,
    applicationId: 1,
    company: "Larchmont Foods",
    kind: "thank-you",
    due: "2026-03-02T10:30:00-05:00",
    why: "Due 24 hours after the interview ended.",
    text: null,
    isOverdue: true,
  },
  {
    id: 9,
    applicationId: 2,
    company: "Tiller & Vane",
    kind: "status-check",
    due: "2026-03-06T23:59:59+05:30",
    why: "They said word would come by Fri 27 Feb.",
    text: null,
    isOverdue: false,
  },
];

describe("renderTodo", () => {
  const out = renderTodo(ITEMS, "2026-03-04T12:00:00Z", pc.createColors(false), false);

  it("names the zone of each time, so times from several zones can be compared", () => {
    expect(out).toContain("Mon 2 Mar, 10:30 UTC-5 (overdue by");
    expect(out).toContain("Fri 6 Mar, 23:59 UTC+5:30 (in");
  });

  it("says an overdue action stays until it is done or no longer applies", () => {
    expect(out).toContain("it stays overdue until you mark it done (debrief done 4) or it no longer applies");
    expect(out).not.toContain("debrief done 9)");
  });
});

describe("zoneLabel", () => {
  it.each([
    ["2026-03-02T10:30:00Z", "UTC"],
    ["2026-03-02T10:30:00+00:00", "UTC"],
    ["2026-03-02T10:30:00+02:00", "UTC+2"],
    ["2026-03-02T10:30:00-09:30", "UTC-9:30"],
  ])("%s is %s", (iso, label) => expect(zoneLabel(iso)).toBe(label));
});
