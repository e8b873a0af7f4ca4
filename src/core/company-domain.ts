/** Mail providers' domains say nothing about which company a message is from. */
export const FREE_MAIL = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "icloud.com",
  "me.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.de",
  "web.de",
  "mail.com",
  "fastmail.com",
  "zoho.com",
  "yandex.com",
  "example.com",
  "example.net",
  "example.org",
]);

/** The organisation part of an address's domain: "mail.acme.co.uk" and "acme.co.uk" are one company. */
export function companyDomain(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf("@") ?? -1;
  if (!address || at < 0) return undefined;
  const host = address.slice(at + 1).toLowerCase();
  if (FREE_MAIL.has(host)) return undefined;
  const parts = host.split(".");
  const secondLevel = parts.length >= 3 && /^(co|com|ac|org|gov|net)$/.test(parts[parts.length - 2] ?? "");
  return parts.slice(secondLevel ? -3 : -2).join(".");
}
