import { useMemo, useRef, useState } from "preact/hooks";
import { readRound } from "./api.js";
import type { Doc, ReadJson, RoundView } from "./api-types.js";
import { formatDateTime } from "./dates.js";
import { blocksOf } from "./find-evidence.js";
import { Link } from "./link.js";
import { usePageTitle } from "./page-title.js";
import { applicationHref } from "./parse-route.js";
import { Problem } from "./problem.js";
import { OwnSense, ReadSummary } from "./read-panel.js";
import { useApi } from "./use-api.js";
import { ContextList, ContributionTable } from "./views/interview/contributions.js";
import { DocumentView, documentOrder } from "./views/interview/document-view.js";
import { type Placed, placeEvidence } from "./views/interview/place-evidence.js";
import {
  LengthAndTalk,
  LengthLine,
  SignalMinutesChart,
  TalkShareChart,
} from "./views/interview/read-charts.js";
import { SettledLine } from "./views/interview/settled-line.js";
import { SignalEntry } from "./views/interview/signal-entry.js";

/** Interview: the document with each signal's evidence marked in place, the charts, the context. */
export function InterviewView({ id, round }: { id: number; round: number }) {
  const loaded = useApi((signal) => readRound(id, round, signal), [id, round]);
  const title = loaded.data ? `${loaded.data.application.company}: round ${round}` : `Round ${round}`;
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {loaded.error ? (
        <Problem message={loaded.error} onRetry={loaded.reload} />
      ) : loaded.data ? (
        <InterviewDetail view={loaded.data} />
      ) : (
        <p role="status">Loading the interview…</p>
      )}
    </>
  );
}

/**
 * A click on a signal's quote lands on its words in the text; Escape there brings focus back to the
 * button it came from.
 */
function useJumpToQuote() {
  const [active, setActive] = useState<string | undefined>();
  const documentPane = useRef<HTMLElement>(null);
  /** The button a jump came from: Escape in the text brings focus back to it. */
  const cameFrom = useRef<HTMLElement | null>(null);
  const jump = (key: string) => {
    const mark = documentPane.current?.querySelector<HTMLElement>(`mark[data-ev~="${key}"]`);
    if (!mark) return;
    cameFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setActive(key);
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  };
  const back = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !cameFrom.current?.isConnected) return;
    event.preventDefault();
    cameFrom.current.scrollIntoView({ block: "center" });
    cameFrom.current.focus({ preventScroll: true });
  };
  return { active, documentPane, jump, back };
}

/** The read's box: band, what came of it once known, the summary, its length and talk share. */
function ReadBox({ view }: { view: RoundView }) {
  const analysis = view.analysis;
  if (!analysis) return <p>This round has no read yet.</p>;
  return (
    <section aria-labelledby="iv-read" class="read-summary">
      <ReadSummary
        read={analysis.read}
        headingId="iv-read"
        settled={view.outcome ? <SettledLine outcome={view.outcome} /> : undefined}
      />
      <LengthAndTalk analysis={analysis} />
    </section>
  );
}

/** The signals, each a button per quote that lands on its words. */
function SignalPane({
  analysis,
  placed,
  active,
  onJump,
}: {
  analysis: ReadJson | null;
  placed: Placed[];
  active: string | undefined;
  onJump: (key: string) => void;
}) {
  return (
    <section class="signal-pane" aria-labelledby="iv-signals">
      <h2 id="iv-signals">Signals</h2>
      {analysis && analysis.signals.length > 0 ? (
        <>
          <p class="hint">Choose a signal to see its words in the text; Esc there brings you back here.</p>
          <ol class="signals">
            {analysis.signals.map((s, si) => (
              <SignalEntry
                key={s.id}
                signal={s}
                placed={placed.filter((p) => p.key.startsWith(`s${si}e`))}
                active={active}
                onJump={onJump}
              />
            ))}
          </ol>
        </>
      ) : (
        <p>No signals were found in this round.</p>
      )}
    </section>
  );
}

/** Over the interview (charts) and what the read took into account, with how each signal counted. */
function ReadDetails({ analysis, placed }: { analysis: ReadJson; placed: Placed[] }) {
  return (
    <>
      <section aria-labelledby="iv-minutes">
        <h2 id="iv-minutes">Over the interview</h2>
        <LengthLine analysis={analysis} />
        <SignalMinutesChart placed={placed} analysis={analysis} />
        <TalkShareChart analysis={analysis} />
      </section>
      <section aria-labelledby="iv-context">
        <h2 id="iv-context">What the read took into account</h2>
        <ContextList analysis={analysis} />
        <details class="advanced">
          <summary>Advanced: how each signal counted</summary>
          <ContributionTable analysis={analysis} />
        </details>
      </section>
    </>
  );
}

function InterviewDetail({ view }: { view: RoundView }) {
  const analysis = view.analysis;
  const blocks = useMemo(() => blocksOf(view.documents), [view]);
  const placed = useMemo(() => placeEvidence(analysis?.signals ?? [], blocks), [analysis, blocks]);
  const { active, documentPane, jump, back } = useJumpToQuote();
  return (
    <div class="interview">
      <p class="lede">
        <Link href={applicationHref(view.application.id)}>
          {view.application.company}
          {view.application.role ? `, ${view.application.role}` : ""}
        </Link>
        {view.round.title ? ` · ${view.round.title}` : ""}
        {view.round.startsAt ? ` · ${formatDateTime(view.round.startsAt)}` : ""}
      </p>
      <ReadBox view={view} />
      {analysis?.read.ownSense ? <OwnSense sense={analysis.read.ownSense} /> : null}
      <div class="interview-grid">
        <SignalPane analysis={analysis} placed={placed} active={active} onJump={jump} />
        <section class="document-pane" aria-labelledby="iv-docs" ref={documentPane} onKeyDown={back}>
          <h2 id="iv-docs">What was said</h2>
          {view.documents.length === 0 ? <p>This round's files could not be read again.</p> : null}
          {documentOrder(view.documents).map((i) => (
            <DocumentView
              key={i}
              doc={view.documents[i] as Doc}
              blocks={blocks.filter((b) => b.doc === i)}
              placed={placed}
              active={active}
            />
          ))}
        </section>
      </div>
      {analysis ? <ReadDetails analysis={analysis} placed={placed} /> : null}
    </div>
  );
}
