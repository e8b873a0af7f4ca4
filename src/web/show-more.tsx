import { NEXT_BATCH } from "./batches.js";

/** "Show 50 more (330 not shown)" under a long list; `where` names the list to a screen reader. */
export function ShowMore({ rest, where, onClick }: { rest: number; where: string; onClick: () => void }) {
  if (rest <= 0) return null;
  return (
    <button type="button" class="show-more" onClick={onClick}>
      Show {Math.min(rest, NEXT_BATCH)} more<span class="visually-hidden"> in {where}</span> ({rest} not
      shown)
    </button>
  );
}
