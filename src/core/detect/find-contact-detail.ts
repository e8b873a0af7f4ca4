/** An email address or phone number in a sentence, written ("ana@x.example") or spoken ("ana at x dot example"). */
export function findContactDetail(text: string): string | undefined {
  // `(?<![\w.+-])`: tried from the start of a word only, not from each of its characters (quadratic).
  const written = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text);
  if (written) return written[0].replace(/[.]+$/, "");
  // At most five "dot"s before the "at": from each word of a longer "x dot y dot …" chain with no "at"
  // after it, an unbounded one is retried to the chain's end (quadratic).
  const spoken =
    /\b((?:[a-z0-9]+\s+dot\s+){0,5}[a-z0-9]+)\s+at\s+((?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+(?:\s+dot\s+[a-z]{2,})+)\b/i.exec(
      text,
    );
  if (spoken?.[1] && spoken[2]) {
    const part = (s: string) => s.replace(/(?<!\s)\s+dot\s+/gi, ".").replace(/\s+/g, "");
    return `${part(spoken[1])}@${part(spoken[2])}`.toLowerCase();
  }
  const phone = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?/.exec(
    text,
  );
  return phone ? phone[0].trim() : undefined;
}
