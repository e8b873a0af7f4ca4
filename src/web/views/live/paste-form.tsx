import type { Ref } from "preact";

/** The caption lines box while a pasted live read runs: Add lines sends them to the read. */
export function LivePasteForm({
  lines,
  busy,
  box,
}: {
  /** The lines typed and not sent yet, and how to change and send them. */
  lines: { chunk: string; setChunk: (text: string) => void; send: () => void };
  busy: boolean;
  box: Ref<HTMLTextAreaElement>;
}) {
  const { chunk, setChunk, send } = lines;
  return (
    <form
      class="live-paste card"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label for="live-chunk">Caption lines</label>
      <textarea
        id="live-chunk"
        ref={box}
        rows={5}
        value={chunk}
        aria-describedby="live-chunk-hint"
        onInput={(e) => setChunk(e.currentTarget.value)}
      />
      <p class="hint" id="live-chunk-hint">
        Lines like “Name: what they said”, or captions. The last turn is read once the next one comes, or at
        Finish.
      </p>
      <button type="submit" disabled={busy || chunk.trim() === ""}>
        Add lines
      </button>
    </form>
  );
}
