import { useMemo, useRef, useState } from "preact/hooks";
import type uPlot from "uplot";
import { readRound } from "./api.js";
import type { Doc, Evidence, ReadJson, RoundView, SignalJson } from "./api-types.js";
import { PolarityTag, Sign } from "./band-badge.js";
import { barsPath, Chart, type ChartOptions, cssColor, pointsOnly } from "./chart.js";
import { formatClock, formatDateTime } from "./dates.js";
import {
  type Block,
  blocksOf,
  clockSeconds,
  type Located,
  locateEvidence,
  splitByHits,
} from "./find-evidence.js";
import { humanize, POLARITY_ICON, percent } from "./labels.js";
import { Link } from "./link.js";
import {
  type InlineRange,
  inlineRanges,
  type LineKind,
  type MarkdownLine,
  markdownLines,
} from "./markdown-lines.js";
import { usePageTitle } from "./page-title.js";
import { applicationHref } from "./parse-route.js";
import { Problem } from "./problem.js";
import { EvidenceSource, evidenceSource, OwnSense, ReadSummary } from "./read-panel.js";
import { TranscriptView } from "./transcript-view.js";
import { useApi } from "./use-api.js";

/** One piece of evidence with where it is in the text: `key` names its mark. */
interface Placed {
  key: string;
  signal: SignalJson;
  evidence: Evidence;
  located?: Located;
  /** Seconds into the interview, from the evidence's timestamp or its transcript turn. */
  seconds?: number;
}

function placeEvidence(signals: SignalJson[], blocks: Block[]): Placed[] {
  const byKey = new Map(blocks.map((b) => [b.key, b]));
  return signals.flatMap((signal, si) =>
    signal.evidence.map((evidence, ei): Placed => {
      const located = locateEvidence(blocks, evidence);
      const seconds = clockSeconds(evidence.at) ?? (located ? byKey.get(located.block)?.start : undefined);
      return {
        key: `s${si}e${ei}`,
        signal,
        evidence,
        ...(located ? { located } : {}),
        ...(seconds !== undefined ? { seconds } : {}),
      };
    }),
  );
}

const shortLabel = (label: string, max = 17) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/** Interview: the document with each signal's evidence marked in place, the charts, the context. */
export function InterviewView({ id, round }: { id: number; round: number }) {
  const loaded = useApi((signal) => readRound(id, round, signal), [id, round]);
  const title = loaded.data ? `${loaded.data.application.company}: round ${round}` : `Round ${round}`;
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {loaded.error ? (
        <Problem message={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <InterviewDetail view={loaded.data} />
      ) : (
        <p role="status">Loading the interview…</p>
      )}
    </>
  );
}

function InterviewDetail({ view }: { view: RoundView }) {
  const analysis = view.analysis;
  const blocks = useMemo(() => blocksOf(view.documents), [view]);
  const placed = useMemo(() => placeEvidence(analysis?.signals ?? [], blocks), [analysis, blocks]);
  const [active, setActive] = useState<string | undefined>();
  const documentPane = useRef<HTMLElement>(null);
  /** The button a jump came from: Escape in the text brings focus back to it. */
  const cameFrom = useRef<HTMLElement | null>(null);

  const jump = (key: string) => {
    const mark = documentPane.current?.querySelector<HTMLElement>(`mark[data-ev~="${key}"]`);
    if (!mark) return;
    cameFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setActive(key);
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  };
  const back = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !cameFrom.current?.isConnected) return;
    event.preventDefault();
    cameFrom.current.scrollIntoView({ block: "center" });
    cameFrom.current.focus({ preventScroll: true });
  };

  return (
    <div class="interview">
      <p class="lede">
        <Link href={applicationHref(view.application.id)}>
          {view.application.company}
          {view.application.role ? `, ${view.application.role}` : ""}
        </Link>
        {view.round.title ? ` · ${view.round.title}` : ""}
        {view.round.startsAt ? ` · ${formatDateTime(view.round.startsAt)}` : ""}
      </p>
      {analysis ? (
        <section aria-labelledby="iv-read" class="read-summary">
          <ReadSummary read={analysis.read} headingId="iv-read" />
          <LengthAndTalk analysis={analysis} />
        </section>
      ) : (
        <p>This round has no read yet.</p>
      )}
      {analysis?.read.ownSense ? <OwnSense sense={analysis.read.ownSense} /> : null}

      <div class="interview-grid">
        <section class="signal-pane" aria-labelledby="iv-signals">
          <h2 id="iv-signals">Signals</h2>
          {analysis && analysis.signals.length > 0 ? (
            <>
              <p class="hint">
                Choose a signal to see its words in the text; Esc there brings you back here.
              </p>
              <ol class="signals">
                {analysis.signals.map((s, si) => (
                  <SignalEntry
                    key={s.id}
                    signal={s}
                    placed={placed.filter((p) => p.key.startsWith(`s${si}e`))}
                    active={active}
                    onJump={jump}
                  />
                ))}
              </ol>
            </>
          ) : (
            <p>No signals were found in this round.</p>
          )}
        </section>

        <section class="document-pane" aria-labelledby="iv-docs" ref={documentPane} onKeyDown={back}>
          <h2 id="iv-docs">What was said</h2>
          {view.documents.length === 0 ? <p>This round's files could not be read again.</p> : null}
          {documentOrder(view.documents).map((i) => (
            <DocumentView
              key={i}
              doc={view.documents[i] as Doc}
              blocks={blocks.filter((b) => b.doc === i)}
              placed={placed}
              active={active}
            />
          ))}
        </section>
      </div>

      {analysis ? (
        <>
          <section aria-labelledby="iv-minutes">
            <h2 id="iv-minutes">Over the interview</h2>
            <LengthLine analysis={analysis} />
            <SignalMinutesChart placed={placed} analysis={analysis} />
            <TalkShareChart analysis={analysis} />
          </section>
          <section aria-labelledby="iv-context">
            <h2 id="iv-context">What the read took into account</h2>
            <ContextList analysis={analysis} />
            <details class="advanced">
              <summary>Advanced: how each signal counted</summary>
              <ContributionTable analysis={analysis} />
            </details>
          </section>
        </>
      ) : null}
    </div>
  );
}

