import type { z } from "zod";
import { InputError } from "../app/input-error.js";
import type { uploadSchema } from "./schemas.js";

// A request's input read and checked: a body against its schema, ids, pages and uploads. Anything amiss
// is an input error (a 400), never a crash.

export function bad(code: string, message: string): InputError {
  return new InputError(code, message);
}

export async function jsonBody<T>(raw: unknown, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bad(
      "bad-request",
      issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "bad request body",
    );
  }
  return parsed.data;
}

export function idParam(value: string | undefined, what: string): number {
  if (!value || !/^\d{1,9}$/.test(value)) throw bad("bad-request", `${what} must be a number`);
  return Number(value);
}

/** The most applications one page of `GET /api/applications` holds. */
export const MAX_PAGE = 1000;

/** `limit` and `offset`: whole numbers, `limit` from 1 to MAX_PAGE. */
export function pageParam(value: string, what: string, max: number): number {
  const n = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= (what === "limit" ? 1 : 0) && n <= max))
    throw bad("bad-request", `${what} must be a whole number${what === "limit" ? ` from 1 to ${max}` : ""}`);
  return n;
}

export function toUploads(
  files: z.infer<typeof uploadSchema>[] | undefined,
): { name: string; bytes: Uint8Array }[] {
  return (files ?? []).map((f) => {
    if (f.text === undefined && f.base64 === undefined)
      throw bad("bad-request", `${f.name}: give text or base64`);
    const bytes =
      f.text !== undefined
        ? new TextEncoder().encode(f.text)
        : new Uint8Array(Buffer.from(f.base64 ?? "", "base64"));
    return { name: f.name, bytes };
  });
}

export async function readJson(body: Promise<unknown>): Promise<unknown> {
  return body.catch(() => {
    throw bad("bad-json", "the body is not JSON");
  });
}
