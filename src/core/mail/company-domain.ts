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

/**
 * Labels that, right before a country's or a sector's suffix, are a registry's and not an organisation's:
 * "brookmerehealth.nhs.uk" is one hospital trust and "nhs.uk" all of them; "harbourview.nsw.gov.au" is one
 * council and "nsw.gov.au" a whole state's.
 */
const REGISTRY_LABELS = new Set([
  "nhs",
  "gov",
  "govt",
  "edu",
  "ac",
  "sch",
  "police",
  "mod",
  "nsw",
  "vic",
  "qld",
  "wa",
  "sa",
  "tas",
  "act",
  "nt",
  "gc",
  "nic",
  "gob",
  "gouv",
  "gv",
  "k12",
]);

/**
 * The organisation an address's domain belongs to, one label finer than `companyDomain` where that is a
 * registry's ("nhs.uk", "nsw.gov.au"): what a mailbox's filing tells companies apart by.
 */
export function organisationDomain(address: string | undefined): string | undefined {
  const domain = companyDomain(address);
  if (!domain || !address) return domain;
  if (!REGISTRY_LABELS.has(domain.split(".")[0] ?? "")) return domain;
  const host = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  const parts = host.split(".");
  const size = domain.split(".").length;
  return parts.length > size ? parts.slice(-(size + 1)).join(".") : domain;
}
