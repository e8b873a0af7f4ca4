import type { Doc } from "../read/documents.js";
import { type OtherDocument, recogniseOtherDocument } from "./recognise-document.js";

/** A file, or a pasted part of one, left out of the read, and why. */
export interface SetAside {
  source: string;
  reason: string;
}

const because = (other: OtherDocument) => `looks like ${other === "CV" ? "a CV" : `a ${other}`}`;

/**
 * A line that parts one block of notes from the next: "----", "=== pasted job ad ===", "***". The
 * words on it, if any, name what follows.
 */
const SEPARATOR = /^[ \t]*([-=*_~]{3,})[ \t]*([^-=*_~\n]*?)[ \t]*[-=*_~]*[ \t]*$/;
/** A Markdown heading opens a block too, its words the block's name: "## The ad, copied from the site". */
const HEADING = /^[ \t]*(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;

/**
 * Notes with something pasted under a separator line or a heading (the vacancy, a CV): each block
 * after one is judged as a document of its own, the words on its separator or heading as its name,
 * and a block that is not an account is blanked out (its lines kept, so the rest keep their numbers).
 */
function setAsidePasted(doc: Doc & { kind: "notes" }): { doc: Doc; setAside: SetAside[] } {
  const lines = doc.text.split("\n");
  const setAside: SetAside[] = [];
  let start = 0;
  let label = "";
  let blocks = 0;
  const out = [...lines];
  const judge = (from: number, to: number) => {
    if (to <= from) return;
    const block = lines.slice(from, to).join("\n");
    const other = recogniseOtherDocument(label, block);
    if (!other) return;
    for (let i = Math.max(0, from - 1); i < to; i++) out[i] = "";
    setAside.push({ source: `${doc.source} (lines ${Math.max(1, from)}–${to})`, reason: because(other) });
  };
  for (let i = 0; i < lines.length; i++) {
    const m = SEPARATOR.exec(lines[i] ?? "") ?? HEADING.exec(lines[i] ?? "");
    if (!m) continue;
    blocks++;
    judge(start, i);
    start = i + 1;
    label = m[2] ?? "";
  }
  if (blocks === 0) return { doc, setAside };
  judge(start, lines.length);
  // Everything pasted, nothing told: the file as a whole is judged instead.
  if (setAside.length === 0 || out.every((line) => line.trim() === "")) return { doc, setAside: [] };
  return { doc: { ...doc, text: out.join("\n") }, setAside };
}

/** The documents that are the candidate's account, and those set aside: a job advert, a CV, a cover letter. */
export function setAsideOtherDocuments(docs: Doc[]): { docs: Doc[]; setAside: SetAside[] } {
  const setAside: SetAside[] = [];
  const kept: Doc[] = [];
  for (const doc of docs) {
    if (doc.kind !== "notes") {
      kept.push(doc);
      continue;
    }
    // Its parts first, then the whole: notes with the advert pasted below them are still notes.
    const pasted = setAsidePasted(doc);
    if (pasted.setAside.length > 0) {
      setAside.push(...pasted.setAside);
      kept.push(pasted.doc);
      continue;
    }
    const other = recogniseOtherDocument(doc.source, doc.text);
    if (other) setAside.push({ source: doc.source, reason: because(other) });
    else kept.push(doc);
  }
  return { docs: kept, setAside };
}
