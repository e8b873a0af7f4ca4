import type { LiveBoardJson } from "../../api-types.js";
import { BandBadge, PolarityTag } from "../../band-badge.js";
import { readSummaryWords } from "../../labels.js";

/** Minutes as a person says them: "12 min". */
function minutes(n: number | undefined): string {
  return n === undefined ? "not known yet" : `${n} min`;
}

/** One speaker's share of the talk, as words and as a bar. */
function talkItem(t: LiveBoardJson["talkShare"][number]) {
  const percent = Math.round(t.share * 100);
  return (
    <li key={t.speaker} class="live-talk-item">
      <span class="live-talk-name">
        {t.speaker}
        {t.isCandidate ? " (you)" : ""}: {percent}%
      </span>
      <span class="live-bar" aria-hidden="true">
        <span class="live-bar-fill" style={{ width: `${percent}%` }} />
      </span>
    </li>
  );
}

/** The running read: where the interview stands, the band so far, signals newest first, who talked. */
export function Board({ board }: { board: LiveBoardJson }) {
  // Newest first: by minute, and the later-read first within a minute.
  const signals = [...board.signals].reverse().sort((a, b) => (b.minute ?? -1) - (a.minute ?? -1));
  return (
    <section class="live-board" aria-labelledby="live-board-title">
      <h2 id="live-board-title">{board.provisional ? "The read so far" : "The final read"}</h2>
      <p class="live-time">
        Elapsed <strong>{minutes(board.elapsedMinutes)}</strong>
        {board.scheduledMinutes !== undefined ? (
          <>
            {" "}
            of <strong>{board.scheduledMinutes} min</strong> scheduled
          </>
        ) : null}
        {" · "}
        {board.turns} {board.turns === 1 ? "turn" : "turns"} read
      </p>
      <p class="live-band" id="live-band">
        <BandBadge band={board.band} score={board.score} thin={board.thin} />
        {board.provisional ? <span class="so-far"> so far</span> : <span class="so-far"> final</span>}
      </p>
      <p class="why">{readSummaryWords(board.summary)}</p>
      <h3>Signals heard</h3>
      {signals.length === 0 ? (
        <p class="hint">None yet: signals show here as they are heard.</p>
      ) : (
        <ol class="live-signals" aria-live="polite">
          {signals.map((s) => (
            <li key={s.id} class={`signal signal-${s.polarity}`}>
              <p class="signal-title">
                <span class="live-minute">{s.minute === undefined ? "—" : `min ${s.minute}`}</span>{" "}
                <strong>{s.label}</strong> <PolarityTag polarity={s.polarity} />
              </p>
              <blockquote class="quote">
                “{s.quote}”{s.speaker ? <footer>— {s.speaker}</footer> : null}
              </blockquote>
            </li>
          ))}
        </ol>
      )}
      <h3>Who talked</h3>
      {board.talkShare.length === 0 ? (
        <p class="hint">Nobody yet.</p>
      ) : (
        <ul class="live-talk">{board.talkShare.map(talkItem)}</ul>
      )}
    </section>
  );
}
