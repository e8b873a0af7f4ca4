import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text.js";

describe("htmlToText", () => {
  it.each([
    ["plain words", "Thanks again", "Thanks again"],
    ["inline tags", "Thanks <b>again</b>, <a href='x'>see you</a> soon", "Thanks again, see you soon"],
    ["white space as a browser shows it", "  one\n   two\t\tthree  ", "one two three"],
    ["named entities", "Tom &amp; Jerry &lt;3 &quot;caf&eacute;&quot; &hellip;", 'Tom & Jerry <3 "café" …'],
    ["numeric entities", "it&#39;s &#x2019; &#128578;", "it's ’ 🙂"],
    ["unknown entities left alone", "a &bogus; b & c", "a &bogus; b & c"],
    ["nbsp as a space", "a&nbsp;&nbsp;b", "a  b"],
    ["br as a line break", "one<br>two<br/>three", "one\ntwo\nthree"],
    ["divs as lines", "<div>one</div><div>two</div>", "one\ntwo"],
    ["paragraphs apart", "<p>one</p><p>two</p>", "one\n\ntwo"],
    ["headings apart", "<h1>Title</h1>Body", "Title\n\nBody"],
    ["list items", "<ul><li>first</li><li> second </li></ul>", "- first\n- second"],
    ["table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"],
    ["pre keeps its lines", "<pre>  x = 1\n  y = 2</pre>", "x = 1\n  y = 2"],
    ["comments dropped", "a<!-- hidden -->b", "ab"],
    [
      "style, script and head dropped",
      "<head><title>T</title></head><style>p{}</style>a<script>x()</script>b",
      "ab",
    ],
    ["a doctype dropped", "<!DOCTYPE html><html><body>hi</body></html>", "hi"],
    ["a lone < kept", "1 < 2 and 3 > 2", "1 < 2 and 3 > 2"],
    ["a > inside an attribute", '<a title="x > y">link</a>', "link"],
    ["image alt text", '<img src="logo.png" alt="Hirer logo"> Welcome', "Hirer logo Welcome"],
    ["an unclosed style dropped alone", "<style>a<p>rest", "a\n\nrest"],
    ["a cut-off tag", "text <a href='x", "text"],
  ])("handles %s", (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("prefixes blockquoted lines with >", () => {
    const html =
      "<div>Sounds good.</div><div>On Tue, 3 Feb 2026 at 10:02, Priya wrote:</div>" +
      "<blockquote><div>Can you do Thursday?</div><blockquote>Earlier<br>still</blockquote></blockquote>";
    expect(htmlToText(html)).toBe(
      [
        "Sounds good.",
        "On Tue, 3 Feb 2026 at 10:02, Priya wrote:",
        "",
        "> Can you do Thursday?",
        ">",
        "> > Earlier",
        "> > still",
      ].join("\n"),
    );
  });

  it("is linear on hostile input", () => {
    const big = "<style>".repeat(200_000) + "<b>".repeat(200_000) + "&amp".repeat(200_000);
    expect(htmlToText(big).length).toBeGreaterThan(0);
  });
});
