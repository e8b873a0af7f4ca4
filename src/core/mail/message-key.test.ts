import { describe, expect, it } from "vitest";
import { messageKey } from "./message-key.js";

describe("messageKey", () => {
  it.each([
    ["<abc.123@Mail.Example.COM>", "abc.123@mail.example.com"],
    ["abc.123@mail.example.com", "abc.123@mail.example.com"],
    ["  < abc.123@MAIL.example.com >  ", "abc.123@mail.example.com"],
    ["<CaseKept@example.org>", "CaseKept@example.org"],
    ["<a@b@Host.Example>", "a@b@host.example"],
    ["<no-at-sign>", "no-at-sign"],
  ])("%s is %s", (id, key) => {
    expect(messageKey(id)).toBe(key);
  });

  it("keeps the local part's case: two ids that differ there are two messages", () => {
    expect(messageKey("<AbC@example.com>")).not.toBe(messageKey("<abc@example.com>"));
  });

  it.each([undefined, null, "", "<>", "  < >  "])("has no key for %j", (id) => {
    expect(messageKey(id)).toBeUndefined();
  });
});
