import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import type uPlot from "uplot";
import { readInsights, readSearchPace } from "./api.js";
import type { Insights, OwnSenseInsight, RateJson, SearchPaceJson, SignalInsight } from "./api-types.js";
import { PolarityTag } from "./band-badge.js";
import { barsPath, Chart, type ChartOptions, cssColor } from "./chart.js";
import { type DifferenceRow, differenceRows } from "./insight-rows.js";
import { BAND_ICON, percent, plural } from "./labels.js";
import { usePageTitle } from "./page-title.js";
import { Problem } from "./problem.js";
import { useApi } from "./use-api.js";
import { useSignalLabels } from "./use-signal-labels.js";

const VERDICT: Record<SignalInsight["verdict"], string> = {
  "too-few": "too few to tell",
  "before-offers": "came before offers",
  "before-rejections": "came before rejections",
  "no-clear-link": "no clear link",
};

const CHECK: Record<SignalInsight["polarityCheck"], string> = {
  agrees: "in line with its polarity",
  disagrees: "against its polarity",
  "no-direction": "no direction yet",
};

/** "2 of 3 (67%, 95% interval 21–94%)" */
function rateWords(r: SignalInsight["with"]): string {
  if (r.decided === 0) return "none decided";
  return `${r.offers} of ${r.decided} (${percent(r.rate)}; 95% interval ${percent(r.ci.low)}–${percent(r.ci.high)})`;
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
    axes: [
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
    ],
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

function Caveats({ insights }: { insights: Insights }) {
  const t = insights.totals;
  return (
    <section class="caveat-box" aria-labelledby="ins-caveats">
      <h2 id="ins-caveats">
        <span aria-hidden="true">ℹ </span>How much this can say
      </h2>
      <p>
        {plural(t.applications, "application")} in all: {t.decided} decided ({plural(t.offers, "offer")},{" "}
        {t.rejected} rejected, {t.ghosted} ghosted), {t.withdrew} withdrawn by you (left out of every figure),{" "}
        {t.open} still open.
      </p>
      {t.enoughToLearn ? (
        <p>
          That is enough to start looking for patterns, not to prove them: each figure has its 95% interval,
          and a wide one means "not known yet".
        </p>
      ) : (
        <p class="warning">
          <strong>
            With {t.decided === 0 ? "no" : `only ${t.decided}`} decided{" "}
            {t.decided === 1 ? "application" : "applications"}, no pattern here means anything yet
          </strong>
          : {plural(t.needMore, "more decided application")} before these figures say something. The counts
          below are shown as they are, not as a pattern.
        </p>
      )}
      <p>
        Overall:{" "}
        {t.offerRate.decided === 0
          ? "no decided applications yet"
          : `${rateWords(t.offerRate)} ended in an offer`}
        .
      </p>
    </section>
  );
}

function ReadsAgainstOutcomes({ insights }: { insights: Insights }) {
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
      {r.brier ? (
        <details class="advanced">
          <summary>Advanced: how well the reads scored</summary>
          <p>
            Brier score (lower is better): {r.brier.read.toFixed(3)} for the reads,{" "}
            {r.brier.baseRate.toFixed(3)} for always guessing the overall offer rate ({percent(r.brier.rate)}
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
      ) : null}
    </section>
  );
}

/** One row per thing judged against outcomes: how often seen, offers with and without it, the verdict. */
function JudgedTable({
  columns,
  rows,
}: {
  columns: [string, string, string, string, string];
  rows: {
    key: string;
    head: ComponentChildren;
    judged: Pick<SignalInsight, "seen" | "with" | "without" | "verdict">;
    note: string;
  }[];
}) {
  const [, seen, withIt, without, verdict] = columns;
  return (
    <div class="table-wrap">
      <table class="insight-table stack-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.head}</th>
              <td class="num" data-label={seen}>
                {r.judged.seen}
              </td>
              <td data-label={withIt}>{rateWords(r.judged.with)}</td>
              <td data-label={without}>{rateWords(r.judged.without)}</td>
              <td data-label={verdict}>
                {VERDICT[r.judged.verdict]}
                {r.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "+40 points" */
function points(v: number): string {
  const n = Math.round(v * 100);
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n)} points`;
}

/** Where a difference in [−1, 1] sits on the track, in percent from the left. */
const place = (v: number) => `${((Math.max(-1, Math.min(1, v)) + 1) / 2) * 100}%`;

/** A dot per signal (its difference in offer rate) on its 95% interval, sorted, with n: read at a glance. */
function DotChart({ rows, label }: { rows: DifferenceRow[]; label: (id: string) => string }) {
  return (
    <figure class="figure dot-chart">
      <ul class="dot-rows" aria-label="Difference in offer rate with each signal, largest first">
        {rows.map((r) => (
          <li key={r.id} class={`dot-row dot-${r.verdict}`} data-value={r.value}>
            <span class="dot-label">
              {label(r.id)}{" "}
              <span class="hint">
                (n = {r.withN} with, {r.withoutN} without)
              </span>
            </span>
            <span class="dot-track" aria-hidden="true">
              <span class="dot-zero" />
              <span
                class="dot-ci"
                style={{ left: place(r.low), width: `${((r.high - r.low) / 2) * 100}%` }}
              />
              <span class="dot" style={{ left: place(r.value) }} />
            </span>
            <span class="dot-words">
              {points(r.value)}{" "}
              <span class="hint">
                (95% interval {points(r.low)} to {points(r.high)}: {VERDICT[r.verdict]})
              </span>
            </span>
          </li>
        ))}
      </ul>
      <figcaption class="hint">
        Each dot is how much more often (right of the middle line) or less often (left) applications with the
        signal ended in an offer; its line is the range the true figure likely lies in. A line across the
        middle means no clear link yet. n counts decided applications.
      </figcaption>
    </figure>
  );
}

function SignalsAgainstOutcomes({ insights }: { insights: Insights }) {
  const signals = insights.signals;
  const label = useSignalLabels();
  const rows = useMemo(() => differenceRows(signals), [signals]);
  if (signals.length === 0) {
    return (
      <section aria-labelledby="ins-signals">
        <h2 id="ins-signals">Signals against outcomes</h2>
        <p>No signals have been seen in the workspace yet.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="ins-signals">
      <h2 id="ins-signals">Signals against outcomes</h2>
      <p>
        For each signal with enough decided applications: did applications that had it end in an offer more
        often than those without it?
      </p>
      {rows.length > 0 ? (
        <DotChart rows={rows} label={label} />
      ) : (
        <p class="hint">
          No signal has enough decided applications to compare yet
          {insights.totals.needMore > 0
            ? ` (${plural(insights.totals.needMore, "more decided application")} needed)`
            : ""}
          .
        </p>
      )}
      <details class="advanced">
        <summary>Advanced: every signal's figures</summary>
        <JudgedTable
          columns={["Signal", "Applications with it", "With it: offers", "Without it: offers", "Verdict"]}
          rows={signals.map((s) => ({
            key: s.id,
            head: (
              <>
                <PolarityTag polarity={s.polarity} /> {label(s.id)}
              </>
            ),
            judged: s,
            note: s.polarityCheck !== "no-direction" ? `; so far ${CHECK[s.polarityCheck]}` : "",
          }))}
        />
      </details>
    </section>
  );
}

/** "of 8 (38%; likely between 14% and 69%)": a rate of all applied with its 95% interval. */
function ofWords(r: RateJson): string {
  return `of ${r.of} (${percent(r.n / r.of)}; likely between ${percent(r.low)} and ${percent(r.high)})`;
}

/** "4 days", "1 day", "half a day" */
function dayWords(days: number): string {
  if (days < 1) return days < 0.75 ? "less than a day" : "about a day";
  const n = Math.round(days);
  return plural(n, "day");
}

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-03" → "Mar 2026" */
function monthWords(month: string): string {
  return MONTH_NAME.format(new Date(`${month}-01T12:00:00Z`));
}

/**
 * The search itself: a funnel from applied to interview to offer with each rate's interval, how many
 * heard back, how long replies take, and offers and rejections month by month.
 */
function YourSearch({ pace }: { pace: SearchPaceJson }) {
  const f = pace.funnel;
  const steps = [
    { key: "interviewed", label: "Got an interview", rate: f.interviewed },
    { key: "offers", label: "Got an offer", rate: f.offers },
  ];
  return (
    <section aria-labelledby="ins-search">
      <h2 id="ins-search">Your search</h2>
      {f.applied === 0 ? (
        <p>No applications yet.</p>
      ) : (
        <>
          <ol class="funnel" aria-label="From applied to offer">
            <li class="funnel-step funnel-applied" data-count={f.applied}>
              <span class="funnel-label">
                Applied: <strong>{f.applied}</strong>
              </span>
              <span class="funnel-bar" aria-hidden="true">
                <span class="funnel-fill" style={{ width: "100%" }} />
              </span>
            </li>
            {steps.map((s) => (
              <li key={s.key} class={`funnel-step funnel-${s.key}`} data-count={s.rate.n}>
                <span class="funnel-label">
                  {s.label}: <strong>{s.rate.n}</strong>
                  <span class="hint"> {ofWords(s.rate)}</span>
                </span>
                <span class="funnel-bar" aria-hidden="true">
                  <span
                    class="funnel-fill"
                    style={{ width: `${Math.max((s.rate.n / s.rate.of) * 100, s.rate.n > 0 ? 2 : 0)}%` }}
                  />
                  <span
                    class="funnel-ci"
                    style={{ left: `${s.rate.low * 100}%`, width: `${(s.rate.high - s.rate.low) * 100}%` }}
                  />
                </span>
              </li>
            ))}
          </ol>
          <p class="hint">
            The thin line on each bar is the range the true rate likely lies in (95%): with few applications
            it is wide.
          </p>
          <p>
            Heard back from {f.heardBack.n} {ofWords(f.heardBack)}: a message or an interview. {f.rejected}{" "}
            rejected, {f.ghosted} went silent for good.
          </p>
          <h3>Days to reply</h3>
          <ReplyWords reply={pace.reply} />
          <OutcomesByMonth months={pace.months} />
        </>
      )}
    </section>
  );
}

function ReplyWords({ reply }: { reply: SearchPaceJson["reply"] }) {
  const waiting = reply.waiting > 0 ? ` ${plural(reply.waiting, "application")} still without a reply.` : "";
  if (reply.n === 0 || reply.medianDays === undefined)
    return (
      <p class="reply-days">
        No reply to time yet: it counts from your first message (or the day you added an application by hand)
        to their first email after it.{waiting}
      </p>
    );
  return (
    <p class="reply-days">
      Companies took <strong>{dayWords(reply.medianDays)}</strong> to reply (the median of{" "}
      {plural(reply.n, "reply", "replies")}
      {reply.n >= 4 && reply.lowDays !== undefined && reply.highDays !== undefined
        ? `; the middle half took ${dayWords(reply.lowDays)} to ${dayWords(reply.highDays)}`
        : ""}
      ), from your first message to their first email.{waiting}
    </p>
  );
}

/** Month by month, newest first: applications started ("Applied"), offers, rejections and no answers. */
function OutcomesByMonth({ months }: { months: SearchPaceJson["months"] }) {
  if (months.length === 0) return null;
  const rows = [...months].reverse();
  const most = Math.max(1, ...months.map((m) => m.offers + m.rejections + m.ghosted));
  return (
    <>
      <h3 id="ins-months">Offers and rejections over time</h3>
      <table class="months" aria-labelledby="ins-months">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Applied</th>
            <th scope="col">Offers</th>
            <th scope="col">Rejected</th>
            <th scope="col">No answer</th>
            <th scope="col" class="months-bar-head">
              <span class="visually-hidden">As bars</span>
            </th>
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
              <td class="months-bar" aria-hidden="true">
                <span class="bar-offer" style={{ width: `${(m.offers / most) * 100}%` }} />
                <span class="bar-rejected" style={{ width: `${(m.rejections / most) * 100}%` }} />
                <span class="bar-ghosted" style={{ width: `${(m.ghosted / most) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">
        Offers in green, rejections in red, no answer in grey; an outcome counts in the month it was said.
      </p>
    </>
  );
}

/** Insights: outcomes against reads and signals, with counts and honest caveats. */
const GUT: Record<OwnSenseInsight["lean"], string> = {
  well: "It went well",
  badly: "It went badly",
};

/** The candidate's gut against their outcomes: seed 001 says trust it, but be fair to yourself. */
function OwnSenseAgainstOutcomes({ insights }: { insights: Insights }) {
  if (insights.ownSense.length === 0) return null;
  return (
    <section aria-labelledby="ins-own-sense">
      <h2 id="ins-own-sense">Your own sense against outcomes</h2>
      <p>
        What your notes said of how it went, against how those applications ended. Only decided applications
        count.
      </p>
      <JudgedTable
        columns={["Your notes said", "Applications", "Then: offers", "Otherwise: offers", "So far"]}
        rows={insights.ownSense.map((o) => ({
          key: o.lean,
          head: GUT[o.lean],
          judged: o,
          note:
            o.verdict !== "too-few" && o.polarityCheck === "disagrees"
              ? "; your outcomes have not followed this feeling"
              : "",
        }))}
      />
    </section>
  );
}

export function InsightsView() {
  const loaded = useApi(
    (signal) =>
      Promise.all([readInsights(signal), readSearchPace(signal)]).then(([insights, pace]) => ({
        insights,
        pace,
      })),
    [],
  );
  usePageTitle("Insights");
  return (
    <>
      <h1>Insights</h1>
      {loaded.error ? (
        <Problem message={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <div class="insights">
          <YourSearch pace={loaded.data.pace} />
          <Caveats insights={loaded.data.insights} />
          <SignalsAgainstOutcomes insights={loaded.data.insights} />
          <OwnSenseAgainstOutcomes insights={loaded.data.insights} />
          <ReadsAgainstOutcomes insights={loaded.data.insights} />
        </div>
      ) : (
        <p role="status">Loading the insights…</p>
      )}
    </>
  );
}
