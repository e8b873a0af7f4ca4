import { describe, expect, it } from "vitest";
import { firstNameOf } from "./display-name.js";

describe("firstNameOf", () => {
  it.each([
    ["Hale, Trevor", "Trevor"],
    ["Dr. Tobias Lindqvist", "Tobias"],
    ["Ines Carvalho", "Ines"],
  ])("firstNameOf(%s) is %s", (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });

  it.each([
    ["Sister Maguire", "Sister Maguire"],
    ["Herr Lang", "Mr. Lang"],
    ["Sir Mark", "Mark"],
    ["Dr. Okafor", "Dr. Okafor"],
  ])("greets %s as %s", (name, greeting) => {
    expect(firstNameOf(name)).toBe(greeting);
  });
});
