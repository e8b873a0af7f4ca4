import type { Kysely } from "kysely";
import { bytesType, type DialectName } from "./dialect.js";

/**
 * The schema's history, numbered. Append only: a released migration is never edited, and none may drop
 * or rename a table or a column (`migrations.test.ts` proves it), so no upgrade loses data.
 */
export interface Migration {
  version: number;
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was then, not today's types.
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "applications, rounds, sources and what is read from them",
    async up(db, dialect) {
      await db.schema
        .createTable("workspace")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("me", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("ingests")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("started_at", "text", (c) => c.notNull())
        .addColumn("finished_at", "text", (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("applications")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("company", "text", (c) => c.notNull())
        .addColumn("role", "text")
        .addColumn("domain", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("basis", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("rounds")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("application_id", "integer", (c) =>
          c.notNull().references("applications.id").onDelete("cascade"),
        )
        .addColumn("number", "integer", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("starts_at", "text")
        .addColumn("ends_at", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("read_band", "text")
        .addColumn("read_score", "double precision")
        .addColumn("read_summary", "text")
        .addColumn("prior_band", "text")
        .addColumn("prior_score", "double precision")
        .addColumn("analysis", "text")
        .addColumn("analyzed_at", "text")
        .addUniqueConstraint("rounds_application_number", ["application_id", "number"])
        .execute();
      await db.schema
        .createTable("sources")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("application_id", "integer", (c) =>
          c.notNull().references("applications.id").onDelete("cascade"),
        )
        .addColumn("round_id", "integer", (c) => c.references("rounds.id").onDelete("set null"))
        .addColumn("sha256", "text", (c) => c.notNull().unique())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("content", bytesType(dialect), (c) => c.notNull())
        .addColumn("bytes", "integer", (c) => c.notNull())
        .addColumn("ingest_id", "integer", (c) => c.notNull().references("ingests.id"))
        .addColumn("added_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("messages")
        .addColumn("source_id", "integer", (c) => c.primaryKey().references("sources.id").onDelete("cascade"))
        .addColumn("application_id", "integer", (c) =>
          c.notNull().references("applications.id").onDelete("cascade"),
        )
        .addColumn("message_id", "text")
        .addColumn("sent_at", "text")
        .addColumn("from_name", "text")
        .addColumn("from_address", "text")
        .addColumn("subject", "text")
        .addColumn("direction", "text", (c) => c.notNull())
        .addColumn("snippet", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("round_signals")
        .addColumn("round_id", "integer", (c) => c.notNull().references("rounds.id").onDelete("cascade"))
        .addColumn("signal_id", "text", (c) => c.notNull())
        .addColumn("polarity", "text", (c) => c.notNull())
        .addColumn("quote", "text")
        .addColumn("evidence_count", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("round_signals_pk", ["round_id", "signal_id"])
        .execute();
      await db.schema
        .createTable("actions")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("application_id", "integer", (c) =>
          c.notNull().references("applications.id").onDelete("cascade"),
        )
        .addColumn("round_id", "integer", (c) => c.references("rounds.id").onDelete("set null"))
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("due", "text")
        .addColumn("why", "text", (c) => c.notNull())
        .addColumn("text", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("done_at", "text")
        .addColumn("done_by", "text")
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addUniqueConstraint("actions_application_key", ["application_id", "key"])
        .execute();
      await db.schema
        .createTable("outcomes")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("application_id", "integer", (c) =>
          c.notNull().references("applications.id").onDelete("cascade"),
        )
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("recorded_by", "text", (c) => c.notNull())
        .addColumn("source_id", "integer", (c) => c.references("sources.id").onDelete("set null"))
        .addColumn("quote", "text")
        .addColumn("recorded_at", "text", (c) => c.notNull())
        .execute();
    },
  },
  {
    version: 2,
    name: "indexes for list, show and todo",
    async up(db) {
      await db.schema.createIndex("sources_application").on("sources").columns(["application_id"]).execute();
      await db.schema
        .createIndex("messages_application_sent")
        .on("messages")
        .columns(["application_id", "sent_at"])
        .execute();
      await db.schema.createIndex("messages_message_id").on("messages").column("message_id").execute();
      await db.schema.createIndex("actions_status_due").on("actions").columns(["status", "due"]).execute();
      await db.schema.createIndex("rounds_application").on("rounds").column("application_id").execute();
      await db.schema.createIndex("outcomes_application").on("outcomes").column("application_id").execute();
    },
  },
  {
    version: 3,
    name: "the candidate's time zone, for floating invite times",
    async up(db) {
      await db.schema.alterTable("workspace").addColumn("time_zone", "text").execute();
    },
  },
  {
    version: 4,
    name: "what the candidate keeps on an application, and their edits and snoozes of its actions",
    async up(db) {
      await db.schema
        .createTable("application_details")
        .addColumn("application_id", "integer", (c) =>
          c.primaryKey().references("applications.id").onDelete("cascade"),
        )
        .addColumn("link", "text")
        .addColumn("salary_min", "integer")
        .addColumn("salary_max", "integer")
        .addColumn("salary_currency", "text")
        .addColumn("contacts", "text")
        .addColumn("notes", "text")
        .addColumn("stage", "text")
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("action_edits")
        .addColumn("action_id", "integer", (c) => c.primaryKey().references("actions.id").onDelete("cascade"))
        .addColumn("text", "text")
        .addColumn("snoozed_until", "text")
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
    },
  },
];
