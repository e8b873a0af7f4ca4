import { type CandidateMail, isFromCandidate, sameName } from "../people/identify-candidate-mail.js";
import type { Doc, EmailDoc } from "../read/documents.js";
import type { Channel } from "../signals/signal.js";

/**
 * Who is talking in a passage. Notes are written by the candidate but report what others said,
 * so their actor is decided sentence by sentence (see resolve-actor.ts): `narrator`.
 */
export type SpeakerRole = "company" | "candidate" | "narrator" | "unknown";

/** A run of text with its provenance: the unit the detectors read. */
export interface Passage {
  channel: Channel;
  source: string;
  text: string;
  role: SpeakerRole;
  speaker?: string;
  line: number;
  /** Where each later source line starts in `text` (notes join hard-wrapped lines with spaces). */
  lineStarts?: number[];
  /** Transcript time in seconds. */
  start?: number;
  email?: EmailDoc;
  /**
   * A list item under a heading that says these things did not happen ("Things we never covered:",
   * "Not discussed"): each of its sentences reads as negated.
   */
  denied?: boolean;
  /** An application-stage form letter ("we have received your application"): only an outcome counts in it. */
  isFormLetter?: boolean;
  /**
   * The candidate's own mail read as their account: only what it tells of the company counts ("thank
   * you for walking me through the rota"), not what the candidate says of themselves or proposes.
   */
  ownMail?: boolean;
}

/**
 * Application-stage autoresponders carry no signal (the labelling convention): "thank you for
 * applying", "we have received your application", "if your background is a match we will…".
 */
const FORM_LETTER =
  /\b(thank(?:s| you) for (?:your )?(?:applying|application|submitting|your interest in (?:the|our|joining))|(?:your )?application (?:has been|was|is being) (?:received|submitted|reviewed)|we(?: have|'ve)? received your (?:application|resume|cv)|(?:if|should) (?:your|you|things|there) (?:(?:background|qualifications|experience|skills|profile) )?(?:are |is |look like )?(?:a )?(?:match|fit|align)|you submitted an application|we(?:'ll| will) (?:review|be reviewing) your (?:application|resume|cv|qualifications))/i;

export function isFormLetter(email: EmailDoc): boolean {
  const head = `${email.subject ?? ""}\n${email.text.slice(0, 1500)}`;
  // "Thank you for your application and for attending the interview": written after an interview,
  // by someone who was there, it is no application-stage form letter.
  return FORM_LETTER.test(head) && !AFTER_AN_INTERVIEW.test(head);
}

/** Mail that speaks of an interview that has happened. */
const AFTER_AN_INTERVIEW =
  /\b(?:for\s+(?:attending|coming\s+(?:in|to)|your\s+time\s+(?:at|in|on|during))\s+(?:the\s+|your\s+|our\s+)?(?:interview|panel|assessment\s+day)|(?:at|in|during)\s+(?:the|your)\s+interview|(?:met|meeting|speaking|spoke)\s+with\s+(?:us|the\s+panel|me)\b|your\s+interview\s+(?:on|last|yesterday|today|this))/i;

/** Who the candidate is: the names and addresses they appear under. */
export type Candidate = CandidateMail;

