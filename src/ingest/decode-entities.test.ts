import { describe, expect, it } from "vitest";
import { decodeEntities } from "./decode-entities.js";

describe("decodeEntities", () => {
  it.each([
    ["Q&amp;A", "Q&A"],
    ["a &lt;b&gt; c", "a <b> c"],
    ["it&#39;s", "it's"],
    ["it&#x2019;s", "it’s"],
    ["&quot;yes&quot;", '"yes"'],
    ["no&nbsp;break", "no\u00a0break"],
    ["&AMP;", "&"],
    ["fish & chips", "fish & chips"],
    ["&unknown;", "&unknown;"],
    ["&valueOf;", "&valueOf;"],
    ["&#xD800;", "&#xD800;"],
    ["&#0;", "&#0;"],
    ["&#9999999;", "&#9999999;"],
  ])("%j → %j", (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});
