/**
 * A mailto: link that opens a draft in the mail program. Mail programs and browsers drop or refuse
 * long links (about 2,000 characters is what all of them take), so a longer draft is cut at a word and
 * says so in its last line: the whole text is a copy or an .eml away.
 */
export const MAILTO_MAX = 2000;

export const SHORTENED_NOTE = "\n\n[… shortened to fit a mail link: copy the whole draft from Debrief]";

export interface MailtoLink {
  href: string;
  isShortened: boolean;
}

/** Mail wants CRLF line breaks in a mailto body (RFC 6068). */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
}

/** A prefix that does not end inside a surrogate pair (encodeURIComponent throws on half of one). */
function prefix(text: string, length: number): string {
  const cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export function mailtoHref(
  draft: { to?: string; subject: string; body: string },
  max: number = MAILTO_MAX,
): MailtoLink {
  const to = draft.to ? encodeURIComponent(draft.to).replace(/%40/g, "@") : "";
  const head = `mailto:${to}?subject=${encode(draft.subject)}`;
  const full = `${head}&body=${encode(draft.body)}`;
  if (full.length <= max) return { href: full, isShortened: false };
  const fits = (n: number) => `${head}&body=${encode(prefix(draft.body, n) + SHORTENED_NOTE)}`.length <= max;
  let low = 0;
  let high = draft.body.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  let body = prefix(draft.body, low);
  const lastSpace = body.search(/\s\S*$/);
  if (lastSpace > body.length / 2) body = body.slice(0, lastSpace);
  return { href: `${head}&body=${encode(body.trimEnd() + SHORTENED_NOTE)}`, isShortened: true };
}
