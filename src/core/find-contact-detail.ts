/** An email address or phone number in a sentence, written ("ana@x.example") or spoken ("ana at x dot example"). */
export function findContactDetail(text: string): string | undefined {
  const written = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text);
  if (written) return written[0].replace(/[.]+$/, "");
  const spoken =
    /\b((?:[a-z0-9]+\s+dot\s+)*[a-z0-9]+)\s+at\s+((?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+(?:\s+dot\s+[a-z]{2,})+)\b/i.exec(
      text,
    );
  if (spoken?.[1] && spoken[2]) {
    const part = (s: string) => s.replace(/\s+dot\s+/gi, ".").replace(/\s+/g, "");
    return `${part(spoken[1])}@${part(spoken[2])}`.toLowerCase();
  }
  const phone = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?/.exec(
    text,
  );
  return phone ? phone[0].trim() : undefined;
}
