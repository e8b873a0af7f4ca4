import { useMemo } from "preact/hooks";
import type uPlot from "uplot";
import type { ReadJson } from "../../api-types.js";
import { PolarityTag, Sign } from "../../band-badge.js";
import { barsPath, Chart, type ChartOptions, cssColor, pointsOnly } from "../../chart.js";
import { formatClock } from "../../dates.js";
import { percent } from "../../labels.js";
import type { Placed } from "./place-evidence.js";

const shortLabel = (label: string, max = 17) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/** In the read's box: how long it ran against its booking, and how much of the talking was yours. */
export function LengthAndTalk({ analysis }: { analysis: ReadJson }) {
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

/** How long it was booked for against how long the transcript runs. */
export function LengthLine({ analysis }: { analysis: ReadJson }) {
  const { scheduledMinutes, actualMinutes } = analysis.length;
  if (scheduledMinutes === undefined && actualMinutes === undefined) return null;
  return (
    <p>
      {scheduledMinutes !== undefined ? `Booked for ${scheduledMinutes} minutes` : "No booked length"}
      {actualMinutes !== undefined ? `; the transcript runs ${actualMinutes} minutes.` : "."}
    </p>
  );
}

/** A point per piece of timed evidence, at its minute, on its signal's row: positives and negatives apart. */
function signalMinutesData(timed: Placed[], rows: Placed["signal"][]): uPlot.AlignedData {
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
}

/** The signals' chart: minutes along, a row per signal, ＋ filled and － hollow. */
function signalMinutesOptions(
  data: uPlot.AlignedData,
  rows: Placed["signal"][],
  analysis: ReadJson,
): ChartOptions {
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
}

/** Where each signal's evidence fell, minute by minute: a row per signal, ＋ filled and － hollow. */
export function SignalMinutesChart({ placed, analysis }: { placed: Placed[]; analysis: ReadJson }) {
  const timed = useMemo(
    () => placed.filter((p) => p.seconds !== undefined).sort((a, b) => (a.seconds ?? 0) - (b.seconds ?? 0)),
    [placed],
  );
  const rows = useMemo(() => [...new Set(timed.map((p) => p.signal))], [timed]);
  const data = useMemo(() => signalMinutesData(timed, rows), [timed, rows]);
  const options = useMemo(() => signalMinutesOptions(data, rows, analysis), [data, rows, analysis]);
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

/** The talk-share bars: a bar a speaker, in percent of the words. */
function talkShareOptions(shares: ReadJson["talkShare"]): ChartOptions {
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
}

/** Each speaker's share of the words, as bars, and as a list. */
export function TalkShareChart({ analysis }: { analysis: ReadJson }) {
  const shares = analysis.talkShare;
  const data = useMemo(
    (): uPlot.AlignedData => [shares.map((_, i) => i), shares.map((s) => Math.round(s.share * 1000) / 10)],
    [shares],
  );
  const options = useMemo(() => talkShareOptions(shares), [shares]);
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
