/**
 * Bad input from the person at the keyboard: a wrong path, an option that does not parse.
 * The entry point prints `error: <message>` (and `hint: <hint>`) and exits 1, never a stack.
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
