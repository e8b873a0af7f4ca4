import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import type { Insights, SignalInsight } from "../../api-types.js";
import { PolarityTag } from "../../band-badge.js";
import { type DifferenceRow, differenceRows } from "../../insight-rows.js";
import { plural } from "../../labels.js";
import { useSignalLabels } from "../../use-signal-labels.js";
import { CHECK, rateWords, VERDICT } from "./insight-words.js";

/** One row per thing judged against outcomes: how often seen, offers with and without it, the verdict. */
export function JudgedTable({
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
export function points(v: number): string {
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

/** Each signal's difference in offer rate, sorted, on its interval; every figure under Advanced. */
export function SignalsAgainstOutcomes({ insights }: { insights: Insights }) {
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
