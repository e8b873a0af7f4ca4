import { z } from "zod";
import type { ContextFacts } from "../core/read/documents.js";

const ContextSchema = z
  .object({
    format: z.enum(["one-on-one", "panel", "structured"]).optional(),
    company: z.enum(["large", "startup", "unknown"]).optional(),
    "interviewer-style": z.enum(["warm", "reserved", "inexperienced", "unknown"]).optional(),
    "self-doubt": z.boolean().optional(),
    "scheduled-minutes": z.number().positive().max(1440).optional(),
    "actual-minutes": z.number().nonnegative().max(1440).optional(),
  })
  .loose();

/** Parses context.json; unknown keys are kept out, bad values are a problem naming the key. */
export function parseContext(text: string, source: string): { context?: ContextFacts; problem?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { problem: `${source}: not valid JSON (${(e as Error).message})` };
  }
  const parsed = ContextSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${source}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "is not valid"}` };
  }
  const c = parsed.data;
  const context: ContextFacts = {};
  if (c.format) context.format = c.format;
  if (c.company) context.company = c.company;
  if (c["interviewer-style"]) context.interviewerStyle = c["interviewer-style"];
  if (c["self-doubt"] !== undefined) context.selfDoubt = c["self-doubt"];
  if (c["scheduled-minutes"] !== undefined) context.scheduledMinutes = c["scheduled-minutes"];
  if (c["actual-minutes"] !== undefined) context.actualMinutes = c["actual-minutes"];
  return { context };
}
