/** What a parser says about bad input: where, what was wrong, what was expected, with a short excerpt. */
export interface Problem {
  source: string;
  line?: number;
  message: string;
  excerpt?: string;
}

/** Parsers return this for bad user input instead of throwing. */
export type ParseResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function parsed<T>(value: T, warnings: Problem[] = []): ParseResult<T> {
  return { ok: true, value, warnings };
}

export function failed<T>(...problems: Problem[]): ParseResult<T> {
  return { ok: false, problems };
}

/** `invite.ics:12: DTEND "2026-13-01" is not a date` */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.source : `${p.source}:${p.line}`;
  const excerpt = p.excerpt === undefined ? "" : ` (${JSON.stringify(excerptOf(p.excerpt))})`;
  return `${where}: ${p.message}${excerpt}`;
}

export function excerptOf(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
