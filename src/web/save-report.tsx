import type { SaveResult } from "./api-types.js";
import { Link } from "./link.js";
import { applicationHref, interviewHref } from "./parse-route.js";

/** What a save filed, with links to the application and round; what was there before; what was not stored. */
export function SaveReport({ result }: { result: SaveResult }) {
  return (
    <div class="saved" role="status">
      {result.filed.length === 0 ? (
        <p>Nothing new was stored{result.duplicates.length > 0 ? ": all of it was saved before" : ""}.</p>
      ) : (
        <ul>
          {result.filed.map((f) => (
            <li key={f.applicationId}>
              Saved under <Link href={applicationHref(f.applicationId)}>{f.company}</Link>
              {f.round ? (
                <>
                  , <Link href={interviewHref(f.applicationId, f.round.number)}>round {f.round.number}</Link>
                </>
              ) : null}
              .
            </li>
          ))}
        </ul>
      )}
      {result.duplicates.length > 0 ? <p>Stored before, unchanged: {result.duplicates.join(", ")}.</p> : null}
      {result.skipped.length > 0 ? (
        <p>Not stored: {result.skipped.map((s) => `${s.source} (${s.reason})`).join("; ")}.</p>
      ) : null}
    </div>
  );
}
