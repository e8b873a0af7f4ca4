import { basename, extname } from "node:path";

// What a file is by its name, and the documents people keep beside their notes that are not read.

export type Kind =
  | "notes"
  | "text"
  | "transcript"
  | "invite"
  | "email"
  | "mbox"
  | "context"
  | "labels"
  | "ignore";

/** What a file is, by its name; `.txt` is sniffed later (a transcript or notes). */
export function kindOfFile(name: string): Kind {
  const base = basename(name).toLowerCase();
  const ext = extname(base);
  if (base === "expected.json") return "labels";
  if (base === "context.json") return "context";
  if (base.startsWith(".")) return "ignore";
  switch (ext) {
    case ".md":
    case ".markdown":
      return "notes";
    case ".txt":
    case ".text":
      return base.includes("transcript") || base.includes("caption") ? "transcript" : "text";
    case ".vtt":
    case ".srt":
      return "transcript";
    case ".ics":
    case ".ical":
      return "invite";
    case ".eml":
      return "email";
    case ".mbox":
      return "mbox";
    default:
      return "ignore";
  }
}

/** Documents people keep beside their notes that are not read, named by what they are. */
const UNREAD_DOCUMENTS: Record<string, string> = {
  ".docx": "a Word document",
  ".doc": "a Word document",
  ".odt": "an OpenDocument text",
  ".rtf": "a rich-text document",
  ".pages": "a Pages document",
  ".pdf": "a PDF",
  ".msg": "an Outlook message",
};

/** Why a file beside the notes is not read, where it is a document someone may expect to be read. */
export function unreadDocument(source: string): string | undefined {
  const what = UNREAD_DOCUMENTS[extname(source).toLowerCase()];
  if (!what) return undefined;
  const as = extname(source).toLowerCase() === ".msg" ? ".eml" : ".txt or .md";
  return `${source} is ${what} and was not read: save it as ${as} (or paste its text into the notes) to include it`;
}
