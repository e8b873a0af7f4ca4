import { beforeAll, describe, expect, it } from "vitest";
import {
  debrief,
  type Env,
  json,
  LATER,
  NOW,
  type Todo,
  useCaseFolders,
} from "../../test/workspace-cli-cases.js";

/**
 * The workspace commands end to end in-process: show, todo and done. The streams, the clock, the case folders and
 * the SQLite workspaces they run in are in test/workspace-cli-cases.ts.
 */

const folders = useCaseFolders();
const { seeded } = folders;

describe("debrief show", () => {
  let env: Env;
  let todo: Todo[];
  beforeAll(async () => {
    env = await seeded();
    todo = await json<Todo[]>(["todo"], env);
  });

  it("by id: the round and its read, both messages, and To do with the actions' ids", async () => {
    const r = await debrief(["show", "1"], env);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(
      /^1 {2}Brightwater Analytics, Data Engineer\nstage: interviewing {2}· {2}brightwateranalytics\.example\n/,
    );
    expect(out).toMatch(
      /2026-02-05 {2}round 1: Brightwater Analytics - Data Engineer interview — read \w+ \(\d\.\d\d\)/,
    );
    expect(out).toContain("2026-02-05  you wrote: Thank you - Data Engineer interview");
    expect(out).toContain("2026-02-06  Priya Raman wrote: Re: Thank you - Data Engineer interview");
    // The events are in time order.
    expect(out.indexOf("round 1")).toBeLessThan(out.indexOf("you wrote"));
    expect(out.indexOf("you wrote")).toBeLessThan(out.indexOf("Priya Raman wrote"));
    const mine = todo.filter((t) => t.applicationId === 1);
    expect(mine.length).toBeGreaterThan(0);
    const toDo = out.slice(out.indexOf("\nTo do\n"));
    for (const t of mine) expect(toDo).toContain(`[${t.id}] ${t.kind}`);
    // The thank-you was seen in the mail: done, not to do.
    expect(out).toMatch(/\nDone\n {2}\[\d+\] thank-you \(seen in the mail, 2026-02-11\)/);
    expect(out).toContain("4 source files stored");
  });

  it("lists the promise the plan was made from, with its date, as the status check reads it", async () => {
    const r = await debrief(["show", "1"], env);
    const promised = r.stdout.slice(r.stdout.indexOf("\nPromised and booked\n"));
    expect(promised).toMatch(/\n {2}2026-02-13 +word promised by Fri 13 Feb: “Next steps: Priya said/);
    expect(promised).toMatch(
      /\n {2}2026-02-13 +word promised by Fri 13 Feb: “I'll be in touch by next Friday/,
    );
    const check = todo.find((t) => t.applicationId === 1 && t.kind === "status-check");
    expect(check?.why).toContain("by Fri 13 Feb");
  });

  it("a long message is cut at a word, with an ellipsis, and no line ends in a space", async () => {
    const r = await debrief(["show", "1"], env);
    for (const line of r.stdout.split("\n")) expect(line).toBe(line.trimEnd());
    expect(r.stdout).toMatch(/ {14}Dear Priya, Thank you for your time today\. .*…\n/);
  });

  it("a silence since the company last wrote shows as days without a word, so far", async () => {
    const r = await debrief(["show", "1", "--now", LATER], env);
    expect(r.stdout).toContain("2026-02-06  22 days without a word from them (so far), after Priya Raman");
    // Until then it has not been a week.
    expect((await debrief(["show", "1"], env)).stdout).not.toContain("days without a word");
  });

  it("by company prefix: a settled application shows its outcome, the silence before it, and nothing to do", async () => {
    const r = await debrief(["show", "quill"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^2 {2}Quillon Foods, Category Analyst\nstage: rejected \(read from the mail: "We have decided/,
    );
    expect(r.stdout).toContain("2026-02-02  7 days without a word from them, after round 1");
    expect(r.stdout).not.toContain("(so far)");
    expect(r.stdout).toContain("2026-02-10  Marco Bell wrote: Category Analyst - update on your application");
    expect(r.stdout).toContain("2026-02-10  outcome: rejected (read from the mail)");
    expect(r.stdout).not.toContain("To do");
  });

  it("--json is the timeline", async () => {
    type Timeline = { application: { id: number }; stage: string; events: { kind: string }[]; due: Todo[] };
    const t = await json<Timeline>(["show", "Larkspur Health"], env);
    expect(t.application.id).toBe(3);
    expect(t.stage).toBe("interviewing");
    expect(t.events.map((e) => e.kind)).toEqual(["round"]);
    expect(t.due.map((d) => d.id)).toEqual(todo.filter((x) => x.applicationId === 3).map((x) => x.id));
  });

  it.each([["99"], ["Zephyr"]])("an unknown application %s is an input error", async (ref) => {
    const r = await debrief(["show", ref], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `error: no application matches "${ref}"\nhint: \`debrief list\` shows them with their ids\n`,
    );
  });
});

describe("debrief todo and done", () => {
  it("lists open actions soonest first, undated last, none of a settled application", async () => {
    const env = await seeded();
    const items = await json<Todo[]>(["todo"], env);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.some((t) => t.applicationId === 2)).toBe(false);
    const dated = items.filter((t) => t.due !== null).map((t) => Date.parse(t.due ?? ""));
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    const firstUndated = items.findIndex((t) => t.due === null);
    if (firstUndated >= 0) expect(items.slice(firstUndated).every((t) => t.due === null)).toBe(true);
    expect(items[0]).toMatchObject({ applicationId: 3, kind: "thank-you", isOverdue: true });

    const r = await debrief(["todo"], env);
    const heads = r.stdout.split("\n").filter((l) => l.startsWith("["));
    expect(heads.map((l) => Number(/^\[(\d+)\]/.exec(l)?.[1]))).toEqual(items.map((t) => t.id));
    expect(heads[0]).toMatch(
      /^\[\d+\] Tue 10 Feb, 16:45 UTC \(overdue by 1 day\) {2}Larkspur Health: thank-you$/,
    );
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("Mark one done with: debrief done ID");
  });

  it("--now later flags what has fallen due", async () => {
    const env = await seeded();
    const check = (items: Todo[]) => items.find((t) => t.applicationId === 1 && t.kind === "status-check");
    expect(check(await json<Todo[]>(["todo"], env))?.isOverdue).toBe(false);
    expect(check(await json<Todo[]>(["todo", "--now", LATER], env))?.isOverdue).toBe(true);
    const line = (await debrief(["todo", "--now", LATER], env)).stdout
      .split("\n")
      .find((l) => l.includes("Brightwater Analytics: status-check"));
    expect(line).toMatch(/\(overdue by 9 days\)/);
  });

  it("done ID takes it off the list and show lists it under Done; re-reading keeps it done", async () => {
    const env = await seeded();
    const before = await json<Todo[]>(["todo"], env);
    const target = before.find((t) => t.applicationId === 1 && t.kind === "status-check");
    if (!target) throw new Error("the Brightwater fixture should plan a status check");
    const r = await debrief(["done", String(target.id)], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Done: [${target.id}] status-check for Brightwater Analytics.\n`);
    const after = await json<Todo[]>(["todo"], env);
    expect(after.map((t) => t.id)).toEqual(before.filter((t) => t.id !== target.id).map((t) => t.id));
    const show = (await debrief(["show", "1"], env)).stdout;
    expect(show.slice(show.indexOf("\nDone\n"))).toContain(
      `[${target.id}] status-check (by you, 2026-02-11)`,
    );
    expect(show.slice(show.indexOf("\nTo do\n"), show.indexOf("\nDone\n"))).not.toContain(`[${target.id}]`);
    // The timeline the plan reads lists it too, when it was marked.
    const timeline = show.slice(show.indexOf("\nPromised, booked and done\n"), show.indexOf("\nTo do\n"));
    expect(timeline).toMatch(/\n {2}2026-02-11 +you marked status-check done/);

    const re = await debrief(["reanalyze"], env);
    expect(re.code).toBe(0);
    expect((await json<Todo[]>(["todo"], env)).map((t) => t.id)).not.toContain(target.id);
  });

  it("done on an action done already leaves it as it was: its date, and who did it", async () => {
    const env = await seeded();
    const timeline = await json<{ done: { id: number; kind: string; doneBy: string; doneAt: string }[] }>(
      ["show", "1"],
      env,
    );
    const thanks = timeline.done.find((d) => d.kind === "thank-you");
    expect(thanks).toMatchObject({ doneBy: "mail", doneAt: NOW.replace("Z", ".000Z") });
    const r = await debrief(["done", String(thanks?.id)], env, LATER);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Already done: [${thanks?.id}] thank-you for Brightwater Analytics (seen in the mail, 2026-02-11).\n`,
    );
    const again = await json<{ done: { id: number; doneBy: string; doneAt: string }[] }>(["show", "1"], env);
    expect(again.done.find((d) => d.id === thanks?.id)).toMatchObject({
      doneBy: "mail",
      doneAt: thanks?.doneAt,
    });
  });

  it.each([
    ["999", "error: there is no action 999\nhint: `debrief todo` lists them with their ids\n"],
    // Past what an id can be in any store (PostgreSQL would refuse the query).
    [
      "99999999999999",
      "error: there is no action 99999999999999\nhint: `debrief todo` lists them with their ids\n",
    ],
    ["abc", 'error: "abc" is not an action id\nhint: `debrief todo` lists them in brackets\n'],
  ])("done %s is an input error", async (id, stderr) => {
    const env = await seeded();
    const r = await debrief(["done", id], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(stderr);
  });
});
