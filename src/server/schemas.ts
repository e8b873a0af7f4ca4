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

/** Saving a quick read: the same body, and which application it is for where the files don't say. */
export const saveRequest = z
  .object({ ...caseFields, application: z.string().min(1).max(200).optional() })
  .refine(hasSomething, { message: "give notes or at least one file" });

export const outcomeRequest = z.object({ outcome: z.string().min(1).max(20) });

/** Renaming an application: a new company, a new role ("" clears it), or both. */
export const renameRequest = z
  .object({ company: z.string().max(200).optional(), role: z.string().max(200).optional() })
  .refine((b) => b.company !== undefined || b.role !== undefined, { message: "give company, role, or both" });

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
