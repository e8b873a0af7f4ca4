import { z } from "zod";
import { ACTION_KINDS } from "../core/plan/action.js";
import { BANDS, SIGNAL_IDS } from "../core/signals/signal.js";
import type { TABLES } from "../store/dump-rows.js";
import { OUTCOME_WORDS } from "./workspace-outcomes.js";

/*
 * Every table of an export, column by column, as the store writes it: an edited or damaged export is
 * refused before anything is written, with the row and column named. No column may be missing, none
 * added, no table unknown.
 */
const id = z.number().int().positive();
const count = z.number().int().nonnegative();
const time = z.iso.datetime({ offset: true });
const text = z.string();
const maybe = <T extends z.ZodTypeAny>(t: T) => t.nullable();
const SOURCE_KINDS = ["notes", "text", "transcript", "invite", "email", "mbox", "context"] as const;

export const TABLE_ROWS = {
  workspace: z.strictObject({
    id,
    revision: count,
    me: maybe(text),
    time_zone: maybe(text),
    created_at: text,
  }),
  applications: z.strictObject({
    id,
    company: text.min(1),
    role: maybe(text),
    domain: maybe(text),
    created_at: time,
    basis: text,
  }),
  rounds: z.strictObject({
    id,
    application_id: id,
    number: id,
    title: maybe(text),
    starts_at: maybe(text),
    ends_at: maybe(text),
    created_at: time,
    read_band: maybe(z.enum(BANDS)),
    read_score: maybe(z.number().min(0).max(1)),
    read_summary: maybe(text),
    prior_band: maybe(z.enum(BANDS)),
    prior_score: maybe(z.number().min(0).max(1)),
    analysis: maybe(text),
    analyzed_at: maybe(time),
  }),
  sources: z.strictObject({
    id,
    application_id: id,
    round_id: maybe(id),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    name: text.min(1),
    kind: z.enum(SOURCE_KINDS),
    content: text,
    bytes: count,
    ingest_id: id,
    added_at: time,
  }),
  messages: z.strictObject({
    source_id: id,
    application_id: id,
    message_id: maybe(text),
    sent_at: maybe(text),
    from_name: maybe(text),
    from_address: maybe(text),
    subject: maybe(text),
    direction: z.enum(["candidate", "company"]),
    snippet: text,
  }),
  round_signals: z.strictObject({
    round_id: id,
    signal_id: z.enum(SIGNAL_IDS),
    polarity: z.enum(["positive", "negative", "outcome"]),
    quote: maybe(text),
    evidence_count: count,
  }),
  actions: z.strictObject({
    id,
    application_id: id,
    round_id: maybe(id),
    key: text.min(1),
    kind: z.enum(ACTION_KINDS),
    due: maybe(text),
    why: text,
    text: maybe(text),
    status: z.enum(["open", "done", "dropped"]),
    done_at: maybe(time),
    done_by: maybe(z.enum(["you", "mail"])),
    updated_at: time,
  }),
  outcomes: z.strictObject({
    id,
    application_id: id,
    // "open" is the candidate saying the process is still going, over an outcome read from the mail.
    outcome: z.enum(OUTCOME_WORDS),
    recorded_by: z.enum(["you", "email"]),
    source_id: maybe(id),
    quote: maybe(text),
    recorded_at: time,
  }),
  ingests: z.strictObject({ id, started_at: time, finished_at: time, summary: text }),
  application_details: z.strictObject({
    application_id: id,
    link: maybe(text),
    salary_min: maybe(count),
    salary_max: maybe(count),
    salary_currency: maybe(text),
    contacts: maybe(text),
    notes: maybe(text),
    stage: maybe(z.enum(["applied", "interviewing", "waiting"])),
    updated_at: time,
  }),
  action_edits: z.strictObject({
    action_id: id,
    text: maybe(text),
    snoozed_until: maybe(time),
    updated_at: time,
  }),
} satisfies Record<(typeof TABLES)[number], z.ZodTypeAny>;
