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

/** IANA zones by their city, lower-cased with spaces ("hong kong" → "Asia/Hong_Kong"), built once. */
let zonesByCity: Map<string, string> | undefined;

function cityZones(): Map<string, string> {
  if (zonesByCity !== undefined) return zonesByCity;
  zonesByCity = new Map();
  for (const zone of Intl.supportedValuesOf("timeZone")) {
    const city = zone
      .slice(zone.lastIndexOf("/") + 1)
      .replace(/_/g, " ")
      .toLowerCase();
    if (zone.includes("/") && !zonesByCity.has(city)) zonesByCity.set(city, zone);
  }
  return zonesByCity;
}

/**
 * The zone of an Outlook display name that lists cities ("Amsterdam, Belgrade, Berlin, Brussels"):
 * the first city that names an IANA zone. Outlook lists cities of one zone's rules together.
 */
function cityListZoneOf(display: string): string | undefined {
  const cities = cityZones();
  for (const part of display.split(",")) {
    const zone = cities.get(part.trim().replace(/\s+/g, " ").toLowerCase());
    if (zone !== undefined) return zone;
  }
  return undefined;
}

/** A display name as the table spells it: "and" written for "&" ("Eastern Time (US and Canada)"). */
function displayZoneOf(display: string): string | undefined {
  const lower = display.trim().toLowerCase().replace(/\s+/g, " ");
  return DISPLAY_NAMES.get(lower) ?? DISPLAY_NAMES.get(lower.replace(/\band\b/g, "&"));
}

/**
 * A libical-style TZID with a path before the zone ("/Europe/Stockholm",
 * "/freeassociation.sourceforge.net/Tzfile/Europe/Stockholm"): the longest tail that is an IANA id.
 */
function pathZoneOf(name: string): string | undefined {
  const parts = name.split("/");
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join("/");
    if (ZONE_ID.test(tail) && isIanaZone(tail)) return tail;
  }
  return undefined;
}

/** What IANA ids look like: Intl also accepts things no calendar means as a zone. */
const ZONE_ID = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * The IANA zone for a TZID as calendars write it: an IANA name passes through as written, a Windows
 * id ("Pacific Standard Time") or an Outlook display name ("(UTC-08:00) Pacific Time (US & Canada)",
 * with or without the prefix, "and" for "&", or any list of cities such as "Amsterdam, Berlin,
 * Stockholm") is mapped, and a libical path ("/Europe/Stockholm") is read by its tail. Surrounding
 * quotes and blanks are ignored. Undefined for anything else.
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
  const display = trimmed.replace(DISPLAY_PREFIX, "");
  const listed = display.includes(",") || display !== trimmed;
  const mapped = displayZoneOf(display) ?? (listed ? cityListZoneOf(display) : undefined);
  if (mapped !== undefined || DISPLAY_PREFIX.test(trimmed)) return mapped;
  if (trimmed.startsWith("/")) return pathZoneOf(trimmed);
  if (!ZONE_ID.test(trimmed)) return undefined;
  return isIanaZone(trimmed) ? trimmed : undefined;
}
