import type { Doc, Evidence } from "./api-types.js";

/**
 * Where each piece of evidence sits in the interview's documents, so the Interview view can mark it
 * in place. A quote is matched in the text it came from (spacing, case and curly quotes aside); when
 * the words are not found as they are, the line it names is marked instead, as approximate.
 */

/** A stretch of a document's text: a transcript turn, the notes, an email's or an invite's text. */
export interface Block {
  key: string;
  /** Index of its document in the round's documents. */
  doc: number;
  source: string;
  text: string;
  /** 1-based line of the source file where the text starts, where known. */
  line?: number;
  /** Seconds from the start of the recording (a transcript turn with a timestamp). */
  start?: number;
  speaker?: string;
}

export interface Located {
  block: string;
  start: number;
  end: number;
  /** The words were not found as quoted: a prefix of them, or the line the evidence names, is marked. */
  isApproximate: boolean;
}

export function blocksOf(docs: readonly Doc[]): Block[] {
  const blocks: Block[] = [];
  for (const [i, doc] of docs.entries()) {
    switch (doc.kind) {
      case "transcript":
        doc.utterances.forEach((u, j) => {
          blocks.push({
            key: `d${i}u${j}`,
            doc: i,
            source: doc.source,
            text: u.text,
            line: u.line,
            ...(u.start !== undefined ? { start: u.start } : {}),
            ...(u.speaker !== undefined ? { speaker: u.speaker } : {}),
          });
        });
        break;
      case "notes":
        blocks.push({ key: `d${i}`, doc: i, source: doc.source, text: doc.text, line: 1 });
        break;
      case "email":
        blocks.push({ key: `d${i}`, doc: i, source: doc.source, text: doc.text });
        break;
      case "invite":
        if (doc.description) blocks.push({ key: `d${i}`, doc: i, source: doc.source, text: doc.description });
        break;
      default: {
        const never: never = doc;
        throw new Error(`unknown document ${JSON.stringify(never)}`);
      }
    }
  }
  return blocks;
}

const FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};

/** Text folded for matching (spaces collapsed, lower case, straight quotes), with where each character came from. */
export function foldText(text: string): { text: string; from: number[] } {
  let out = "";
  const from: number[] = [];
  let wasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (/\s/.test(c)) {
      if (!wasSpace) {
        out += " ";
        from.push(i);
      }
      wasSpace = true;
      continue;
    }
    wasSpace = false;
    const folded = FOLD[c] ?? c.toLowerCase();
    // Only one-to-one folds, so every folded character maps back to one original character.
    out += folded.length === 1 ? folded : c;
    from.push(i);
  }
  return { text: out, from };
}

function sameSource(a: string, b: string): boolean {
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}

function find(block: Block, quote: string): { start: number; end: number } | undefined {
  if (quote === "") return undefined;
  const folded = foldText(block.text);
  const at = folded.text.indexOf(quote);
  if (at < 0) return undefined;
  const start = folded.from[at] ?? 0;
  const end = (folded.from[at + quote.length - 1] ?? start) + 1;
  return { start, end };
}

/** The range of one line (1-based, counted from the block's own first line) in a block's text. */
function lineRange(block: Block, line: number): { start: number; end: number } | undefined {
  if (block.line === undefined) return undefined;
  const lines = block.text.split("\n");
  const index = line - block.line;
  if (index < 0 || index >= lines.length) return undefined;
  let start = 0;
  for (let i = 0; i < index; i++) start += (lines[i]?.length ?? 0) + 1;
  const text = lines[index] ?? "";
  const lead = text.length - text.trimStart().length;
  const end = start + text.trimEnd().length;
  return end > start + lead ? { start: start + lead, end } : undefined;
}

/** The block a line falls in: the last block of the source starting at or before it. */
function blockAtLine(blocks: Block[], line: number): Block | undefined {
  let best: Block | undefined;
  for (const b of blocks) {
    if (b.line !== undefined && b.line <= line && (!best || (best.line ?? 0) <= b.line)) best = b;
  }
  return best;
}

export function locateEvidence(blocks: readonly Block[], evidence: Evidence): Located | undefined {
  if (evidence.isFact) return undefined;
  const quote = foldText(evidence.quote.trim()).text;
  const own = blocks.filter((b) => sameSource(b.source, evidence.source));
  const line = evidence.line;
  const near = (b: Block) => (line !== undefined && b.line !== undefined ? Math.abs(line - b.line) : 1e9);
  const ordered = [...[...own].sort((a, b) => near(a) - near(b)), ...blocks.filter((b) => !own.includes(b))];
  for (const b of ordered) {
    const hit = find(b, quote);
    if (hit) return { block: b.key, ...hit, isApproximate: false };
  }
  // The opening words, where the quote was trimmed or cleaned after them.
  const words = quote.split(" ").filter(Boolean);
  if (words.length >= 8) {
    const opening = words.slice(0, Math.max(6, Math.ceil(words.length / 2))).join(" ");
    for (const b of ordered) {
      const hit = find(b, opening);
      if (hit) return { block: b.key, ...hit, isApproximate: true };
    }
  }
  if (line === undefined) return undefined;
  const block = blockAtLine(own, line);
  if (!block) return undefined;
  const range =
    block.line === line || block.text.indexOf("\n") < 0
      ? { start: 0, end: block.text.length }
      : lineRange(block, line);
  return range && range.end > range.start ? { block: block.key, ...range, isApproximate: true } : undefined;
}

export interface Hit {
  start: number;
  end: number;
  key: string;
}

/** A run of a block's text and the evidence covering it; `opens` are the evidence starting here. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  keys: string[];
  opens: string[];
}

/** Cuts a text where marks begin and end, so overlapping evidence still renders as flat pieces. */
export function splitByHits(text: string, hits: readonly Hit[]): Piece[] {
  const inside = hits
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((h) => [h.start, h.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? start;
    if (end <= start) continue;
    pieces.push({
      start,
      end,
      text: text.slice(start, end),
      keys: inside.filter((h) => h.start <= start && h.end >= end).map((h) => h.key),
      opens: inside.filter((h) => h.start === start).map((h) => h.key),
    });
  }
  return pieces;
}

/** "01:02:03" or "02:03" as seconds; undefined for anything else. */
export function clockSeconds(at: string | undefined): number | undefined {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,]\d+)?$/.exec(at?.trim() ?? "");
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}
