import type { RoundView } from "../../api-types.js";
import { formatDate } from "../../dates.js";

const SETTLED_WORDS: Record<string, string> = {
  offer: "You got an offer",
  rejected: "Closed: rejected",
  withdrew: "Closed: you withdrew",
  ghosted: "Closed: no answer",
};

/**
 * In the read's box of a settled application: what came of it and when it was recorded, and that the
 * read is now the record of how the interview looked, with nothing left to do to change it (and no
 * caveat on what it foretells).
 */
export function SettledLine({ outcome }: { outcome: NonNullable<RoundView["outcome"]> }) {
  const what = SETTLED_WORDS[outcome.outcome] ?? `Closed: ${outcome.outcome}`;
  return (
    <p class={`settled-line settled-${outcome.outcome === "offer" ? "offer" : "closed"}`}>
      <strong>
        {what}, recorded on {formatDate(outcome.recordedAt)}
        {outcome.recordedBy === "email" ? " (from their email)" : ""}.
      </strong>{" "}
      This read is how the interview looked at the time; with the outcome known, there is nothing left to
      change it.
    </p>
  );
}
