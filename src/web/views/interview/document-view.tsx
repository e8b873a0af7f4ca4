import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import type { Doc } from "../../api-types.js";
import { Sign } from "../../band-badge.js";
import { formatDateTime } from "../../dates.js";
import { type Block, splitByHits } from "../../find-evidence.js";
import { POLARITY_ICON } from "../../labels.js";
import {
  type InlineRange,
  inlineRanges,
  type LineKind,
  type MarkdownLine,
  markdownLines,
} from "../../markdown-lines.js";
import { TranscriptView } from "../../transcript-view.js";
import type { Placed } from "./place-evidence.js";

/** A piece's words in its Markdown style (bold, emphasis, code), or as they are. */
function styled(text: string, style: InlineRange["style"] | undefined) {
  if (style === "strong") return <strong>{text}</strong>;
  if (style === "em") return <em>{text}</em>;
  if (style === "code") return <code>{text}</code>;
  return text;
}

/** A piece of text some quotes cover: marked, toned by their polarities, titled by their signals. */
function EvidenceMark({
  block,
  piece,
  from,
  covering,
  evidence,
  active,
  children,
}: {
  block: Block;
  piece: { start: number };
  /** Where the text shown starts in the block. */
  from: number;
  covering: Placed[];
  evidence: string[];
  active: string | undefined;
  children: ComponentChildren;
}) {
  const polarities = new Set(covering.map((p) => p.signal.polarity));
  const tone = polarities.size > 1 ? "mix" : polarities.has("negative") ? "neg" : "pos";
  const labels = [
    ...new Set(covering.map((p) => `${POLARITY_ICON[p.signal.polarity] ?? ""} ${p.signal.label}`)),
  ];
  // A quote opens where it starts in the text (or where its line's words start, when it takes in
  // the line's Markdown marker), not where a further line of it starts.
  const opening = covering.filter((p) => {
    const at = p.located?.start ?? 0;
    if (at === piece.start + from) return true;
    return piece.start === 0 && at < from && !block.text.slice(at, from).includes("\n");
  });
  return (
    <mark
      class={`ev ev-${tone}${active && evidence.includes(active) ? " is-active" : ""}`}
      data-ev={evidence.join(" ")}
      tabIndex={-1}
      title={labels.join("; ")}
    >
      {opening.length > 0 ? (
        <span class="ev-tag">
          {[...new Set(opening.map((p) => p.signal.polarity))].map((polarity) => (
            <Sign key={polarity} polarity={polarity} />
          ))}
        </span>
      ) : null}
      {children}
    </mark>
  );
}

/** The text of one block with its evidence marked: every mark is focusable from the signal list. */
function Highlighted({
  block,
  placed,
  active,
  range,
  inline = [],
}: {
  block: Block;
  placed: Placed[];
  active: string | undefined;
  /** Only this part of the block's text (a line of notes), else all of it. */
  range?: { start: number; end: number };
  /** Markdown emphasis in it: markers hidden, words styled. */
  inline?: InlineRange[];
}) {
  const from = range?.start ?? 0;
  const to = range?.end ?? block.text.length;
  const here = placed.filter(
    (p) => p.located?.block === block.key && p.located.start < to && p.located.end > from,
  );
  if (here.length === 0 && inline.length === 0) return <>{block.text.slice(from, to)}</>;
  const byKey = new Map(here.map((p) => [p.key, p]));
  const styles = new Map(inline.map((r, i) => [`fmt${i}`, r.style]));
  const pieces = splitByHits(block.text.slice(from, to), [
    ...here.map((p) => ({
      start: (p.located?.start ?? 0) - from,
      end: (p.located?.end ?? 0) - from,
      key: p.key,
    })),
    ...inline.map((r, i) => ({ start: r.start - from, end: r.end - from, key: `fmt${i}` })),
  ]);
  return (
    <>
      {pieces.map((piece) => {
        const style = piece.keys.map((k) => styles.get(k)).find((v) => v !== undefined);
        if (style === "hide") return null;
        const words = styled(piece.text, style);
        const evidence = piece.keys.filter((k) => byKey.has(k));
        if (evidence.length === 0) return <span key={piece.start}>{words}</span>;
        return (
          <EvidenceMark
            key={piece.start}
            block={block}
            piece={piece}
            from={from}
            covering={evidence.flatMap((k) => byKey.get(k) ?? [])}
            evidence={evidence}
            active={active}
          >
            {words}
          </EvidenceMark>
        );
      })}
    </>
  );
}

/**
 * Notes as the Markdown they were written in: headings, lists, quotes and emphasis drawn, never as HTML
 * (every word is a text node), and each quote still highlighted on its words.
 */
