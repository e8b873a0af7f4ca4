import type { ReadJson } from "../../api-types.js";
import { PolarityTag } from "../../band-badge.js";
import { humanize } from "../../labels.js";
import { evidenceSource } from "../../read-panel.js";

/** What was stated or inferred about the interview, which changes how signals count. */
export function ContextList({ analysis }: { analysis: ReadJson }) {
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

/** How much each signal counted towards the read, and what changed its weight (under Advanced). */
export function ContributionTable({ analysis }: { analysis: ReadJson }) {
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
