import { readInsights, readSearchPace } from "./api.js";
import type { Insights } from "./api-types.js";
import { plural } from "./labels.js";
import { usePageTitle } from "./page-title.js";
import { Problem } from "./problem.js";
import { useApi } from "./use-api.js";
import { rateWords } from "./views/insights/insight-words.js";
import { OwnSenseAgainstOutcomes } from "./views/insights/own-sense.js";
import { ReadsAgainstOutcomes } from "./views/insights/reads-against-outcomes.js";
import { SignalsAgainstOutcomes } from "./views/insights/signals-against-outcomes.js";
import { YourSearch } from "./views/insights/your-search.js";

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

/**
 * Insights: the search itself first, then what the reads and signals have said against the outcomes.
 * Each part is drawn as soon as its answer is here: the search does not wait for the rest.
 */
export function InsightsView() {
  const pace = useApi((signal) => readSearchPace(signal), []);
  const insights = useApi((signal) => readInsights(signal), []);
  usePageTitle("Insights");
  const waiting = (!pace.data && !pace.error) || (!insights.data && !insights.error);
  const problem = pace.error ?? insights.error;
  return (
    <>
      <h1>Insights</h1>
      {problem ? (
        <Problem
          message={problem}
          onRetry={() => {
            if (pace.error) pace.reload();
            if (insights.error) insights.reload();
          }}
        />
      ) : null}
      <div class="insights">
        {pace.data ? <YourSearch pace={pace.data} /> : null}
        {insights.data ? (
          <>
            <Caveats insights={insights.data} />
            <SignalsAgainstOutcomes insights={insights.data} />
            <OwnSenseAgainstOutcomes insights={insights.data} />
            <ReadsAgainstOutcomes insights={insights.data} />
          </>
        ) : null}
        {waiting ? <p role="status">Loading the insights…</p> : null}
      </div>
    </>
  );
}
