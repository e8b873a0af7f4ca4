import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { STORE_TARGETS, sqliteTarget } from "../../test/store-targets.js";
import { type Connection, connect } from "./dialect.js";
import { migrate, schemaVersion } from "./migrate.js";
import { MIGRATIONS } from "./migrations.js";

const NOW = "2026-03-01T12:00:00Z";

/** Every table's columns, as the database itself reports them. */
async function columnsOf(conn: Connection): Promise<Map<string, Set<string>>> {
  const tables = await conn.db.introspection.getTables();
  return new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
}

describe.each(STORE_TARGETS)("migrations on $name", (target) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it("never drop or rename a table or a column: each step's schema holds the one before", async () => {
    const { location, cleanup } = await target.create();
    cleanups.push(cleanup);
    const conn = connect(location);
    try {
      let before = new Map<string, Set<string>>();
      for (let i = 1; i <= MIGRATIONS.length; i++) {
        const report = await migrate(conn, NOW, MIGRATIONS.slice(0, i));
        expect(report.applied.map((m) => m.version)).toEqual([MIGRATIONS[i - 1]?.version]);
        const after = await columnsOf(conn);
        for (const [table, columns] of before) {
          expect(after.has(table), `migration ${i} lost table ${table}`).toBe(true);
          for (const c of columns)
            expect(after.get(table)?.has(c), `migration ${i} lost ${table}.${c}`).toBe(true);
        }
        before = after;
      }
      expect(await schemaVersion(conn)).toBe(MIGRATIONS.at(-1)?.version);
      expect([...before.keys()]).toEqual(
        expect.arrayContaining([
          "applications",
          "rounds",
          "sources",
          "messages",
          "actions",
          "outcomes",
          "ingests",
        ]),
      );
    } finally {
      await conn.db.destroy();
    }
  });

  it("applies nothing the second time, and each migration once when two open a new workspace at once", async () => {
    const { location, cleanup } = await target.create();
    cleanups.push(cleanup);
    const a = connect(location);
    const b = connect(location);
    try {
      const [ra, rb] = await Promise.all([migrate(a, NOW), migrate(b, NOW)]);
      const applied = [...ra.applied, ...rb.applied].map((m) => m.version).sort();
      expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
      expect((await migrate(a, NOW)).applied).toEqual([]);
    } finally {
      await a.db.destroy();
      await b.db.destroy();
    }
  });
});

describe("migration files", () => {
  it("hold no statement that drops or renames", () => {
    const text = readFileSync(new URL("./migrations.ts", import.meta.url), "utf8");
    expect(text).not.toMatch(/\b(dropTable|dropColumn|renameTo|renameColumn|alterColumn)\b/);
    expect(text).not.toMatch(/\b(drop|rename)\s+(table|column)\b/i);
  });

  it("are numbered 1, 2, 3… without gaps or repeats", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

describe("migrating an existing SQLite workspace", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it("copies the file first, and the copy holds the data as it was", async () => {
    const { location, cleanup } = await sqliteTarget.create();
    cleanups.push(cleanup);
    const first = connect(location);
    await migrate(first, NOW, MIGRATIONS.slice(0, 1));
    await first.db
      .insertInto("applications")
      .values({ id: 1, company: "Acme", role: null, domain: null, created_at: NOW, basis: "test" })
      .execute();
    await first.db.destroy();

    const second = connect(location);
    const report = await migrate(second, NOW);
    await second.db.destroy();
    expect(report.applied.map((m) => m.version)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    expect(report.backup).toBe(`${location}.before-v2.bak`);
    expect(existsSync(report.backup ?? "")).toBe(true);
    const copy = new SQLite(report.backup ?? "", { readonly: true });
    try {
      expect(copy.prepare("select company from applications").all()).toEqual([{ company: "Acme" }]);
      expect(copy.prepare("select max(version) as v from schema_migrations").get()).toEqual({ v: 1 });
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      copy.close();
    }
  });

  it("makes again a copy left broken (a run killed while writing it), and leaves no temporary file", async () => {
    const { location, cleanup } = await sqliteTarget.create();
    cleanups.push(cleanup);
    const first = connect(location);
    await migrate(first, NOW, MIGRATIONS.slice(0, 1));
    await first.db.destroy();
    const backup = `${location}.before-v2.bak`;
    // What a kill half-way through the old copy left: the header and nothing after it.
    writeFileSync(backup, "SQLite format 3\u0000");
    const conn = connect(location);
    const report = await migrate(conn, NOW);
    await conn.db.destroy();
    expect(report.backup).toBe(backup);
    const copy = new SQLite(backup, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.prepare("select max(version) as v from schema_migrations").get()).toEqual({ v: 1 });
    } finally {
      copy.close();
    }
    expect(readdirSync(dirname(location)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("makes no copy of a new, empty workspace", async () => {
    const { location, cleanup } = await sqliteTarget.create();
    cleanups.push(cleanup);
    const conn = connect(location);
    const report = await migrate(conn, NOW);
    await conn.db.destroy();
    expect(report.backup).toBeUndefined();
  });
});
