import type { NotesDoc } from "../read/documents.js";
import { collapse } from "./words.js";

// The candidate's notes as lines and as blocks (paragraphs, headings, list items), each with its line number.

interface NotesLine {
  /** The line without markdown emphasis. */
  text: string;
  /** The line as written, without its heading or list marker. */
  written: string;
  line: number;
}

/** Non-empty lines of notes with their numbers, markdown markers dropped. */
export function notesLines(doc: NotesDoc): NotesLine[] {
  return doc.text.split("\n").flatMap((raw, i) => {
    const written = collapse(raw.replace(/^\s*(?:#{1,6}\s+|[-*\u2022]\s+|\d+[.)]\s+)/, ""));
    const text = written.replace(/\*\*/g, "").trim();
    return text === "" ? [] : [{ text, written, line: i + 1 }];
  });
}

export interface Block {
  text: string;
  /** Where each source line starts in `text`. */
  lines: { offset: number; line: number }[];
  isBullet: boolean;
  isHeading: boolean;
  /** Leading spaces of a list item: a deeper item belongs to the one above. */
  indent: number;
}

export function lineAt(block: Block, offset: number): number {
  let line = block.lines[0]?.line ?? 1;
  for (const l of block.lines) if (l.offset <= offset) line = l.line;
  return line;
}

/** Notes as blocks: paragraphs, headings and list items, each with the lines it spans. */
export function notesBlocks(doc: NotesDoc): Block[] {
  const blocks: Block[] = [];
  let buffer: { text: string; line: number }[] = [];
  let isBullet = false;
  let indent = 0;
  const flush = () => {
    const lines: Block["lines"] = [];
    let text = "";
    for (const b of buffer) {
      const piece = collapse(b.text);
      if (piece === "") continue;
      if (text !== "") text += " ";
      lines.push({ offset: text.length, line: b.line });
      text += piece;
    }
    if (text !== "") blocks.push({ text, lines, isBullet, isHeading: false, indent });
    buffer = [];
    isBullet = false;
    indent = 0;
  };
  doc.text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") {
      flush();
      return;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line)?.[1] ?? /^\*\*([^*]+)\*\*:?$/.exec(line)?.[1];
    if (heading !== undefined) {
      flush();
      const text = collapse(heading);
      blocks.push({ text, lines: [{ offset: 0, line: i + 1 }], isBullet: false, isHeading: true, indent: 0 });
      return;
    }
    const bullet = /^(?:[-*\u2022]|\d+[.)])\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      buffer = [{ text: bullet[1] ?? "", line: i + 1 }];
      isBullet = true;
      indent = raw.length - raw.trimStart().length;
      return;
    }
    buffer.push({ text: line, line: i + 1 });
  });
  flush();
  return blocks;
}
