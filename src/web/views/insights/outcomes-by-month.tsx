import { useMemo } from "preact/hooks";
import type uPlot from "uplot";
import type { SearchPaceJson } from "../../api-types.js";
import { barsPath, Chart, type ChartOptions, cssColor } from "../../chart.js";
import { plural } from "../../labels.js";

type Month = SearchPaceJson["months"][number];

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const MONTH_SHORT = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

const monthDate = (month: string) => new Date(`${month}-01T12:00:00Z`);

/** "2026-03" → "Mar 2026" */
function monthWords(month: string): string {
  return MONTH_NAME.format(monthDate(month));
}

/** "Mar", with the year under it on January and on the first month shown: "Jan\n2026". */
function tickWords(months: Month[], i: number, first: number): string {
  const m = months[i];
  if (!m) return "";
  const name = MONTH_SHORT.format(monthDate(m.month));
  return i === first || m.month.endsWith("-01") ? `${name}\n${m.month.slice(0, 4)}` : name;
}

/** "Mar 2026: 2 offers, 1 rejection, 1 no answer" (a month with none says so). */
function monthSentence(m: Month): string {
  const parts = [
    m.offers > 0 ? plural(m.offers, "offer") : "",
    m.rejections > 0 ? plural(m.rejections, "rejection") : "",
    m.ghosted > 0 ? `${m.ghosted} no answer` : "",
  ].filter(Boolean);
  return `${monthWords(m.month)}: ${parts.length > 0 ? parts.join(", ") : "no outcome"}`;
}

/**
 * A bar a month, stacked: offers at the bottom, rejections on them, no answers on top. uPlot has no
 * stacking, so each series is a running total drawn over the one before it (the tallest first).
 */
export function outcomesData(months: Month[]): uPlot.AlignedData {
  return [
    months.map((_, i) => i),
    months.map((m) => m.offers + m.rejections + m.ghosted),
    months.map((m) => m.offers + m.rejections),
    months.map((m) => m.offers),
  ];
}

/** Month names along, applications up in whole numbers; as many month names as fit. */
function outcomesOptions(months: Month[]): ChartOptions {
  const most = Math.max(1, ...months.map((m) => m.offers + m.rejections + m.ghosted));
  const text = cssColor("--text", "#1f2328");
  const bar = (label: string, color: string) => ({
    label,
    stroke: color,
    fill: color,
    width: 0,
    paths: barsPath({ size: [0.6, 48] }),
    points: { show: false },
  });
  return {
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.5, months.length - 0.5] }, y: { range: [0, most] } },
    axes: [
      {
        stroke: text,
        label: "month the outcome was said",
        // A name every few months when they would not fit (about 44 px a name).
        splits: (u: uPlot) => {
          const every = Math.max(1, Math.ceil((months.length * 44) / Math.max(1, u.width - 60)));
          return months.map((_, i) => i).filter((i) => (months.length - 1 - i) % every === 0);
        },
        values: (_u: uPlot, splits: number[]) => splits.map((s) => tickWords(months, s, splits[0] ?? 0)),
        size: 52,
        grid: { show: false },
      },
      {
        stroke: text,
        label: "applications",
        size: 44,
        incrs: [1, 2, 5, 10, 20, 50, 100],
        values: (_u: uPlot, splits: number[]) => splits.map((s) => String(Math.round(s))),
        grid: { stroke: "rgba(0,0,0,0.07)" },
      },
    ],
    series: [
      {},
      bar("no answer", cssColor("--chart-silence", "#8c8c8c")),
      bar("rejected", cssColor("--negative", "#b42318")),
      bar("offer", cssColor("--positive", "#1a7f37")),
    ],
  };
}

/**
 * Offers, rejections and no answers month by month, oldest on the left: a stacked bar a month, named
 * in words for a screen reader, and the same figures (with the applications started) as a table.
 */
export function OutcomesByMonth({ months }: { months: Month[] }) {
  const data = useMemo(() => outcomesData(months), [months]);
  const options = useMemo(() => outcomesOptions(months), [months]);
  if (months.length === 0) return null;
  const anyOutcome = months.some((m) => m.offers + m.rejections + m.ghosted > 0);
  return (
    <figure class="figure outcomes-figure">
      <h3 id="ins-months">Offers and rejections over time</h3>
      {anyOutcome ? (
        <Chart
          options={options}
          data={data}
          height={220}
          label={`Outcomes by month, oldest first. ${months.map(monthSentence).join("; ")}.`}
        />
      ) : (
        <p>No offer, rejection or silence recorded yet.</p>
      )}
      <figcaption>
        <span class="legend-item">
          <span class="swatch swatch-box bar-offer" aria-hidden="true" /> offer
        </span>{" "}
        <span class="legend-item">
          <span class="swatch swatch-box bar-rejected" aria-hidden="true" /> rejected
        </span>{" "}
        <span class="legend-item">
          <span class="swatch swatch-box bar-ghosted" aria-hidden="true" /> no answer
        </span>
        <p class="hint">An outcome counts in the month it was said.</p>
        <details>
          <summary>The same as a table</summary>
          <MonthsTable months={months} />
        </details>
      </figcaption>
    </figure>
  );
}

/** Month by month, newest first: applications started ("Applied"), offers, rejections and no answers. */
function MonthsTable({ months }: { months: Month[] }) {
  const rows = [...months].reverse();
  return (
    <table class="months" aria-labelledby="ins-months">
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Applied</th>
          <th scope="col">Offers</th>
          <th scope="col">Rejected</th>
          <th scope="col">No answer</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.month} data-month={m.month}>
            <th scope="row">{monthWords(m.month)}</th>
            <td>{m.started}</td>
            <td>{m.offers}</td>
            <td>{m.rejections}</td>
            <td>{m.ghosted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
