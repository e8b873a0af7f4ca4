import { whyPieces } from "./source-chips.js";

/** A plan's reason as a paragraph: its cited files as chips ("notes", "email") with the file on hover. */
export function WhyText({ why }: { why: string }) {
  return (
    <p class="why">
      {whyPieces(why).map((piece, i) =>
        piece.kind === "text" ? (
          piece.text
        ) : (
          <span key={i} class="source-chip" title={`From ${piece.detail}`}>
            {piece.label}
          </span>
        ),
      )}
    </p>
  );
}
