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
    // An initial is not greeted alone; a Spanish professional title stays with the surname.
    ["Mr K. Abernethy", "Mr. Abernethy"],
    ["K. Abernethy", "K. Abernethy"],
    ["Ing. Teodora Rojas", "Ing. Rojas"],
    ["Lic. Rojas", "Lic. Rojas"],
  ])("greets %s as %s", (name, greeting) => {
    expect(firstNameOf(name)).toBe(greeting);
  });
});
