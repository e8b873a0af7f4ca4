/**
 * Windows time zone ids (what Outlook and Exchange write in TZID) and their IANA zones, after the
 * "001" (main territory) rows of CLDR's windowsZones.xml. Keys are lower-cased for lookup.
 */
const WINDOWS_ZONES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "Dateline Standard Time": "Etc/GMT+12",
    "UTC-11": "Etc/GMT+11",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Alaskan Standard Time": "America/Anchorage",
    "Pacific Standard Time": "America/Los_Angeles",
    "Pacific Standard Time (Mexico)": "America/Tijuana",
    "US Mountain Standard Time": "America/Phoenix",
    "Mountain Standard Time": "America/Denver",
    "Mountain Standard Time (Mexico)": "America/Mazatlan",
    "Central America Standard Time": "America/Guatemala",
    "Central Standard Time": "America/Chicago",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Canada Central Standard Time": "America/Regina",
    "SA Pacific Standard Time": "America/Bogota",
    "Eastern Standard Time": "America/New_York",
    "Eastern Standard Time (Mexico)": "America/Cancun",
    "US Eastern Standard Time": "America/Indiana/Indianapolis",
    "Venezuela Standard Time": "America/Caracas",
    "Atlantic Standard Time": "America/Halifax",
    "SA Western Standard Time": "America/La_Paz",
    "Pacific SA Standard Time": "America/Santiago",
    "Newfoundland Standard Time": "America/St_Johns",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Argentina Standard Time": "America/Argentina/Buenos_Aires",
    "SA Eastern Standard Time": "America/Cayenne",
    "UTC-02": "Etc/GMT+2",
    "Azores Standard Time": "Atlantic/Azores",
    "Cape Verde Standard Time": "Atlantic/Cape_Verde",
    UTC: "Etc/UTC",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "Morocco Standard Time": "Africa/Casablanca",
    "W. Europe Standard Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "GTB Standard Time": "Europe/Bucharest",
    "Middle East Standard Time": "Asia/Beirut",
    "Egypt Standard Time": "Africa/Cairo",
    "E. Europe Standard Time": "Europe/Chisinau",
    "South Africa Standard Time": "Africa/Johannesburg",
    "FLE Standard Time": "Europe/Kiev",
    "Israel Standard Time": "Asia/Jerusalem",
    "Jordan Standard Time": "Asia/Amman",
    "Turkey Standard Time": "Europe/Istanbul",
    "Arabic Standard Time": "Asia/Baghdad",
    "Arab Standard Time": "Asia/Riyadh",
    "Russian Standard Time": "Europe/Moscow",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Iran Standard Time": "Asia/Tehran",
    "Arabian Standard Time": "Asia/Dubai",
    "Pakistan Standard Time": "Asia/Karachi",
    "India Standard Time": "Asia/Kolkata",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "Nepal Standard Time": "Asia/Kathmandu",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "Myanmar Standard Time": "Asia/Yangon",
    "SE Asia Standard Time": "Asia/Bangkok",
    "China Standard Time": "Asia/Shanghai",
    "Singapore Standard Time": "Asia/Singapore",
    "Taipei Standard Time": "Asia/Taipei",
    "W. Australia Standard Time": "Australia/Perth",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "AUS Central Standard Time": "Australia/Darwin",
    "E. Australia Standard Time": "Australia/Brisbane",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Tasmania Standard Time": "Australia/Hobart",
    "West Pacific Standard Time": "Pacific/Port_Moresby",
    "New Zealand Standard Time": "Pacific/Auckland",
  }).map(([windows, iana]) => [windows.toLowerCase(), iana]),
);

/**
 * Outlook display names, as some exports write them in TZID after a "(UTC+01:00) " prefix.
 * Only the common ones; the prefix alone gives a fixed offset, which is wrong half the year.
 */
const DISPLAY_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "Coordinated Universal Time": "Etc/UTC",
    "Pacific Time (US & Canada)": "America/Los_Angeles",
    "Mountain Time (US & Canada)": "America/Denver",
    "Central Time (US & Canada)": "America/Chicago",
    "Eastern Time (US & Canada)": "America/New_York",
    "Atlantic Time (Canada)": "America/Halifax",
    Arizona: "America/Phoenix",
    Hawaii: "Pacific/Honolulu",
    Alaska: "America/Anchorage",
    "Dublin, Edinburgh, Lisbon, London": "Europe/London",
    "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": "Europe/Berlin",
    "Brussels, Copenhagen, Madrid, Paris": "Europe/Paris",
    "Belgrade, Bratislava, Budapest, Ljubljana, Prague": "Europe/Budapest",
    "Sarajevo, Skopje, Warsaw, Zagreb": "Europe/Warsaw",
    "Athens, Bucharest": "Europe/Bucharest",
    "Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius": "Europe/Kiev",
    "Chennai, Kolkata, Mumbai, New Delhi": "Asia/Kolkata",
    "Beijing, Chongqing, Hong Kong, Urumqi": "Asia/Shanghai",
    "Osaka, Sapporo, Tokyo": "Asia/Tokyo",
    "Canberra, Melbourne, Sydney": "Australia/Sydney",
    "Auckland, Wellington": "Pacific/Auckland",
  }).map(([display, iana]) => [display.toLowerCase(), iana]),
);

const DISPLAY_PREFIX = /^\((?:UTC|GMT)(?:[+-]\d{1,2}:\d{2})?\)\s*/i;

const knownIana = new Map<string, boolean>();

/** Whether the runtime's time zone data knows `name` (an IANA id such as "Europe/Berlin"). */
function isIanaZone(name: string): boolean {
  const cached = knownIana.get(name);
  if (cached !== undefined) return cached;
  let known: boolean;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    known = true;
  } catch {
    known = false;
  }
  knownIana.set(name, known);
  return known;
}

/**
 * The IANA zone for a TZID as calendars write it: an IANA name passes through as written, a Windows
 * id ("Pacific Standard Time") or an Outlook display name ("(UTC-08:00) Pacific Time (US & Canada)")
 * is mapped. Surrounding quotes and blanks are ignored. Undefined for anything else.
 */
export function ianaZoneOf(name: string): string | undefined {
  const trimmed = name
    .trim()
    .replace(/^"(.*)"$/s, "$1")
    .trim();
  if (trimmed === "") return undefined;
  const lower = trimmed.toLowerCase();
  const windows = WINDOWS_ZONES.get(lower);
  if (windows !== undefined) return windows;
  if (DISPLAY_PREFIX.test(trimmed)) {
    return DISPLAY_NAMES.get(lower.replace(DISPLAY_PREFIX, "").trim());
  }
  // Only names shaped like zone ids: Intl also accepts things no calendar means as a zone.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(trimmed)) return undefined;
  return isIanaZone(trimmed) ? trimmed : undefined;
}
