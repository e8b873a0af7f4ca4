// iCalendar lines (RFC 5545 §3.1): unfolded, then split into name, parameters and value.

/** One unfolded "NAME;PARAM=x:value" line. */
export interface ContentLine {
  name: string;
  params: ReadonlyMap<string, string>;
  value: string;
  /** The whole unfolded line, as node-ical gets it back. */
  text: string;
  line: number;
}

/** Unfolds continuation lines (RFC 5545 §3.1), keeping the physical line each logical line starts on. */
export function* unfoldLines(text: string): Generator<{ text: string; line: number }> {
  let current: string[] = [];
  let start = 0;
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    let physical = text.slice(pos, end);
    if (physical.endsWith("\r")) physical = physical.slice(0, -1);
    lineNo++;
    pos = end + 1;
    if ((physical.startsWith(" ") || physical.startsWith("\t")) && current.length > 0) {
      current.push(physical.slice(1));
      continue;
    }
    if (current.length > 0) yield { text: current.join(""), line: start };
    current = physical === "" ? [] : [physical];
    start = lineNo;
  }
  if (current.length > 0) yield { text: current.join(""), line: start };
}

/** Splits "NAME;P=v;Q="a:b":value", minding quoted parameter values. Undefined when not of that shape. */
export function parseContentLine(text: string, line: number): ContentLine | undefined {
  const n = text.length;
  let i = 0;
  while (i < n && text[i] !== ";" && text[i] !== ":") i++;
  const name = text.slice(0, i).trim().toUpperCase();
  if (i >= n || !/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params = new Map<string, string>();
  while (text[i] === ";") {
    const nameStart = i + 1;
    let j = nameStart;
    while (j < n && text[j] !== "=" && text[j] !== ";" && text[j] !== ":") j++;
    const param = text.slice(nameStart, j).trim().toUpperCase();
    if (text[j] !== "=") {
      i = j;
      continue;
    }
    let k = j + 1;
    let quoted = false;
    // Parentheses too: some exporters leave "TZID=(UTC+01:00) Amsterdam, Berlin" unquoted.
    let parens = 0;
    while (k < n) {
      const c = text[k];
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === "(") parens++;
      else if (!quoted && c === ")" && parens > 0) parens--;
      else if (!quoted && parens === 0 && (c === ";" || c === ":")) break;
      k++;
    }
    params.set(param, unquote(text.slice(j + 1, k)));
    i = k;
  }
  if (text[i] !== ":") return undefined;
  return { name, params, value: text.slice(i + 1), text, line };
}

export function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1)
    : trimmed;
}
