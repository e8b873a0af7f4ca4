import type { Picked } from "./pick-files.js";

/** The files picked so far, each with a button to take it out again. */
export function PickedFiles({
  files,
  label,
  showSize = false,
  onRemove,
}: {
  files: Picked[];
  label: string;
  showSize?: boolean;
  onRemove: (name: string) => void;
}) {
  if (files.length === 0) return null;
  return (
    <ul class="files" aria-label={label}>
      {files.map((f) => (
        <li key={f.name}>
          <span class="file-name">{f.name}</span>{" "}
          {showSize ? <span class="file-size">({Math.ceil(f.size / 1024)} KB)</span> : null}
          {showSize ? " " : null}
          <button
            type="button"
            class="link-button"
            aria-label={`Remove ${f.name}`}
            onClick={() => onRemove(f.name)}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
