import type { Insights, OwnSenseInsight } from "../../api-types.js";
import { JudgedTable } from "./signals-against-outcomes.js";

/** Insights: outcomes against reads and signals, with counts and honest caveats. */
const GUT: Record<OwnSenseInsight["lean"], string> = {
  well: "It went well",
  badly: "It went badly",
};

/** The candidate's gut against their outcomes: seed 001 says trust it, but be fair to yourself. */
export function OwnSenseAgainstOutcomes({ insights }: { insights: Insights }) {
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
