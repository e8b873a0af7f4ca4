import vader from "vader-sentiment";
import type { EmailDoc } from "../read/documents.js";
import { splitSentences } from "../text/sentences.js";

/**
 * What the sender of a message wrote themselves: no greeting, sign-off, signature, disclaimer or quoted mail;
 * its words and its tone.
 */

/** Typographic apostrophes and quotes made plain, so "won’t" reads as "won't". */
export function plain(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** "Hi Aiko," "Dear Dr. Porter," "Good morning all" */
const GREETING_WORDS =
  /^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings|hiya)\b(?:\s+(?:dr|mr|mrs|ms|mx|prof)\.|[^.!?\n]){0,60}[,!:]?$/i;
/** A bare name as a greeting: "Ravi," "Chloe Bennett:" */
const GREETING_NAME = /^\p{Lu}[\p{L}'-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'-]*)){0,2}\s*[,:]$/u;
const SIGN_OFF =
  /^(?:best|best\s+regards|kind\s+regards|warm(?:est)?\s+regards|regards|many\s+thanks|thanks(?:\s+again)?|thank\s+you(?:\s+again)?|cheers|all\s+the\s+best|best\s+wishes|sincerely|yours(?:\s+sincerely|\s+truly)?|talk\s+soon|speak\s+soon|see\s+you(?:\s+\w+)?|take\s+care|with\s+thanks|respectfully|have\s+a\s+[\w\s]{1,30})\s*[,.!]?$/i;
const DISCLAIMER =
  /\b(?:confidential|intended\s+recipient|received\s+(?:this|it)\s+in\s+error|privileged|disclaimer|unsubscribe)\b/i;
const SENT_FROM = /^(?:sent\s+from\s+my|get\s+outlook\s+for)\b/i;
const QUOTE_HEADER = /^(?:on\s.+wrote:|-{2,}\s*original\s+message\s*-{2,}|from:\s.+)$/i;

function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t === "" || SENT_FROM.test(t) || /^--\s*$/.test(t) || /^-\s*\S{1,3}$/.test(t)) return true;
  // `(?<![\w.+-])`: an address is tried from the start of a word only, not from each of its characters
  // (quadratic on a long word with no "@").
  if (/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|\+?\d[\d\s().-]{7,}\d|\|/.test(t)) return true;
  // A name, a title, a company: short and not a sentence.
  return t.split(/\s+/).length <= 6 && !/[.!?:;]$/.test(t);
}

/**
 * The words the sender wrote in this message: no greeting, no sign-off or signature, no disclaimer, no quoted
 * mail. Paragraphs are kept apart by blank lines.
 */
export function ownText(doc: EmailDoc): string {
  const lines: string[] = [];
  for (const line of plain(doc.text).split(/\r?\n/)) {
    if (QUOTE_HEADER.test(line.trim())) break;
    if (!line.trimStart().startsWith(">")) lines.push(line.trimEnd());
  }
  // Leading blank lines dropped in one splice: shifted off one by one, 100,000 of them took seconds.
  let blank = 0;
  while (blank < lines.length && (lines[blank] ?? "").trim() === "") blank++;
  lines.splice(0, blank);
  const first = (lines[0] ?? "").trim();
  if ((GREETING_WORDS.test(first) || GREETING_NAME.test(first)) && lines.length > 1) lines.shift();

  let end = lines.length;
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] ?? "").trim();
    const startsParagraph = i === 0 || (lines[i - 1] ?? "").trim() === "";
    if (seenContent && startsParagraph && (SIGN_OFF.test(t) || SENT_FROM.test(t) || /^--\s*$/.test(t))) {
      end = i;
      break;
    }
    if (t !== "") seenContent = true;
  }
  const kept = lines.slice(0, end);
  // Trailing signature without a sign-off ("Rosa", "-D", "Sent from my phone").
  while (kept.length > 1 && isSignatureLine(kept[kept.length - 1] ?? "")) kept.pop();
  return kept
    .join("\n")
    .split(/\n\s*\n/)
    .filter((p, i) => i === 0 || !DISCLAIMER.test(p))
    .join("\n\n")
    .trim();
}

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
}

/** Mean VADER compound over the sentences of a text, in [-1, 1]; 0 for no text. */
export function toneOf(text: string): number {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return 0;
  let sum = 0;
  for (const s of sentences) sum += vader.SentimentIntensityAnalyzer.polarity_scores(s).compound;
  return sum / sentences.length;
}
