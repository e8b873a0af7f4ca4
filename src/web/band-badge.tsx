import type { Band } from "./api-types.js";
import { BAND_ICON, isBand, POLARITY_ICON } from "./labels.js";

/** A read's band: a sign and the word, coloured as well (never colour alone). */
export function BandBadge({
  band,
  score,
  thin,
}: {
  band: Band | string | null | undefined;
  score?: number | null;
  /** Too little to read: no band is shown, only that. */
  thin?: boolean | undefined;
}) {
  if (!isBand(band)) return <span class="band band-none">no read yet</span>;
  if (thin) return <span class="band band-none band-thin">Too little to read yet</span>;
  return (
    <span class={`band band-${band}`}>
      <span aria-hidden="true">{BAND_ICON[band]}</span> <span class="band-word">{band}</span>
      {typeof score === "number" ? <span class="band-score"> · score {score.toFixed(2)}</span> : null}
    </span>
  );
}

function kindOf(polarity: string): "pos" | "neg" | "out" {
  return polarity === "positive" ? "pos" : polarity === "negative" ? "neg" : "out";
}

/**
 * The sign of a polarity: ＋, － or ●. The fullwidth signs stay in the text (to copy, to search) but are
 * missing from many fonts, so the stylesheet draws them (`.sign`) rather than show a box.
 */
export function Sign({ polarity }: { polarity: string }) {
  return (
    <span class={`sign sign-${kindOf(polarity)}`} aria-hidden="true">
      {POLARITY_ICON[polarity] ?? "●"}
    </span>
  );
}

/** "＋ positive" / "－ negative": the sign and the word. */
export function PolarityTag({ polarity }: { polarity: string }) {
  return (
    <span class={`polarity polarity-${kindOf(polarity)}`}>
      <Sign polarity={polarity} /> {polarity}
    </span>
  );
}