function MarkdownNotes({
  block,
  placed,
  active,
}: {
  block: Block;
  placed: Placed[];
  active: string | undefined;
}) {
  const lines = useMemo(() => markdownLines(block.text), [block.text]);
  const groups: { kind: LineKind; lines: MarkdownLine[] }[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last && last.kind === line.kind && line.kind !== "heading") last.lines.push(line);
    else groups.push({ kind: line.kind, lines: [line] });
  }
  const words = (line: MarkdownLine) => (
    <Highlighted
      block={block}
      placed={placed}
      active={active}
      range={line}
      inline={inlineRanges(block.text, line.start, line.end)}
    />
  );
  /** A line of a paragraph or a quote: kept on its own line, as notes are written. */
  const brokenLine = (line: MarkdownLine, i: number) => (
    <span key={line.start}>
      {i > 0 ? <br /> : null}
      {words(line)}
    </span>
  );
  return (
    <div class="notes-md">
      {groups.map((g) => {
        const key = g.lines[0]?.start ?? 0;
        switch (g.kind) {
          case "heading":
            return <h4 key={key}>{g.lines.map(words)}</h4>;
          case "bullet":
          case "number": {
            const items = g.lines.map((l) => <li key={l.start}>{words(l)}</li>);
            return g.kind === "bullet" ? <ul key={key}>{items}</ul> : <ol key={key}>{items}</ol>;
          }
          case "quote":
            return <blockquote key={key}>{g.lines.map(brokenLine)}</blockquote>;
          case "text":
            return <p key={key}>{g.lines.map(brokenLine)}</p>;
          default:
            return null;
        }
      })}
    </div>
  );
}

/** A message: its subject, sender and date, and its text with the evidence marked. */
function emailArticle(
  doc: Extract<Doc, { kind: "email" }>,
  blocks: Block[],
  placed: Placed[],
  active: string | undefined,
) {
  return (
    <article class="doc doc-email">
      <h3 class="doc-title">Email · {doc.subject ?? doc.source}</h3>
      <p class="email-head">
        {doc.from ? `From ${doc.from.name ?? doc.from.email ?? ""}` : "From an unknown sender"}
        {doc.date ? ` · ${formatDateTime(doc.date)}` : ""}
      </p>
      {blocks.map((b) => (
        <div key={b.key} class="email-text">
          <Highlighted block={b} placed={placed} active={active} />
        </div>
      ))}
    </article>
  );
}

/** An invite: its title and times, and its text with the evidence marked. */
function inviteArticle(
  doc: Extract<Doc, { kind: "invite" }>,
  blocks: Block[],
  placed: Placed[],
  active: string | undefined,
) {
  return (
    <article class="doc doc-invite">
      <h3 class="doc-title">Invite · {doc.summary ?? doc.source}</h3>
      <p>
        {doc.start ? formatDateTime(doc.start) : "No start time"}
        {doc.end ? ` to ${formatDateTime(doc.end)}` : ""}
      </p>
      {blocks.map((b) => (
        <div key={b.key} class="invite-text">
          <Highlighted block={b} placed={placed} active={active} />
        </div>
      ))}
    </article>
  );
}

/** One document of the round, drawn by its kind, with its evidence marked where it is. */
export function DocumentView({
  doc,
  blocks,
  placed,
  active,
}: {
  doc: Doc;
  blocks: Block[];
  placed: Placed[];
  active: string | undefined;
}) {
  switch (doc.kind) {
    case "transcript":
      return (
        <TranscriptView
          source={doc.source}
          blocks={blocks}
          withEvidence={new Set(placed.flatMap((p) => (p.located ? [p.located.block] : [])))}
          text={(b) => <Highlighted block={b} placed={placed} active={active} />}
        />
      );
    case "notes":
      return (
        <article class="doc doc-notes">
          <h3 class="doc-title">Notes · {doc.source}</h3>
          {blocks.map((b) => (
            <MarkdownNotes key={b.key} block={b} placed={placed} active={active} />
          ))}
        </article>
      );
    case "email":
      return emailArticle(doc, blocks, placed, active);
    case "invite":
      return inviteArticle(doc, blocks, placed, active);
    default: {
      const never: never = doc;
      return never;
    }
  }
}

/** The order "What was said" gives the documents in: the transcript, the notes, the invite, then the mail. */
const DOC_ORDER: Record<Doc["kind"], number> = { transcript: 0, notes: 1, invite: 2, email: 3 };

/** The order documents are shown in: transcript, notes, invite, mail (as given within a kind). */
export function documentOrder(docs: readonly Pick<Doc, "kind">[]): number[] {
  return docs
    .map((_, i) => i)
    .sort((a, b) => DOC_ORDER[docs[a]?.kind ?? "email"] - DOC_ORDER[docs[b]?.kind ?? "email"] || a - b);
}