/** A heading or a label line that says what follows did not happen: "Things we never covered:", "## Not discussed". */
const DENYING_HEADING =
  /\b(?:didn'?t|did not|never|wasn'?t|weren'?t|nothing|forgot|forgotten|missed|unasked|unanswered)\b|^(?:#+\s*)?(?:\w+\s+)?(?:not|no)\b/i;

interface NotesParagraph {
  text: string;
  line: number;
  lineStarts: number[];
  denied?: boolean;
}

/** Splits a notes text into paragraphs with their line numbers, so evidence can cite a line. */
function notesParagraphs(text: string): NotesParagraph[] {
  const out: NotesParagraph[] = [];
  const lines = text.split("\n");
  let buffer: string[] = [];
  let startLine = 1;
  /** The paragraph is a list item: it ends with a full stop, so a fragment does not run into the next. */
  let isItem = false;
  /** The list under a denying heading, until a paragraph that is no list item ends it. */
  let denying = false;
  const flush = () => {
    let joined = buffer.join(" ").trim();
    if (isItem && joined !== "" && !/[.!?:]$/.test(joined)) joined = `${joined}.`;
    const lineStarts: number[] = [];
    let at = 0;
    for (const [k, l] of buffer.entries()) {
      if (k > 0) lineStarts.push(at);
      at += l.length + 1;
    }
    if (joined !== "")
      out.push({ text: joined, line: startLine, lineStarts, ...(denying && isItem ? { denied: true } : {}) });
    buffer = [];
    isItem = false;
  };
  const MARKER = /^(#{1,6}\s|[-*•+]\s|\d+[.)]\s)/;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    // A blank line, a heading or a new list item starts a new paragraph. A line that is none of
    // these continues the paragraph or the list item above it: notes are hard-wrapped.
    if (line === "" || MARKER.test(line)) flush();
    if (line === "") return;
    if (buffer.length === 0) startLine = i + 1;
    const isHeading = /^#{1,6}\s/.test(line);
    const isListItem = /^([-*•+]\s|\d+[.)]\s)/.test(line);
    // A heading, or a short line that ends in a colon, opens a list; a denying one denies it.
    if (isHeading || (!isListItem && buffer.length === 0 && line.length <= 80 && line.endsWith(":"))) {
      denying = DENYING_HEADING.test(line);
    } else if (!isListItem && buffer.length === 0) {
      denying = false;
    }
    if (MARKER.test(line)) isItem = true;
    buffer.push(line.replace(MARKER, "").replace(/^#{1,6}\s+/, ""));
    // A heading is a paragraph of its own.
    if (isHeading) {
      isItem = true;
      flush();
    }
  });
  flush();
  return out;
}

export function buildPassages(docs: Doc[], candidate: Candidate): Passage[] {
  const out: Passage[] = [];
  for (const doc of docs) {
    switch (doc.kind) {
      case "notes":
        for (const p of notesParagraphs(doc.text)) {
          out.push({
            channel: "notes",
            source: doc.source,
            text: p.text,
            role: "narrator",
            line: p.line,
            ...(p.lineStarts.length > 0 ? { lineStarts: p.lineStarts } : {}),
            ...(p.denied ? { denied: true } : {}),
          });
        }
        break;
      case "transcript": {
        // A long transcript has hundreds of turns and a handful of speakers: judge each speaker once.
        const roles = new Map<string, SpeakerRole>();
        const roleOf = (speaker: string): SpeakerRole => {
          let role = roles.get(speaker);
          if (role === undefined) {
            role = candidate.names.some((n) => sameName(n, speaker)) ? "candidate" : "company";
            roles.set(speaker, role);
          }
          return role;
        };
        for (const u of doc.utterances) {
          const role: SpeakerRole = u.speaker === undefined ? "unknown" : roleOf(u.speaker);
          out.push({
            channel: "transcript",
            source: doc.source,
            text: u.text,
            role,
            line: u.line,
            ...(u.speaker === undefined ? {} : { speaker: u.speaker }),
            ...(u.start === undefined ? {} : { start: u.start }),
          });
        }
        break;
      }
      case "email": {
        const role: SpeakerRole = isFromCandidate(doc, candidate) ? "candidate" : "company";
        const speaker = doc.from?.name ?? doc.from?.email;
        out.push({
          channel: "email",
          source: doc.source,
          text: doc.text,
          role,
          line: 1,
          email: doc,
          // Automatic mail (out-of-office, applicant tracking) counts only for an outcome it states.
          ...(role === "company" && (doc.isAutomatic === true || isFormLetter(doc))
            ? { isFormLetter: true }
            : {}),
          ...(speaker === undefined ? {} : { speaker }),
        });
        break;
      }
      case "invite":
        break;
      default: {
        const never: never = doc;
        throw new Error(`unknown document ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}
