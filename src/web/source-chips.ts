/**
 * The reasons the plan gives are written for the command line as well: they cite files in brackets
 * ("(acme/notes.md:4)", "(transcript.vtt 00:58:30)") and name the command's flags. On the dashboard
 * a citation is a small chip that says what kind of source it is ("notes", "email"), with the file and
 * place on hover, and the flags' asides are left out.
 */
export type WhyPiece = { kind: "text"; text: string } | { kind: "source"; label: string; detail: string };

const KINDS: [RegExp, string][] = [
  [/\.(md|markdown|txt)$/i, "notes"],
  [/\.(eml|mbox)$/i, "email"],
  [/\.ics$/i, "invite"],
  [/\.(vtt|srt)$/i, "transcript"],
];

/**
 * A cited file: "notes.md", "acme/notes.md:12", "call.vtt 00:58:30", "pasted 2 Mar/notes.md", after a
 * bracket, a comma or a semicolon (a folder may have spaces in it, so the start must be told).
 */
const CITATION =
  /(?<=\(|, |; |^)((?:[^()\s,;/][^(),;/]*\/)*[^()\s,;/]+\.(?:md|markdown|txt|eml|mbox|ics|vtt|srt|json))(?::(\d+)| (\d{1,2}:\d\d(?::\d\d)?))?/gi;

/** The command line's asides about `--nudge-after`, which the dashboard has no flag for. */
const FLAG_ASIDES: [RegExp, string][] = [
  [/, the patient reading of the seeds \([^()]*--nudge-after[^()]*\)/g, ""],
  [/,? as --nudge-after 0 asks \(the default is a week past it\)/g, ""],
  [/,? as --nudge-after asks \(the default is a week\)/g, ""],
];

export function sourceLabel(file: string): string {
  return KINDS.find(([pattern]) => pattern.test(file))?.[1] ?? "file";
}

export function whyPieces(why: string): WhyPiece[] {
  let text = why;
  for (const [pattern, by] of FLAG_ASIDES) text = text.replace(pattern, by);
  const pieces: WhyPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(CITATION)) {
    const file = m[1] ?? "";
    let start = m.index;
    let end = m.index + m[0].length;
    // A citation alone in its brackets takes them with it: "said so (notes.md)." → "said so [notes]."
    if (text[start - 1] === "(" && text[end] === ")") {
      start -= text[start - 2] === " " ? 2 : 1;
      end += 1;
    }
    if (start > at) pieces.push({ kind: "text", text: text.slice(at, start) });
    const place = m[2] ? `, line ${m[2]}` : m[3] ? ` at ${m[3]}` : "";
    pieces.push({ kind: "source", label: sourceLabel(file), detail: `${file}${place}` });
    at = end;
  }
  if (at < text.length) pieces.push({ kind: "text", text: text.slice(at) });
  return pieces;
}
