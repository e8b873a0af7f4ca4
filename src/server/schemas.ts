import { z } from "zod";

/** Request bodies of the API, validated here and described in /api/openapi.json from the same schemas. */

/** The largest request body: a few transcripts and a mailbox of a single process. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;
const MAX_TEXT = 10 * 1024 * 1024;

export const uploadSchema = z.object({
  name: z.string().min(1).max(300),
  text: z.string().max(MAX_TEXT).optional(),
  base64: z
    .string()
    .max(Math.ceil((MAX_TEXT * 4) / 3) + 4)
    .optional(),
});

const caseFields = {
  notes: z.string().max(MAX_TEXT).optional(),
  files: z.array(uploadSchema).max(50).optional(),
  me: z.string().max(200).optional(),
  now: z.iso
    .datetime({ offset: true })
    .refine((v) => {
      const year = Number(v.slice(0, 4));
      return year >= 1900 && year <= 2999;
    }, "give a date between 1900 and 2999")
    .optional(),
};
const hasSomething = (b: { notes?: string | undefined; files?: unknown[] | undefined }) =>
  (b.notes?.trim() ?? "") !== "" || (b.files?.length ?? 0) > 0;

export const analyzeRequest = z
  .object(caseFields)
  .refine(hasSomething, { message: "give notes or at least one file" });

/**
 * Saving a quick read, or a new application: the same body, and which application it is for where the
 * files don't say. With neither notes nor files, `application` (the company) and `role` make a new,
 * empty application.
 */
export const saveRequest = z
  .object({
    ...caseFields,
    application: z.string().min(1).max(200).optional(),
    role: z.string().max(200).optional(),
  })
  .refine((b) => hasSomething(b) || (b.application?.trim() ?? "") !== "", {
    message: "give notes or at least one file (or the company, for a new application)",
  });

export const outcomeRequest = z.object({ outcome: z.string().min(1).max(20) });

/**
 * Changing an application: a new company, a new role ("" clears it), and what the candidate keeps on
 * it (null or "" clears a field). At least one.
 */
export const renameRequest = z
  .object({
    company: z.string().max(200).optional(),
    role: z.string().max(200).optional(),
    link: z.string().max(2000).nullable().optional(),
    salaryMin: z.number().int().min(0).max(1e9).nullable().optional(),
    salaryMax: z.number().int().min(0).max(1e9).nullable().optional(),
    salaryCurrency: z.string().max(10).nullable().optional(),
    contacts: z.string().max(10_000).nullable().optional(),
    notes: z.string().max(100_000).nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: "give company, role, or both, or a detail to change",
  });

/** Moving an application: to applied, interviewing or waiting (kept by hand), or to an outcome. */
export const stageRequest = z.object({
  stage: z.enum(["applied", "interviewing", "waiting", "offer", "rejected", "withdrew", "ghosted"]),
});

/** The candidate's own version of a draft (null or "" goes back to the planned one). */
export const draftRequest = z.object({ text: z.string().max(100_000).nullable() });

/** Putting an action off until a moment (null: no longer). */
export const snoozeRequest = z.object({ until: z.iso.datetime({ offset: true }).nullable() });

/** Merging another application (id or company) into the one in the path. */
export const mergeRequest = z.object({ from: z.string().min(1).max(200) });

/** Starting a live read: follow a caption file on this machine, or take text posted to it. */
export const liveStartRequest = z.object({
  me: z.string().max(200).optional(),
  path: z.string().min(1).max(4096).optional(),
  /** The calendar invite (.ics): the slot to measure against, read again at the end and filed on save. */
  invite: uploadSchema.optional(),
});

/** Filing a finished live read in the workspace: under this application (id or company), or where it fits. */
export const liveSaveRequest = z.object({ application: z.string().min(1).max(200).optional() });

/** A piece of a transcript as it is written, cut anywhere. */
export const liveTextRequest = z.object({ text: z.string().max(MAX_TEXT) });