function SignalEntry({
  signal,
  placed,
  active,
  onJump,
}: {
  signal: SignalJson;
  placed: Placed[];
  active: string | undefined;
  onJump: (key: string) => void;
}) {
  const first = placed.find((p) => p.located);
  const isActive = placed.some((p) => p.key === active);
  return (
    <li class={`signal signal-${signal.polarity}${isActive ? " is-active" : ""}`}>
      {first ? (
        <button type="button" class="signal-jump" aria-pressed={isActive} onClick={() => onJump(first.key)}>
          <PolarityTag polarity={signal.polarity} /> <span class="signal-label">{signal.label}</span>
        </button>
      ) : (
        <p class="signal-static">
          <PolarityTag polarity={signal.polarity} /> <span class="signal-label">{signal.label}</span>
        </p>
      )}
      <ul class="evidence-list">
        {placed.map((p, i) => (
          <li key={p.key} class="evidence-item">
            <span class="quote">{p.evidence.isFact ? p.evidence.quote : `“${p.evidence.quote}”`}</span>{" "}
            <span class="evidence-source">
              <EvidenceSource evidence={p.evidence} />
            </span>
            {p.located && placed.length > 1 ? (
              <>
                {" "}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => onJump(p.key)}
                  aria-label={`Show quote ${i + 1} of ${placed.length}: ${signal.label}`}
                >
                  Show quote {i + 1} of {placed.length}
                </button>
              </>
            ) : null}
            {p.located?.isApproximate ? (
              <span class="hint"> (not word for word: the line it names is marked)</span>
            ) : null}
            {!p.located && !p.evidence.isFact ? (
              <span class="hint"> (not found in this round's text)</span>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
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
        const words =
          style === "strong" ? (
            <strong>{piece.text}</strong>
          ) : style === "em" ? (
            <em>{piece.text}</em>
          ) : style === "code" ? (
            <code>{piece.text}</code>
          ) : (
            piece.text
          );
        const evidence = piece.keys.filter((k) => byKey.has(k));
        if (evidence.length === 0) return <span key={piece.start}>{words}</span>;
        const covering = evidence.flatMap((k) => byKey.get(k) ?? []);
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
            key={piece.start}
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
            {words}
          </mark>
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

function DocumentView({
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
    case "invite":
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
    default: {
      const never: never = doc;
      return never;
    }
  }
}

/** The order "What was said" gives the documents in: the transcript, the notes, the invite, then the mail. */
const DOC_ORDER: Record<Doc["kind"], number> = { transcript: 0, notes: 1, invite: 2, email: 3 };

export function documentOrder(docs: readonly Pick<Doc, "kind">[]): number[] {
  return docs
    .map((_, i) => i)
    .sort((a, b) => DOC_ORDER[docs[a]?.kind ?? "email"] - DOC_ORDER[docs[b]?.kind ?? "email"] || a - b);
}

/** In the read's box: how long it ran against its booking, and how much of the talking was yours. */
function LengthAndTalk({ analysis }: { analysis: ReadJson }) {
  const { scheduledMinutes, actualMinutes } = analysis.length;
  const you = analysis.talkShare.find((t) => t.isCandidate);
  const parts = [
    actualMinutes !== undefined
      ? `Ran ${actualMinutes} minutes${scheduledMinutes !== undefined ? ` (booked for ${scheduledMinutes})` : ""}`
      : scheduledMinutes !== undefined
        ? `Booked for ${scheduledMinutes} minutes`
        : undefined,
    you ? `you said ${percent(you.share)} of the words` : undefined,
  ].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return null;
  const text = parts.join("; ");
  return <p class="length-talk">{text.charAt(0).toUpperCase() + text.slice(1)}.</p>;
}

function LengthLine({ analysis }: { analysis: ReadJson }) {
  const { scheduledMinutes, actualMinutes } = analysis.length;
  if (scheduledMinutes === undefined && actualMinutes === undefined) return null;
  return (
    <p>
      {scheduledMinutes !== undefined ? `Booked for ${scheduledMinutes} minutes` : "No booked length"}
      {actualMinutes !== undefined ? `; the transcript runs ${actualMinutes} minutes.` : "."}
    </p>
  );
}

/** Where each signal's evidence fell, minute by minute: a row per signal, ＋ filled and － hollow. */
function SignalMinutesChart({ placed, analysis }: { placed: Placed[]; analysis: ReadJson }) {
  const timed = useMemo(
    () => placed.filter((p) => p.seconds !== undefined).sort((a, b) => (a.seconds ?? 0) - (b.seconds ?? 0)),
    [placed],
  );
  const rows = useMemo(() => [...new Set(timed.map((p) => p.signal))], [timed]);
  const data = useMemo((): uPlot.AlignedData => {
    const points: { x: number; row: number; positive: boolean }[] = [];
    for (const p of timed) {
      const positive = p.signal.polarity !== "negative";
      let x = (p.seconds ?? 0) / 60;
      // One series holds one value per x: nudge a second point at the same minute by a second.
      while (points.some((q) => q.x === x && q.positive === positive)) x += 1 / 60;
      points.push({ x, row: rows.indexOf(p.signal), positive });
    }
    const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
    const pos = xs.map((x) => points.find((p) => p.x === x && p.positive)?.row ?? null);
    const neg = xs.map((x) => points.find((p) => p.x === x && !p.positive)?.row ?? null);
    return [xs, pos, neg];
  }, [timed, rows]);
  const options = useMemo((): ChartOptions => {
    const xs = data[0];
    const end = Math.max(analysis.length.actualMinutes ?? 0, (xs[xs.length - 1] ?? 0) + 1);
    const positive = cssColor("--positive", "#1a7f37");
    const negative = cssColor("--negative", "#b42318");
    return {
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [0, Math.ceil(end)] }, y: { range: [-0.6, rows.length - 0.4] } },
      axes: [
        {
          stroke: cssColor("--text", "#1f2328"),
          label: "minutes into the interview",
          incrs: [1, 2, 5, 10, 15, 20, 30, 60],
          values: (_u: uPlot, splits: number[]) => splits.map((s) => `${Math.round(s)}′`),
          grid: { stroke: "rgba(0,0,0,0.07)" },
        },
        {
          stroke: cssColor("--text", "#1f2328"),
          size: 130,
          splits: () => rows.map((_, i) => i),
          values: (_u: uPlot, splits: number[]) => splits.map((s) => shortLabel(rows[s]?.label ?? "")),
          grid: { stroke: "rgba(0,0,0,0.07)" },
        },
      ],
      series: [
        {},
        {
          label: "＋ positive",
          stroke: positive,
          paths: pointsOnly,
          points: { show: true, size: 11, stroke: positive, fill: positive, width: 2 },
        },
        {
          label: "－ negative",
          stroke: negative,
          paths: pointsOnly,
          points: { show: true, size: 11, stroke: negative, fill: "#ffffff", width: 2 },
        },
      ],
    };
  }, [data, rows, analysis]);
  if (timed.length === 0) {
    return (
      <p class="hint">
        No timestamps: the signals cannot be placed along the interview's minutes (notes and emails have
        none).
      </p>
    );
  }
  return (
    <figure class="figure">
      <h3>Where the signals fell</h3>
      <Chart
        options={options}
        data={data}
        height={Math.max(160, 44 + rows.length * 30)}
        label={`Signals by minute: ${timed
          .map((p) => `${formatClock(p.seconds ?? 0)} ${p.signal.polarity} ${p.signal.label}`)
          .join("; ")}`}
      />
      <figcaption>
        <span class="legend-item">
          <span class="swatch swatch-pos" aria-hidden="true">
            ●
          </span>{" "}
          <Sign polarity="positive" /> positive (filled)
        </span>{" "}
        <span class="legend-item">
          <span class="swatch swatch-neg" aria-hidden="true">
            ○
          </span>{" "}
          <Sign polarity="negative" /> negative (hollow)
        </span>
        <details>
          <summary>The same as a list</summary>
          <ol class="minute-list">
            {timed.map((p) => (
              <li key={p.key}>
                {formatClock(p.seconds ?? 0)} · <PolarityTag polarity={p.signal.polarity} /> {p.signal.label}
              </li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
}

/** Each speaker's share of the words, as bars, and as a list. */
function TalkShareChart({ analysis }: { analysis: ReadJson }) {
  const shares = analysis.talkShare;
  const data = useMemo(
    (): uPlot.AlignedData => [shares.map((_, i) => i), shares.map((s) => Math.round(s.share * 1000) / 10)],
    [shares],
  );
  const options = useMemo((): ChartOptions => {
    const color = cssColor("--chart-round", "#1a7f37");
    const name = (i: number) => {
      const s = shares[i];
      return s ? shortLabel(s.isCandidate ? `${s.speaker} (you)` : s.speaker, 16) : "";
    };
    return {
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, shares.length - 0.5] }, y: { range: [0, 100] } },
      axes: [
        {
          stroke: cssColor("--text", "#1f2328"),
          splits: () => shares.map((_, i) => i),
          values: (_u: uPlot, splits: number[]) => splits.map((s) => name(s)),
          grid: { show: false },
        },
        {
          stroke: cssColor("--text", "#1f2328"),
          size: 48,
          values: (_u: uPlot, splits: number[]) => splits.map((s) => `${s}%`),
          grid: { stroke: "rgba(0,0,0,0.07)" },
        },
      ],
      series: [
        {},
        {
          label: "share of the words",
          stroke: color,
          fill: `${color}99`,
          width: 1,
          paths: barsPath({ size: [0.6, 90] }),
          points: { show: false },
        },
      ],
    };
  }, [shares]);
  if (shares.length === 0) return null;
  return (
    <figure class="figure">
      <h3>Who talked</h3>
      <Chart
        options={options}
        data={data}
        height={200}
        label={`Share of the words: ${shares.map((s) => `${s.speaker} ${percent(s.share)}`).join(", ")}`}
      />
      <figcaption>
        <ul class="talk-list">
          {shares.map((s) => (
            <li key={s.speaker}>
              {s.speaker}
              {s.isCandidate ? " (you)" : ""}: {percent(s.share)} of the words ({s.words})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function ContextList({ analysis }: { analysis: ReadJson }) {
  if (analysis.context.length === 0) {
    return <p>No context was stated or inferred: every weight is the catalogue's own.</p>;
  }
  return (
    <>
      <h3>Context</h3>
      <ul class="context">
        {analysis.context.map((fact) => (
          <li key={fact.key}>
            <strong>{humanize(fact.key)}</strong>: {String(fact.value)}{" "}
            <span class="hint">
              ({fact.how === "stated" ? "stated by you" : "inferred"}
              {fact.evidence ? ` from ${evidenceSource(fact.evidence)}` : ""})
            </span>
            {fact.evidence && !fact.evidence.isFact ? (
              <blockquote class="quote">“{fact.evidence.quote}”</blockquote>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : ""}${Math.abs(Math.round(n * 100) / 100)}`;

function ContributionTable({ analysis }: { analysis: ReadJson }) {
  const contributions = analysis.read.contributions;
  if (contributions.length === 0) return <p>No signal counted towards the read.</p>;
  const labels = new Map(analysis.signals.map((s) => [s.id, s.label]));
  const changed = contributions.filter((c) => c.changes.length > 0).length;
  return (
    <>
      <p class="hint">
        {changed === 0
          ? "What you said about the interview changed how no signal counted."
          : `What you said about the interview changed how ${changed} of ${contributions.length} signals counted.`}{" "}
        Base is how much a signal counts in general; weight is how much it counted here.
      </p>
      <div class="table-wrap">
        <table class="contributions stack-table">
          <thead>
            <tr>
              <th scope="col">Signal</th>
              <th scope="col">Base → weight</th>
              <th scope="col">Why it changed</th>
            </tr>
          </thead>
          <tbody>
            {contributions.map((c) => {
              const sign = c.polarity === "negative" ? -1 : 1;
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <PolarityTag polarity={c.polarity} />{" "}
                    <span class="signal-label">{labels.get(c.id) ?? humanize(c.id)}</span>
                  </th>
                  <td class="num" data-label="Base → weight">
                    {signed(sign * c.base)} → {signed(c.weight)}
                  </td>
                  <td data-label="Why it changed">
                    {c.changes.length === 0 ? (
                      <span class="hint">unchanged</span>
                    ) : (
                      <ul class="changes">
                        {c.changes.map((why) => (
                          <li key={why}>{why}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
