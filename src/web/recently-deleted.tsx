import { listDeleted } from "./api.js";
import type { DeletedApplication } from "./api-types.js";
import { type Clock, formatExact, formatTime } from "./dates.js";
import { restoreDeleted } from "./pending-delete.js";
import { useApi } from "./use-api.js";

/**
 * "Recently deleted" on the Pipeline: what the server can still put back, each with the time its
 * window closes (the server's, in the candidate's zone) and a button that puts it back. Read again
 * whenever a delete or a restore is made here (`generation`); shown only when there is something.
 */
export function RecentlyDeleted({
  generation,
  clock,
  onRestored,
}: {
  generation: number;
  clock: Clock;
  onRestored: (entry: DeletedApplication) => void;
}) {
  const loaded = useApi((signal) => listDeleted(signal), [generation]);
  const open = (loaded.data ?? []).filter((d) => Date.parse(d.restorableUntil) >= clock.now);
  if (open.length === 0) return null;
  return (
    <section class="recently-deleted" aria-labelledby="recently-deleted">
      <h2 id="recently-deleted">Recently deleted</h2>
      <p class="hint">
        Put one back as it was, until the time given. After that, a copy of it stays in the folder of the
        workspace, to import by hand.
      </p>
      <ul class="deleted-list">
        {open.map((d) => (
          <li key={d.applicationId} class="deleted-item">
            <span>
              <strong>{d.company}</strong>: deleted at{" "}
              <time dateTime={d.deletedAt} title={formatExact(d.deletedAt, clock.timeZone)}>
                {formatTime(d.deletedAt, clock.timeZone)}
              </time>
              , can be put back until{" "}
              <time dateTime={d.restorableUntil} title={formatExact(d.restorableUntil, clock.timeZone)}>
                {formatTime(d.restorableUntil, clock.timeZone)}
              </time>
              .
            </span>{" "}
            <button
              type="button"
              onClick={async () => {
                if (await restoreDeleted({ id: d.applicationId, company: d.company })) onRestored(d);
              }}
            >
              Put back {d.company}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
