/**
 * A Message-ID as a key: the same message is one key however a mailer wrote it. The angle brackets and
 * surrounding space go, and the domain part (after the last "@") is lower-cased, as domains are case-blind;
 * the local part is kept as written (RFC 5322 leaves its case to the sender). Undefined for an empty id.
 */
export function messageKey(id: string | undefined | null): string | undefined {
  if (id === undefined || id === null) return undefined;
  const bare = id.trim().replace(/^<\s*/, "").replace(/\s*>$/, "").trim();
  if (bare === "") return undefined;
  const at = bare.lastIndexOf("@");
  return at < 0 ? bare : `${bare.slice(0, at)}@${bare.slice(at + 1).toLowerCase()}`;
}
