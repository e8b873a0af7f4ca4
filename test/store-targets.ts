import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * Where store tests run: a fresh SQLite file, and a fresh database on the PostgreSQL server named by
 * DEBRIEF_TEST_DATABASE_URL (`.ci/run` starts a throwaway one). Without that variable the PostgreSQL
 * target is left out, unless DEBRIEF_TEST_REQUIRE_PG is set (as in CI): then its tests fail.
 */
export interface StoreTarget {
  name: "sqlite" | "postgres";
  /** A new, empty workspace location; `cleanup` removes everything made. */
  create(): Promise<{ location: string; cleanup: () => Promise<void> }>;
}

const PG_URL = process.env.DEBRIEF_TEST_DATABASE_URL;
const REQUIRE_PG = process.env.DEBRIEF_TEST_REQUIRE_PG === "1";

export const sqliteTarget: StoreTarget = {
  name: "sqlite",
  async create() {
    const dir = mkdtempSync(join(tmpdir(), "debrief-store-"));
    return {
      location: join(dir, "debrief.sqlite"),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export const postgresTarget: StoreTarget = {
  name: "postgres",
  async create() {
    if (!PG_URL) throw new Error("DEBRIEF_TEST_REQUIRE_PG is set but DEBRIEF_TEST_DATABASE_URL is not");
    const name = `debrief_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      await admin.query(`create database ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return {
      location: url.toString(),
      cleanup: async () => {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        try {
          await c.query(`drop database if exists ${name} with (force)`);
        } finally {
          await c.end();
        }
      },
    };
  },
};

/** The targets to run store tests against here. */
export const STORE_TARGETS: StoreTarget[] =
  PG_URL || REQUIRE_PG ? [sqliteTarget, postgresTarget] : [sqliteTarget];
