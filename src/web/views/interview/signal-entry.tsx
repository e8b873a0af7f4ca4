import type { SignalJson } from "../../api-types.js";
import { PolarityTag } from "../../band-badge.js";
import { EvidenceSource } from "../../read-panel.js";
import type { Placed } from "./place-evidence.js";

/** A signal in the list: its label and quotes, each a button that jumps to its words in the text. */
export function SignalEntry({
  signal,
  placed,
  active,
  onJump,
}: {
  signal: SignalJson;
  placed: Placed[];
  active: string | undefined;
  onJump: (key: string) => void;
}) {
  const first = placed.find((p) => p.located);
  const isActive = placed.some((p) => p.key === active);
  return (
    <li class={`signal signal-${signal.polarity}${isActive ? " is-active" : ""}`}>
      {first ? (
        <button type="button" class="signal-jump" aria-pressed={isActive} onClick={() => onJump(first.key)}>
          <PolarityTag polarity={signal.polarity} /> <span class="signal-label">{signal.label}</span>
        </button>
      ) : (
        <p class="signal-static">
          <PolarityTag polarity={signal.polarity} /> <span class="signal-label">{signal.label}</span>
        </p>
      )}
      <ul class="evidence-list">
        {placed.map((p, i) => (
          <li key={p.key} class="evidence-item">
            <span class="quote">{p.evidence.isFact ? p.evidence.quote : `“${p.evidence.quote}”`}</span>{" "}
            <span class="evidence-source">
              <EvidenceSource evidence={p.evidence} />
            </span>
            {p.located && placed.length > 1 ? (
              <>
                {" "}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => onJump(p.key)}
                  aria-label={`Show quote ${i + 1} of ${placed.length}: ${signal.label}`}
                >
                  Show quote {i + 1} of {placed.length}
                </button>
              </>
            ) : null}
            {p.located?.isApproximate ? (
              <span class="hint"> (not word for word: the line it names is marked)</span>
            ) : null}
            {!p.located && !p.evidence.isFact ? (
              <span class="hint"> (not found in this round's text)</span>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  );
}
