/**
 * Bad input from a person: a wrong path, an option that does not parse, an unknown application.
 * The CLI prints `error: <message>` (and `hint: <hint>`) and exits 1, never a stack; the server answers 400.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  /** Stable, for scripts and tests: "bad-now", "no-input", "nothing-readable", … */
  readonly code: string;
  /** What to do about it, in one line. */
  readonly hint: string | undefined;

  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.code = code;
    this.hint = hint;
  }
}
