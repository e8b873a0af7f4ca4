import { describe, expect, it } from "vitest";
import { ianaZoneOf } from "./windows-time-zones.js";

describe("ianaZoneOf", () => {
  it.each([
    ["Pacific Standard Time", "America/Los_Angeles"],
    ["Mountain Standard Time", "America/Denver"],
    ["Central Standard Time", "America/Chicago"],
    ["Eastern Standard Time", "America/New_York"],
    ["GMT Standard Time", "Europe/London"],
    ["W. Europe Standard Time", "Europe/Berlin"],
    ["Romance Standard Time", "Europe/Paris"],
    ["Central Europe Standard Time", "Europe/Budapest"],
    ["AUS Eastern Standard Time", "Australia/Sydney"],
    ["India Standard Time", "Asia/Kolkata"],
    ["China Standard Time", "Asia/Shanghai"],
    ["Tokyo Standard Time", "Asia/Tokyo"],
    ["pacific standard time", "America/Los_Angeles"],
    ['"Eastern Standard Time"', "America/New_York"],
    ["  UTC ", "Etc/UTC"],
  ])("maps the Windows id %j to %s", (windows, iana) => {
    expect(ianaZoneOf(windows)).toBe(iana);
  });

  it.each([
    ["(UTC-08:00) Pacific Time (US & Canada)", "America/Los_Angeles"],
    ["(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"],
    ["(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"],
    ["(UTC-06:00) Central Time (US and Canada)", "America/Chicago"],
    ["Mountain Time (US & Canada)", "America/Denver"],
    ["Lisbon, Dublin", "Europe/Lisbon"],
    ["(UTC+02:00) Vilnius, Riga", "Europe/Vilnius"],
    ["Hong Kong, Taipei", "Asia/Hong_Kong"],
  ])("maps the Outlook display name %j to %s", (display, iana) => {
    expect(ianaZoneOf(display)).toBe(iana);
  });

  it.each([
    ["/Europe/Oslo", "Europe/Oslo"],
    ["/example.org/Olson_2024a/America/Chicago", "America/Chicago"],
  ])("reads the libical path %j by its tail, %s", (path, iana) => {
    expect(ianaZoneOf(path)).toBe(iana);
  });

  it.each(["Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "Asia/Tokyo"])(
    "passes the IANA name %s through",
    (name) => {
      expect(ianaZoneOf(name)).toBe(name);
    },
  );

  it.each([
    "Mars/Olympus",
    "Customized Time Zone",
    "",
    "   ",
    "(UTC+03:00) Somewhere Unlisted",
    "../etc",
    "/nowhere/at/all",
    "Atlantis, Lemuria",
  ])("knows nothing of %j", (name) => {
    expect(ianaZoneOf(name)).toBeUndefined();
  });

  it("maps every Windows id to a zone the runtime knows", () => {
    const ids = [
      "Dateline Standard Time",
      "Hawaiian Standard Time",
      "Alaskan Standard Time",
      "US Mountain Standard Time",
      "Canada Central Standard Time",
      "SA Pacific Standard Time",
      "Atlantic Standard Time",
      "E. South America Standard Time",
      "Argentina Standard Time",
      "Greenwich Standard Time",
      "Central European Standard Time",
      "GTB Standard Time",
      "FLE Standard Time",
      "Israel Standard Time",
      "Turkey Standard Time",
      "Russian Standard Time",
      "Arabian Standard Time",
      "Nepal Standard Time",
      "SE Asia Standard Time",
      "Singapore Standard Time",
      "Korea Standard Time",
      "Cen. Australia Standard Time",
      "New Zealand Standard Time",
    ];
    for (const id of ids) {
      const zone = ianaZoneOf(id);
      expect(zone, id).toBeDefined();
      expect(() => new Intl.DateTimeFormat("en-US", { timeZone: zone })).not.toThrow();
    }
  });
});
