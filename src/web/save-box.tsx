import type { SaveResult } from "./api-types.js";
import { Link } from "./link.js";
import { applicationHref, interviewHref } from "./parse-route.js";

/** What a save filed, with links to the application and round; what was there before; what was not stored. */
function SaveReport({ result }: { result: SaveResult }) {
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

/** "Keep it": the application to file under, the Save button, and what the save did or why it failed. */
export function SaveBox(props: {
  /** Prefix of the element ids ("quick", "live"). */
  id: string;
  heading: "h2" | "h3";
  /** What a save stores, said in the hint. */
  hint: string;
  /** The label of the application field. */
  applicationLabel: string;
  application: string;
  onApplication: (value: string) => void;
  onSave: () => void;
  saving: boolean;
  error: string;
  saved: SaveResult | undefined;
}) {
  const Heading = props.heading;
  return (
    <div class="save">
      <Heading id={`${props.id}-save`}>Keep it</Heading>
      <p class="hint">{props.hint}</p>
      <label for={`${props.id}-application`}>{props.applicationLabel}</label>
      <input
        id={`${props.id}-application`}
        type="text"
        value={props.application}
        onInput={(e) => props.onApplication(e.currentTarget.value)}
      />
      <button type="button" class="primary" onClick={props.onSave} disabled={props.saving}>
        {props.saving ? "Saving…" : "Save to workspace"}
      </button>
      {props.error ? (
        <p class="error" role="alert">
          Not saved: {props.error}
        </p>
      ) : null}
      {props.saved ? <SaveReport result={props.saved} /> : null}
    </div>
  );
}
