import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { formatClock } from "./dates.js";
import type { Block } from "./find-evidence.js";
import { foldTurns } from "./fold-turns.js";
import { plural } from "./labels.js";

type Run = ReturnType<typeof foldTurns>[number];

/** How many turns, how long, what is shown; and the button that shows all or folds again. */
function FoldBar({
  blocks,
  isWhole,
  shownTurns,
  onToggle,
}: {
  blocks: Block[];
  isWhole: boolean;
  shownTurns: number;
  onToggle: () => void;
}) {
  const last = blocks.at(-1)?.start;
  return (
    <div class="fold-bar">
      <p class="hint">
        {plural(blocks.length, "turn")}
        {last !== undefined ? `, ${formatClock(last)} long` : ""}.{" "}
        {isWhole
          ? "All of it is shown."
          : `Shown: the opening and the turns around each quote (${shownTurns}); the rest is folded.`}
      </p>
      <button type="button" onClick={onToggle}>
        {isWhole ? "Fold it around the quotes again" : `Show all ${blocks.length} turns`}
      </button>
    </div>
  );
}

/** A run of turns shown: time, speaker, words (quotes marked); each focusable for a fold opened on it. */
function ShownTurns({
  blocks,
  run,
  text,
}: {
  blocks: Block[];
  run: Run;
  text: (block: Block) => ComponentChildren;
}) {
  return (
    <>
      {blocks.slice(run.from, run.to).map((b, k) => (
        <li key={b.key} class="turn" data-turn={run.from + k} tabIndex={-1}>
          <p class="turn-head">
            {b.start !== undefined ? <span class="turn-time">{formatClock(b.start)}</span> : null}{" "}
            <span class="turn-speaker">{b.speaker ?? "Unknown speaker"}</span>
          </p>
          <p class="turn-text">{text(b)}</p>
        </li>
      ))}
    </>
  );
}

/**
 * Which turns are shown: folded around the evidence, with the folds opened so far, or all of them; and
 * once a fold is drawn open, focus on its first turn (the button that opened it is gone).
 */
function useFolds(blocks: Block[], withEvidence: ReadonlySet<string>) {
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const [isWhole, setWhole] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const focusTurn = useRef<number | undefined>(undefined);
  const evidenceTurns = useMemo(
    () => new Set(blocks.flatMap((b, i) => (withEvidence.has(b.key) ? [i] : []))),
    [blocks, withEvidence],
  );
  const runs: Run[] = isWhole
    ? [{ kind: "shown" as const, from: 0, to: blocks.length }]
    : foldTurns(blocks.length, evidenceTurns, opened);
  useEffect(() => {
    if (focusTurn.current === undefined) return;
    list.current?.querySelector<HTMLElement>(`[data-turn="${focusTurn.current}"]`)?.focus();
    focusTurn.current = undefined;
  });
  const open = (from: number) => {
    focusTurn.current = from;
    setOpened(new Set([...opened, from]));
  };
  const toggleWhole = () => {
    setWhole(!isWhole);
    setOpened(new Set());
  };
  return { runs, isWhole, list, open, toggleWhole };
}

/**
 * A transcript, turn by turn. A long one (a 90-minute call has hundreds of turns) is folded around its
 * evidence: every turn that holds a quote is shown, with its neighbours and the opening, so a signal's
 * button still lands on its words; each fold opens on its own, or all at once.
 */
export function TranscriptView({
  source,
  blocks,
  withEvidence,
  text,
}: {
  source: string;
  blocks: Block[];
  /** The keys of the turns that hold a quote. */
  withEvidence: ReadonlySet<string>;
  /** A turn's words, with its quotes marked. */
  text: (block: Block) => ComponentChildren;
}) {
  const { runs, isWhole, list, open, toggleWhole } = useFolds(blocks, withEvidence);
  const isFolded = runs.some((r) => r.kind === "folded");
  const shownTurns = runs.filter((r) => r.kind === "shown").reduce((n, r) => n + r.to - r.from, 0);
  return (
    <article class="doc doc-transcript">
      <h3 class="doc-title">Transcript · {source}</h3>
      {isFolded || isWhole ? (
        <FoldBar blocks={blocks} isWhole={isWhole} shownTurns={shownTurns} onToggle={toggleWhole} />
      ) : null}
      <ol class="transcript" ref={list}>
        {runs.map((run) =>
          run.kind === "folded" ? (
            <li key={`fold-${run.from}`} class="turn-fold">
              <button type="button" class="link-button" onClick={() => open(run.from)}>
                Show {plural(run.to - run.from, "more turn")}
                {foldSpan(blocks[run.from], blocks[run.to - 1])}
              </button>
            </li>
          ) : (
            <ShownTurns key={`run-${run.from}`} blocks={blocks} run={run} text={text} />
          ),
        )}
      </ol>
    </article>
  );
}

/** " (12:05 to 18:40)": where a fold is in the recording, when its turns have times. */
function foldSpan(first: Block | undefined, last: Block | undefined): string {
  if (first?.start === undefined || last?.start === undefined) return "";
  return ` (${formatClock(first.start)} to ${formatClock(last.start)})`;
}
