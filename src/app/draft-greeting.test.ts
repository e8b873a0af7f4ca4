import { describe, expect, it } from "vitest";
import { greetingFor, personalName } from "./draft-greeting.js";

describe("greetingFor", () => {
  it("greets the person the draft goes to when it was planned for another", () => {
    expect(greetingFor("Dear Wren,\n\nI hope you're well.", { name: "Ossian Vale" })).toBe(
      "Dear Ossian,\n\nI hope you're well.",
    );
    expect(greetingFor("Hi Wren,\n\nThanks again.", { name: "Ossian Vale" })).toBe(
      "Hi Ossian,\n\nThanks again.",
    );
  });

  it("leaves the draft as it is when it greets the recipient already, greets no one, or goes to a team", () => {
    expect(greetingFor("Dear Ossian,\n\nHello again.", { name: "Ossian Vale" })).toBe(
      "Dear Ossian,\n\nHello again.",
    );
    expect(greetingFor("Hello,\n\nI hope you're well.", { name: "Ossian Vale" })).toBe(
      "Hello,\n\nI hope you're well.",
    );
    expect(greetingFor("Dear Wren,\n\nI hope…", { name: "Fernhollow Talent Team" })).toBe(
      "Dear Wren,\n\nI hope…",
    );
    expect(greetingFor("Dear Wren,\n\nI hope…", { name: null })).toBe("Dear Wren,\n\nI hope…");
    expect(greetingFor("Dear Wren,\n\nI hope…", null)).toBe("Dear Wren,\n\nI hope…");
    // Only the greeting: a name later in the text stays.
    expect(greetingFor("Dear Wren,\n\nWren said you would know.", { name: "Ossian Vale" })).toBe(
      "Dear Ossian,\n\nWren said you would know.",
    );
  });
});

describe("personalName", () => {
  it("is the first name of a person, and nothing for a team, a mailbox or an address", () => {
    expect(personalName("Ossian Vale")).toBe("Ossian");
    expect(personalName('"Ossian Vale"')).toBe("Ossian");
    expect(personalName("Recruiting at Fernhollow")).toBeUndefined();
    expect(personalName("Fernhollow Careers")).toBeUndefined();
    expect(personalName("ossian.vale@fernhollow.example")).toBeUndefined();
    expect(personalName("")).toBeUndefined();
  });
});
