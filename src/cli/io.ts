/** Where the CLI writes: process.stdout and process.stderr, or a test's buffers. */
export interface Output {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
  /** True on a real stream that has failed or closed: nothing more can be written. */
  readonly destroyed?: boolean;
  /** Present on real streams: used to wait when a pipe is full ("drain") or gone ("close", "error"). */
  once?(event: "drain" | "close" | "error", listener: () => void): unknown;
  removeListener?(event: "drain" | "close" | "error", listener: () => void): unknown;
}

/** Everything the CLI touches of the outside world, injected so tests run it in-process. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  now: () => Date;
  /** The terminal itself, for the live board's own cursor moves; stdout and stderr show text safely. */
  terminal?: Output;
}
