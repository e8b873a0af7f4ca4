import { describe, expect, it } from "vitest";
import { threadSubject } from "./thread-subject.js";

describe("threadSubject", () => {
  it.each([
    ["Re: RE: Fwd:  Second   interview", "second interview"],
    ["AW: SV: Ihre Bewerbung", "ihre bewerbung"],
    [undefined, ""],
    ["  Thank you  ", "thank you"],
  ])("%s", (subject, key) => {
    expect(threadSubject(subject)).toBe(key);
    expect(threadSubject(subject, { autoReply: true })).toBe(key);
  });

  it("takes an automatic reply's prefix off only when asked", () => {
    expect(threadSubject("Automatic reply: Re: Interview on Monday", { autoReply: true })).toBe(
      "interview on monday",
    );
    expect(threadSubject("Auto-Reply: Interview", { autoReply: true })).toBe("interview");
    expect(threadSubject("Automatic reply: Re: Interview on Monday")).toBe(
      "automatic reply: re: interview on monday",
    );
  });
});
