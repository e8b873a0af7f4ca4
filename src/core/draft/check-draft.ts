import { splitSentences } from "../text/sentences.js";

/**
 * Whether a draft reads as English a candidate would send: no placeholder left where the name is known,
 * no phrase left dangling ("about if", "about hopefully"), no notes shorthand pasted in, no apology for
 * a lack of time after an interview that ran long. Each problem names what is wrong and quotes it. Pure.
 */
export interface DraftFacts {
  /** The candidate's name is known: "[your name]" must not stand in for it. */
  isSenderKnown?: boolean;
  /** The recipient's name is known: "[name]" must not stand in for it. */
  isRecipientKnown?: boolean;
  /** The interview ran past its time: the draft must not say time was short. */
  ranLong?: boolean;
  /** Template placeholders ("[one specific thing you discussed]") are allowed: a fallback text to fill in. */
  allowsTemplate?: boolean;
}

/** Words that cannot follow "about" as the start of what the draft says it was about. */
const AFTER_ABOUT =
  /\babout (?:if|hopefully|because|so|but|and|or|then|maybe|probably|really|basically|just|also|very|um|uh|like|is|are|was|were|be|been|did|does|do|had|has|have|will|would|could|should|can|not|no|yes|ok|okay|i|i'm|i'd|i've|we|he|she|it's|they're|you're|to|of|for|at|on|in|with|from|by)(?=[\s.,;:!?]|$)/i;

/**
 * A sentence that ends on a word that opens something: "…learning about the.", "…hearing that.". The
 * word stands alone before the stop: "the R&A." ends in no article.
 */
const DANGLING_END =
  /(?<=^|\s)(?:the|a|an|of|to|and|or|but|with|about|for|from|that|which|because|if|whether|my|your|their|our|his|her|is|are|was|were)[.!?](?:\s|$)/i;

/** Shorthand from notes that no one writes in a letter (an arrow from a question to its answer among it). */
const SHORTHAND =
  /-+>|=>|(?<![\w-])(?:[~=<>→]|\bw\/|\s\+\s|\b(?:bc|b\/c|rn|tbh|lol|imo|btw|thx|pls|ppl|govt|mgr|yrs?|mins?|approx|esp|w\/e|q's|qs|xmas|cuz|tho|thru|gonna|wanna)\b)/;

/** Whether a piece of text carries notes shorthand ("w/", "mgr", "~", "=", "→"): no letter should. */
export function hasShorthand(text: string): boolean {
  return SHORTHAND.test(text);
}

const NAME_PLACEHOLDER = /\[(?:your\s+)?name\]|\[(?:first\s+)?name\]/i;
const ANY_PLACEHOLDER = /\[[^\]\n]{1,60}\]/;

const SHORT_ON_TIME =
  /\b(?:short on time|pressed for time|ran out of time|cut short|limited time|tight on time|didn't have (?:much|enough) time|we were rushed)\b/i;

function quoteOf(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 25);
  const to = Math.min(text.length, at + length + 25);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ")}${to < text.length ? "…" : ""}`;
}

export function checkDraft(written: string, facts: DraftFacts = {}): string[] {
  const problems: string[] = [];
  // A template's blanks ("[an offer / a deadline]") are read as one word: they are filled in before sending.
  const body = facts.allowsTemplate
    ? written.replace(/\[(?!(?:your\s+)?(?:first\s+)?name\])[^\]\n]{1,60}\]/gi, "[blank]")
    : written;
  const flag = (what: string, m: RegExpExecArray | null) => {
    if (m) problems.push(`${what}: "${quoteOf(body, m.index, m[0].length)}"`);
  };
  const placeholder = NAME_PLACEHOLDER.exec(body);
  if (placeholder) {
    const isSender = /your/i.test(placeholder[0]);
    if ((isSender && facts.isSenderKnown) || (!isSender && facts.isRecipientKnown))
      flag("a placeholder where the name is known", placeholder);
  }
  if (!facts.allowsTemplate) {
    const template = ANY_PLACEHOLDER.exec(body.replace(NAME_PLACEHOLDER, ""));
    flag("a placeholder left to fill in", template);
  }
  flag("a dangling 'about'", AFTER_ABOUT.exec(body));
  flag("a sentence that ends mid-phrase", DANGLING_END.exec(body));
  flag("notes shorthand", SHORTHAND.exec(body.replace(/^Best regards,[\s\S]*$/m, "")));
  flag("a word twice", /\b(\w+)\s+\1\b/i.exec(body));
  flag("doubled punctuation", /[.,;:!?]{2,}|\s[.,;:!?]/.exec(body.replace(/\.\.\.|…/g, "")));
  flag("a greeting without a name", /^(?:Dear|Hi)\s*,/m.exec(body));
  flag(
    "a greeting to a title, not a name",
    /^(?:Dear|Hi|Hello) (?:Sister|Head|Mr|Ms|Mrs|Mx|Dr|Prof|Herr|Frau|Manager|Director|Recruiter|Team|Hiring|HR|Chef|Sir|Madam)\.?,/m.exec(
      body,
    ),
  );
  flag("an aside from the notes", /\S\s(?:-|–|\/)\s\S/.exec(body));
  flag(
    "reported speech turned to the present",
    /\bthat you (?:explain|say|mention|tell|ask|note)\b/i.exec(body),
  );
  if (facts.ranLong) flag("short on time, though the interview ran long", SHORT_ON_TIME.exec(body));
  for (const sentence of splitSentences(body)) {
    if ((sentence.match(/["\u201c\u201d]/g) ?? []).length % 2 === 1) {
      problems.push(`an unbalanced quotation mark: "${sentence.trim().slice(0, 80)}"`);
      break;
    }
  }
  const opens = (body.match(/\(/g) ?? []).length;
  const closes = (body.match(/\)/g) ?? []).length;
  if (opens !== closes) problems.push("an unbalanced parenthesis");
  // Every sentence starts with a capital letter (or a digit), after the greeting.
  for (const m of body.matchAll(/(?<!\b\p{Lu})[.!?]\s+([a-z])/gu)) {
    flag("a sentence that starts in lower case", m as unknown as RegExpExecArray);
    break;
  }
  return problems;
}
