import pc from "picocolors";
import type { LiveSignalNote, LiveSnapshot } from "../core/read/live-session.js";
import type { Band } from "../core/signals/signal.js";

/** What the live board shows. */
export interface BoardState {
  /** The transcript's name. */
  source: string;
  snapshot: LiveSnapshot;
  /** The signals in the order they were heard, as first heard. */
  heard: LiveSignalNote[];
  /** Minutes to show, when the clock has run on since the last update; else the snapshot's. */
  elapsedMinutes?: number;
  /** A passing notice ("the file was replaced: reading it again"). */
  notice?: string;
}

export interface BoardOptions {
  color: boolean;
  /** Columns: no line is longer, so the board never wraps and redraws in place. */
  width: number;
  /** The most signals listed; older ones are counted. */
  maxSignals?: number;
}

type Paint = (s: string) => string;
type Part = [text: string, paint?: Paint | undefined];
type Colors = ReturnType<typeof pc.createColors>;

const MAX_SIGNALS = 8;

/** `mm:ss`, or `h:mm:ss` from an hour. */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes * 60));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${String(m).padStart(2, "0")}:${s}`;
}

/** Joins parts into a line of at most `width` characters (an ellipsis marks a cut), then paints them. */
function fitLine(parts: Part[], width: number): string {
  let room = width;
  let out = "";
  for (const [text, paint] of parts) {
    if (room <= 0) break;
    const cut = text.length > room ? `${text.slice(0, Math.max(0, room - 1))}…` : text;
    room -= cut.length;
    out += paint ? paint(cut) : cut;
  }
  return out;
}

const BAND: Record<Band, (c: ReturnType<typeof pc.createColors>) => Paint> = {
  strong: (c) => (s) => c.bold(c.green(s)),
  promising: (c) => (s) => c.bold(c.cyan(s)),
  mixed: (c) => (s) => c.bold(c.yellow(s)),
  weak: (c) => (s) => c.bold(c.red(s)),
};

/** Where the interview stands: its minutes against the slot, or why there are none. */
function whereItStands(state: BoardState, c: Colors): Part[] {
  const { snapshot } = state;
  const elapsed = state.elapsedMinutes ?? snapshot.elapsed?.minutes;
  const slot = snapshot.scheduledMinutes;
  const when: Part[] = [];
  if (snapshot.turns === 0) when.push(["waiting for the transcript…", c.dim]);
  else if (elapsed === undefined) when.push(["no times in the transcript", c.dim]);
  else {
    when.push([formatMinutes(elapsed)]);
    if (slot !== undefined) {
      when.push([` of ${formatMinutes(slot)}`]);
      if (elapsed > slot) when.push([` (+${formatMinutes(elapsed - slot)} over)`, c.yellow]);
    }
  }
  return when;
}

/** One signal heard: its mark, its minute, its label, the words and who said them. */
function signalParts(s: BoardState["heard"][number], c: Colors): Part[] {
  const mark: Part =
    s.polarity === "positive"
      ? ["  + ", c.green]
      : s.polarity === "negative"
        ? ["  − ", c.red]
        : ["  ● ", c.bold];
  const minute = s.minute === undefined ? "    " : `${String(s.minute).padStart(3)}′`;
  return [
    mark,
    [minute, c.dim],
    [`  ${s.label}`, c.bold],
    [s.quote ? `  “${s.quote}”` : ""],
    [s.speaker ? ` — ${s.speaker}` : "", c.dim],
  ];
}

/**
 * The live board: where the interview stands against its slot, the read so far, the talk share, and
 * the signals as they were heard with their minute and words. A few lines, each cut to the width, so
 * it can be redrawn in place.
 */
export function renderBoard(state: BoardState, options: BoardOptions): string[] {
  const c = pc.createColors(options.color);
  const width = Math.max(20, options.width);
  const { snapshot } = state;
  const lines: string[] = [];

  const when = whereItStands(state, c);
  const turns = snapshot.turns === 1 ? "1 turn" : `${snapshot.turns} turns`;
  lines.push(fitLine([["● LIVE", c.red], [`  ${state.source}  `], ...when, [`  ·  ${turns}`, c.dim]], width));

  const { read } = snapshot;
  const positives = snapshot.signals.filter((s) => s.polarity === "positive").length;
  const negatives = snapshot.signals.filter((s) => s.polarity === "negative").length;
  lines.push(
    fitLine(
      [
        ["Read so far: "],
        read.thin ? ["too little heard yet", c.dim] : [read.band.toUpperCase(), BAND[read.band](c)],
        [`${read.thin ? "" : ` ${read.score.toFixed(2)}`}  ·  ${positives} positive, ${negatives} negative`],
        [snapshot.provisional ? "  (provisional)" : "", c.dim],
      ],
      width,
    ),
  );

  if (snapshot.talkShare.length > 0) {
    const parts: Part[] = [["Talk: "]];
    snapshot.talkShare.forEach((t, i) => {
      const who = `${t.speaker}${t.isCandidate ? " (you)" : ""} ${Math.round(t.share * 100)}%`;
      parts.push([i === 0 ? who : ` · ${who}`, t.isCandidate ? c.bold : undefined]);
    });
    lines.push(fitLine(parts, width));
  }

  const max = options.maxSignals ?? MAX_SIGNALS;
  const shown = state.heard.slice(-max);
  if (state.heard.length === 0) lines.push(fitLine([["  no signals yet", c.dim]], width));
  if (state.heard.length > shown.length)
    lines.push(fitLine([[`  … ${state.heard.length - shown.length} heard earlier`, c.dim]], width));
  for (const s of shown) lines.push(fitLine(signalParts(s, c), width));
  if (state.notice) lines.push(fitLine([[state.notice, c.yellow]], width));
  lines.push(fitLine([["Ctrl-C: stop and show the full read", c.dim]], width));
  return lines;
}
