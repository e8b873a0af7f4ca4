import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { formatClock } from "./dates.js";
import type { Block } from "./find-evidence.js";
import { foldTurns } from "./fold-turns.js";
import { plural } from "./labels.js";

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
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const [isWhole, setWhole] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  /** The turn to focus once a fold is drawn open (the button that opened it is gone). */
  const focusTurn = useRef<number | undefined>(undefined);
  const evidenceTurns = useMemo(
    () => new Set(blocks.flatMap((b, i) => (withEvidence.has(b.key) ? [i] : []))),
    [blocks, withEvidence],
  );
  const runs = isWhole
    ? [{ kind: "shown" as const, from: 0, to: blocks.length }]
    : foldTurns(blocks.length, evidenceTurns, opened);
  const isFolded = runs.some((r) => r.kind === "folded");
  useEffect(() => {
    if (focusTurn.current === undefined) return;
    list.current?.querySelector<HTMLElement>(`[data-turn="${focusTurn.current}"]`)?.focus();
    focusTurn.current = undefined;
  });
  const shownTurns = runs.filter((r) => r.kind === "shown").reduce((n, r) => n + r.to - r.from, 0);
  const last = blocks.at(-1)?.start;
  return (
    <article class="doc doc-transcript">
      <h3 class="doc-title">Transcript · {source}</h3>
      {isFolded || isWhole ? (
        <div class="fold-bar">
          <p class="hint">
            {plural(blocks.length, "turn")}
            {last !== undefined ? `, ${formatClock(last)} long` : ""}.{" "}
            {isWhole
              ? "All of it is shown."
              : `Shown: the opening and the turns around each quote (${shownTurns}); the rest is folded.`}
          </p>
          <button
            type="button"
            onClick={() => {
              setWhole(!isWhole);
              setOpened(new Set());
            }}
          >
            {isWhole ? "Fold it around the quotes again" : `Show all ${blocks.length} turns`}
          </button>
        </div>
      ) : null}
      <ol class="transcript" ref={list}>
        {runs.map((run) =>
          run.kind === "folded" ? (
            <li key={`fold-${run.from}`} class="turn-fold">
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  focusTurn.current = run.from;
                  setOpened(new Set([...opened, run.from]));
                }}
              >
                Show {plural(run.to - run.from, "more turn")}
                {foldSpan(blocks[run.from], blocks[run.to - 1])}
              </button>
            </li>
          ) : (
            blocks.slice(run.from, run.to).map((b, k) => (
              <li key={b.key} class="turn" data-turn={run.from + k} tabIndex={-1}>
                <p class="turn-head">
                  {b.start !== undefined ? <span class="turn-time">{formatClock(b.start)}</span> : null}{" "}
                  <span class="turn-speaker">{b.speaker ?? "Unknown speaker"}</span>
                </p>
                <p class="turn-text">{text(b)}</p>
              </li>
            ))
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
