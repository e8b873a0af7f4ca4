// format=flowed text (RFC 3676) joined back into its lines.

/**
 * Joins format=flowed lines (RFC 3676 §4.2): a line ending in a space goes on in the next line of
 * the same quote depth; the signature separator "-- " never flows; space-stuffing is undone.
 */
export function unflow(text: string, delSp: boolean): string {
  const out: string[] = [];
  let open: { depth: number; text: string } | undefined;
  for (const raw of text.split("\n")) {
    const depth = /^>*/.exec(raw)?.[0].length ?? 0;
    let content = raw.slice(depth);
    if (content.startsWith(" ")) content = content.slice(1);
    const soft = content.endsWith(" ") && content !== "-- ";
    if (open !== undefined && open.depth === depth) open.text += content;
    else {
      if (open !== undefined) out.push(quoteAt(open.depth, open.text));
      open = { depth, text: content };
    }
    if (soft) {
      if (delSp) open.text = open.text.slice(0, -1);
    } else {
      out.push(quoteAt(open.depth, open.text));
      open = undefined;
    }
  }
  if (open !== undefined) out.push(quoteAt(open.depth, open.text));
  return out.join("\n");
}

function quoteAt(depth: number, text: string): string {
  return depth === 0 ? text : `${">".repeat(depth)} ${text}`;
}
