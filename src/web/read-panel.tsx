import type { ComponentChildren } from "preact";
import type { ActionJson, Evidence, OwnSenseJson, ReadJson } from "./api-types.js";
import { BandBadge, PolarityTag, Sign } from "./band-badge.js";
import { formatExact, relativeDue } from "./dates.js";
import { DraftBox } from "./draft-box.js";
import { actionLabel, draftSubject, readSummaryWords } from "./labels.js";
import { sourceLabel } from "./source-chips.js";
import { useClock } from "./use-clock.js";
import { WhyText } from "./why-text.js";

/** Where a piece of evidence came from, in a few words: "Rafael Ortiz · transcript.vtt 00:41:12". */
export function evidenceSource(e: Evidence): string {
  const where = e.at
    ? `${e.source} ${e.at}`
    : e.line !== undefined
      ? `${e.source}, line ${e.line}`
      : e.source;
  const who = e.speaker ?? e.message?.from;
  return [who, where, e.isFact ? "worked out from the material" : undefined].filter(Boolean).join(" · ");
}

/**
 * Where a piece of evidence came from, for a job seeker: who said it, then a chip naming the kind of
 * source ("transcript 41:12", "notes", "email") with the file and place on hover.
 */
export function EvidenceSource({ evidence: e }: { evidence: Evidence }) {
  const who = e.speaker ?? e.message?.from;
  const detail = e.at
    ? `${e.source} ${e.at}`
    : e.line !== undefined
      ? `${e.source}, line ${e.line}`
      : e.source;
  const label = sourceLabel(e.source);
  return (
    <>
      {who ? `${who} · ` : ""}
      <span class="source-chip" title={`From ${detail}`}>
        {label}
        {e.at && label === "transcript" ? ` ${e.at.replace(/^00:/, "").replace(/^0(\d)/, "$1")}` : ""}
      </span>
      {e.isFact ? " · worked out from the material" : ""}
    </>
  );
}

export function EvidenceQuote({ evidence }: { evidence: Evidence }) {
  return (
    <figure class={`evidence${evidence.isFact ? " evidence-fact" : ""}`}>
      <blockquote class="quote">{evidence.isFact ? evidence.quote : `“${evidence.quote}”`}</blockquote>
      <figcaption class="evidence-source">
        <EvidenceSource evidence={evidence} />
      </figcaption>
    </figure>
  );
}

/** One step of the plan: when, as the Next steps page says it (the exact time on hover), why, its draft. */
export function ActionItem({ action, company }: { action: ActionJson; company?: string }) {
  const clock = useClock();
  return (
    <li class={`action${action.done ? " action-done" : ""}`}>
      <h3 class="action-title">
        {action.done ? <span class="done-tag">✓ done</span> : null} {actionLabel(action.kind)}
        {action.due && !action.done ? (
          <span class="due">
            {" · "}
            <time dateTime={action.due} title={formatExact(action.due, clock.timeZone)}>
              {relativeDue(action.due, clock).toLowerCase()}
            </time>
          </span>
        ) : null}
      </h3>
      <WhyText why={action.why} />
      {action.text && !action.done ? (
        <DraftBox
          text={action.text}
          subject={draftSubject(action.kind, company)}
          label={`${actionLabel(action.kind)}: draft`}
        />
      ) : null}
    </li>
  );
}

const LEAN_WORDS = {
  well: "You feel it went well",
  badly: "You feel it went badly",
  mixed: "You feel parts went well and parts did not",
} as const;

/** What the candidate said of how it went: shown apart from the signals, as it counts only lightly. */
export function OwnSense({ sense }: { sense: OwnSenseJson }) {
  const counted =
    sense.weight === 0
      ? "It counts neither way."
      : `It counts as one weak sign (${sense.weight > 0 ? "+" : "−"}${Math.abs(sense.weight)}).`;
  return (
    <section aria-labelledby="read-own-sense" class="own-sense">
      <h2 id="read-own-sense">Your own sense</h2>
      <p>
        <strong>{LEAN_WORDS[sense.lean]}.</strong> {counted}
      </p>
      {sense.evidence.map((e, i) => (
        <EvidenceQuote key={i} evidence={e} />
      ))}
      {sense.changes.map((c) => (
        <p key={c} class="why">
          {c}
        </p>
      ))}
    </section>
  );
}

/** The read's band and score as a heading, its summary and its caveats (once `settled`, that line instead of advice and caveats). */
export function ReadSummary({
  read,
  headingId,
  settled,
}: {
  read: ReadJson["read"];
  headingId: string;
  /**
   * The outcome is known, said in this line under the heading: what would change the read and the
   * caveats on what it foretells are left out.
   */
  settled?: ComponentChildren;
}) {
  return (
    <>
      <h2 id={headingId} class="read-heading">
        The read: <BandBadge band={read.band} score={read.score} thin={read.thin} />
      </h2>
      {settled}
      <p class="summary">{readSummaryWords(read.summary, Boolean(settled))}</p>
      {read.caveats.length > 0 && !settled ? (
        <ul class="caveats">
          {read.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The signals found, each with its evidence quoted, and how many went each way. */
function SignalList({ signals }: { signals: ReadJson["signals"] }) {
  const positive = signals.filter((s) => s.polarity === "positive").length;
  const negative = signals.filter((s) => s.polarity === "negative").length;
  return (
    <section aria-labelledby="read-signals">
      <h2 id="read-signals">
        Signals{" "}
        <span class="count">
          ({positive} <Sign polarity="positive" /> positive, {negative} <Sign polarity="negative" /> negative)
        </span>
      </h2>
      {signals.length === 0 ? (
        <p>No signals found yet. Say what happened: who asked what, what was said about next steps.</p>
      ) : (
        <ol class="signals">
          {signals.map((s) => (
            <li key={s.id} class={`signal signal-${s.polarity}`}>
              <h3 class="signal-title">
                <PolarityTag polarity={s.polarity} /> <span class="signal-label">{s.label}</span>
              </h3>
              {s.evidence.map((e, i) => (
                <EvidenceQuote key={i} evidence={e} />
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What was not read: files skipped, warnings, messages left out; nothing when all was read. */
function NotRead({ read }: { read: ReadJson }) {
  if (read.skipped.length === 0 && read.warnings.length === 0 && !read.leftOut) return null;
  return (
    <section aria-labelledby="read-notes">
      <h2 id="read-notes">What was not read</h2>
      <ul class="problems">
        {read.skipped.map((s) => (
          <li key={s.source}>
            {s.source}: {s.reason}
          </li>
        ))}
        {read.warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
        {read.leftOut ? (
          <li>
            {read.leftOut.count} messages left out: {read.leftOut.reason}
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** The read of pasted material: band, signals with their evidence, next steps with drafts. */
export function ReadPanel({ read }: { read: ReadJson }) {
  return (
    <div class="read">
      <section aria-labelledby="read-band">
        <ReadSummary read={read.read} headingId="read-band" />
        {read.settled ? <p class="settled">{read.settled.note}</p> : null}
      </section>
      <SignalList signals={read.signals} />
      {read.read.ownSense ? <OwnSense sense={read.read.ownSense} /> : null}
      <section aria-labelledby="read-next">
        <h2 id="read-next">Next steps</h2>
        {read.actions.length === 0 ? (
          <p>{read.settled ? "Nothing to plan: the outcome is known." : "Nothing to do yet."}</p>
        ) : (
          <ol class="actions">
            {read.actions.map((a) => (
              <ActionItem key={`${a.kind}-${a.due ?? ""}`} action={a} />
            ))}
          </ol>
        )}
      </section>
      <NotRead read={read} />
    </div>
  );
}
