/**
 * Bad input from a person: a wrong path, an option that does not parse, an unknown application.
 * The CLI prints `error: <message>` (and `hint: <hint>`) and exits 1, never a stack; the server answers
 * 400, or the status given (403 for a request it may not grant, 503 when it is too busy).
 */
export class InputError extends Error {
  override readonly name = "InputError";
  /** Stable, for scripts and tests: "bad-now", "no-input", "nothing-readable", … */
  readonly code: string;
  /** What to do about it, in one line. */
  readonly hint: string | undefined;

  /** The HTTP status the server answers with. */
  readonly status: 400 | 403 | 503;

  constructor(code: string, message: string, hint?: string, options: { status?: 400 | 403 | 503 } = {}) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.status = options.status ?? 400;
  }
}
