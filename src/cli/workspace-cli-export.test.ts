import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  debrief,
  type Env,
  json,
  LATER,
  NOW,
  type Summary,
  type Todo,
  useCaseFolders,
} from "../../test/workspace-cli-cases.js";

/**
 * The workspace commands end to end in-process: export and import. The streams, the clock, the case folders and
 * the SQLite workspaces they run in are in test/workspace-cli-cases.ts.
 */

const folders = useCaseFolders();
const { newHome, seeded } = folders;

describe("debrief export and import", () => {
  let env: Env;
  let file: string;
  let text: string;
  const FORMULA = '=HYPERLINK("http://example.com","click")';
  beforeAll(async () => {
    env = await seeded();
    const todo = await json<Todo[]>(["todo"], env);
    await debrief(["done", String(todo[0]?.id)], env);
    await debrief(["outcome", "1", "offer"], env);
    const loose = await debrief(["add", folders.cases.loose, "--application", FORMULA], env);
    expect(loose.code, loose.stderr).toBe(0);
    file = join(folders.tmp, "export.json");
    const r = await debrief(["export", file], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`Wrote ${file}\n`);
    text = await readFile(file, "utf8");
  });

  const withoutExportedAt = (s: string) => s.replace(/"exportedAt":"[^"]*"/, '"exportedAt":""');

  it("import into an empty workspace, then export: the same file but for exportedAt", async () => {
    expect(JSON.parse(text)).toMatchObject({
      format: "debrief-workspace",
      version: 1,
      exportedAt: NOW.replace("Z", ".000Z"),
    });
    const other = await newHome();
    const r = await debrief(["import", file], other, LATER);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("Imported 4 applications, 11 source files and 2 outcomes.\n");
    const again = await debrief(["export"], other, LATER);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toBe(text);
    expect(withoutExportedAt(again.stdout)).toBe(withoutExportedAt(text));
    expect((await debrief(["list"], other)).stdout).toBe((await debrief(["list"], env)).stdout);
  });

  it("import into a workspace that holds applications is refused and changes nothing", async () => {
    const r = await debrief(["import", file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: the workspace already holds applications; import only fills an empty one\nhint: /,
    );
    expect(withoutExportedAt((await debrief(["export"], env)).stdout)).toBe(withoutExportedAt(text));
  });

  const broken: [string, (doc: { tables: Record<string, Record<string, unknown>[]> }) => unknown, RegExp][] =
    [
      [
        "another JSON document",
        () => ({ format: "something-else", items: [] }),
        /is not a Debrief workspace export: format:/,
      ],
      [
        "a source whose bytes were edited",
        (d) => {
          const s = d.tables.sources?.[0];
          if (s) s.content = Buffer.from("edited by hand").toString("base64");
          return d;
        },
        /tables\.sources\.0 \(.*\): the content does not match its sha256/,
      ],
      [
        "a row with a column no table has",
        (d) => {
          const a = d.tables.applications?.[0];
          if (a) a.favourite = 1;
          return d;
        },
        /tables\.applications\.0: .*favourite/,
      ],
      [
        "an action of a kind that does not exist",
        (d) => {
          const a = d.tables.actions?.[0];
          if (a) a.kind = "bribe-the-recruiter";
          return d;
        },
        /tables\.actions\.0\.kind/,
      ],
      [
        "a created_at that is not a date",
        (d) => {
          const a = d.tables.applications?.[0];
          if (a) a.created_at = "last Tuesday";
          return d;
        },
        /tables\.applications\.0\.created_at/,
      ],
      [
        "a source whose bytes count is wrong",
        (d) => {
          const s = d.tables.sources?.[0];
          if (s) s.bytes = Number(s.bytes) + 1;
          return d;
        },
        /tables\.sources\.0 \(.*\): bytes says/,
      ],
      [
        "a row missing a column",
        (d) => {
          const a = d.tables.applications?.[0];
          if (a) delete a.basis;
          return d;
        },
        /tables\.applications\.0\.basis/,
      ],
      ["an extra table", (d) => ({ ...d, tables: { ...d.tables, secrets: [] } }), /tables: .*secrets/],
      ["an extra key at the top", (d) => ({ ...d, extra: true }), /extra/],
      ["another schema version", (d) => ({ ...d, schemaVersion: 1 }), /schema version 1, this workspace of/],
      [
        "a round of an application that is not there",
        (d) => {
          const r = d.tables.rounds?.[0];
          if (r) r.application_id = 77;
          return d;
        },
        /the export does not fit this workspace's tables/,
      ],
    ];
  it.each(broken)("import of %s is an input error and imports nothing", async (_, edit, message) => {
    const doc = edit(JSON.parse(text));
    const bad = join(folders.tmp, `bad-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(bad, JSON.stringify(doc));
    const other = await newHome();
    const r = await debrief(["import", bad], other);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("hint: give a file written by `debrief export`");
    expect((await debrief(["list"], other)).stdout).toMatch(/^No applications yet/);
  });

  it("import of a file that is not JSON, or not there, is an input error", async () => {
    const notJson = join(folders.tmp, "notes-not-json.json");
    await writeFile(notJson, "Brightwater Analytics, Data Engineer.\n");
    const r = await debrief(["import", notJson], await newHome());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*notes-not-json\.json is not JSON \(/);
    const missing = await debrief(["import", join(folders.tmp, "missing.json")], await newHome());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: .*missing\.json: no such file/);
  });

  it("export into a folder that does not exist is an input error", async () => {
    const r = await debrief(["export", join(folders.tmp, "no-folder", "x.json")], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*the folder .*no-folder" does not exist/);
  });

  it("--csv: a header, one row per application, and a formula-like name kept as text", async () => {
    const r = await debrief(["export", "--csv"], env);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([
      "id",
      "company",
      "role",
      "stage",
      "outcome",
      "outcome_recorded_by",
      "rounds",
      "messages",
      "latest_read",
      "latest_read_score",
      "last_from_company",
      "days_since_company_wrote",
      "next_action",
      "next_action_due",
    ]);
    const apps = await json<Summary[]>(["list"], env);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual(
      apps.map((a) => [
        String(a.id),
        a.company.startsWith("=") ? `'${a.company}` : a.company,
        a.role ?? "",
        a.stage,
      ]),
    );
    expect(rows.find((row) => row[0] === "1")?.slice(3, 6)).toEqual(["offer", "offer", "you"]);
    // A spreadsheet would run a cell that starts with = + - @ as a formula.
    expect(rows.find((row) => row[0] === "4")?.[1]).toBe(`'${FORMULA}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@-]/);
    expect(r.stdout.endsWith("\r\n")).toBe(true);
  });
});

/** RFC 4180: fields split by commas, quoted when they hold commas, quotes or line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}
