import { useMemo } from "preact/hooks";
import type uPlot from "uplot";
import type { Insights } from "../../api-types.js";
import { barsPath, Chart, type ChartOptions, cssColor } from "../../chart.js";
import { BAND_ICON, percent, plural } from "../../labels.js";
import { rateWords } from "./insight-words.js";

/** The axes of paired bars: the categories below (slanted when many), whole counts or percentages beside. */
function countAxes(categories: string[], yUnit: string, text: string): uPlot.Axis[] {
  return [
    {
      stroke: text,
      splits: () => categories.map((_, i) => i),
      values: (_u: uPlot, splits: number[]) => splits.map((s) => categories[s] ?? ""),
      grid: { show: false },
      // Many categories: slanted, each label ending at its bar.
      rotate: categories.length > 4 ? 40 : 0,
      size: categories.length > 4 ? 80 : 40,
    },
    {
      stroke: text,
      size: 46,
      // Whole numbers only: these are counts of applications, or percentages.
      incrs: yUnit === "%" ? [10, 20, 25, 50] : [1, 2, 5, 10, 20, 50, 100],
      values: (_u: uPlot, splits: number[]) => splits.map((s) => `${s}${yUnit}`),
      grid: { stroke: "rgba(0,0,0,0.07)" },
    },
  ];
}

/** Two series of bars side by side per category: the first to the left of the tick, the second to the right. */
function pairedBars(
  categories: string[],
  first: { label: string; color: string },
  second: { label: string; color: string },
  yMax: number | undefined,
  yUnit: string,
): ChartOptions {
  const bar = (align: -1 | 1) => barsPath({ size: [0.4, 40], align });
  const text = cssColor("--text", "#1f2328");
  return {
    legend: { show: false },
    cursor: { show: false },
    // Room on the left for the first slanted label.
    padding: [12, 12, 0, categories.length > 4 ? 28 : 0],
    scales: {
      x: { time: false, range: [-0.6, categories.length - 0.4] },
      y:
        yMax === undefined
          ? { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max))] }
          : { range: [0, yMax] },
    },
    axes: countAxes(categories, yUnit, text),
    series: [
      {},
      {
        label: first.label,
        stroke: first.color,
        fill: first.color,
        width: 1,
        paths: bar(-1),
        points: { show: false },
      },
      {
        label: second.label,
        stroke: second.color,
        fill: `${second.color}55`,
        width: 2,
        paths: bar(1),
        points: { show: false },
      },
    ],
  };
}

function Legend({
  first,
  second,
}: {
  first: { label: string; color: string };
  second: { label: string; color: string };
}) {
  return (
    <p class="legend">
      <span class="legend-item">
        <span
          class="swatch swatch-solid"
          aria-hidden="true"
          style={{ background: first.color, borderColor: first.color }}
        />{" "}
        {first.label} (solid, left)
      </span>{" "}
      <span class="legend-item">
        <span
          class="swatch swatch-light"
          aria-hidden="true"
          style={{ background: `${second.color}55`, borderColor: second.color }}
        />{" "}
        {second.label} (light, right)
      </span>
    </p>
  );
}

/** How each band of read ended: offers against no offer, as bars and a table. */
/** Each band's offers, offers not made, and the offer rate, as a table. */
function bandTable(r: Insights["reads"]) {
  return (
    <table class="insight-table stack-table">
      <thead>
        <tr>
          <th scope="col">Band of the read</th>
          <th scope="col">Offers</th>
          <th scope="col">No offer</th>
          <th scope="col">Offer rate</th>
        </tr>
      </thead>
      <tbody>
        {r.bands.map((b) => (
          <tr key={b.band}>
            <th scope="row">
              <span aria-hidden="true">{BAND_ICON[b.band]} </span>
              {b.band}
            </th>
            <td class="num" data-label="Offers">
              {b.offers}
            </td>
            <td class="num" data-label="No offer">
              {b.notOffers}
            </td>
            <td data-label="Offer rate">{rateWords(b.offerRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Advanced: the reads' Brier score against always guessing the offer rate, and how often an offer scored higher. */
function brierDetails(r: Insights["reads"]) {
  if (!r.brier) return null;
  return (
    <details class="advanced">
      <summary>Advanced: how well the reads scored</summary>
      <p>
        Brier score (lower is better): {r.brier.read.toFixed(3)} for the reads, {r.brier.baseRate.toFixed(3)}{" "}
        for always guessing the overall offer rate ({percent(r.brier.rate)}
        ):{" "}
        {r.brier.verdict === "read-better"
          ? "the reads did better than that guess"
          : r.brier.verdict === "base-rate-better"
            ? "the plain guess did better than the reads"
            : "the same"}
        {r.enoughToJudge ? "." : ", on too few cases to mean much."}
        {r.auc !== undefined
          ? ` An offer's read scored above a non-offer's ${percent(r.auc)} of the time.`
          : ""}
      </p>
    </details>
  );
}

export function ReadsAgainstOutcomes({ insights }: { insights: Insights }) {
  const r = insights.reads;
  const categories = r.bands.map((b) => b.band);
  const series = useMemo(
    () => ({
      first: { label: "offers", color: cssColor("--positive", "#1a7f37") },
      second: { label: "no offer", color: cssColor("--negative", "#b42318") },
    }),
    [],
  );
  const data = useMemo(
    (): uPlot.AlignedData => [
      r.bands.map((_, i) => i),
      r.bands.map((b) => b.offers),
      r.bands.map((b) => b.notOffers),
    ],
    [r],
  );
  const options = useMemo(
    () => pairedBars(categories, series.first, series.second, undefined, ""),
    [categories.join("|"), series],
  );
  return (
    <section aria-labelledby="ins-reads">
      <h2 id="ins-reads">Reads against outcomes</h2>
      <p>
        {r.judged === 0
          ? "No decided application had a read made before its outcome, so the reads cannot be judged yet."
          : `${plural(r.judged, "decided application")} had a read made before the outcome (${plural(r.offers, "offer")}, ${r.notOffers} not)${r.unread > 0 ? `; ${r.unread} had none and are counted only` : ""}.`}
        {!r.enoughToJudge && r.judged > 0 ? " Too few to judge the reads: treat these as anecdotes." : ""}
      </p>
      {r.judged > 0 ? (
        <figure class="figure">
          <Chart
            options={options}
            data={data}
            height={220}
            label={`Outcomes by band: ${r.bands.map((b) => `${b.band}: ${b.offers} offers, ${b.notOffers} not`).join("; ")}`}
          />
          <figcaption>
            <Legend first={series.first} second={series.second} />
          </figcaption>
        </figure>
      ) : null}
      {bandTable(r)}
      {brierDetails(r)}
    </section>
  );
}
