import { useMemo } from "preact/hooks";
import type uPlot from "uplot";
import type { ApplicationTimeline, TimelineEvent } from "../../api-types.js";
import { BandBadge, PolarityTag } from "../../band-badge.js";
import { Chart, type ChartOptions, cssColor, pointsOnly } from "../../chart.js";
import { epochSeconds, formatDate, formatDateTime } from "../../dates.js";
import { plural, readSummaryWords, stageLabel } from "../../labels.js";
import { Link } from "../../link.js";
import { interviewHref } from "../../parse-route.js";

/** The chart's rows, bottom to top: each kind of event on its own line, named on the axis. */
const LANES = [
  { label: "Actions", color: "--chart-action", fallback: "#6f42c1" },
  { label: "Silences", color: "--chart-silence", fallback: "#8c8c8c" },
  { label: "Your mail", color: "--chart-you", fallback: "#0b6bcb" },
  { label: "Their mail", color: "--chart-them", fallback: "#b35900" },
  { label: "Rounds", color: "--chart-round", fallback: "#1a7f37" },
  { label: "Outcome", color: "--chart-outcome", fallback: "#57606a" },
] as const;

function laneOf(e: TimelineEvent): number {
  switch (e.kind) {
    case "silence":
      return 1;
    case "message":
      return e.direction === "company" ? 3 : 2;
    case "round":
      return 4;
    case "outcome":
      return 5;
    default: {
      const never: never = e;
      return never;
    }
  }
}

/** Points per lane on one shared, ascending time axis (uPlot's aligned data). */
export function timelineData(points: { at: string | null | undefined; lane: number }[]): uPlot.AlignedData {
  const placed: { t: number; lane: number }[] = [];
  for (const p of points) {
    let t = epochSeconds(p.at);
    if (t === undefined) continue;
    // Two events of one lane at the same moment: the second a minute later, so both show.
    while (placed.some((q) => q.lane === p.lane && q.t === t)) t += 60;
    placed.push({ t, lane: p.lane });
  }
  const xs = [...new Set(placed.map((p) => p.t))].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const lanes = LANES.map(() => xs.map((): number | null => null));
  for (const p of placed) {
    const row = lanes[p.lane];
    const i = index.get(p.t);
    if (row && i !== undefined) row[i] = p.lane;
  }
  return [xs, ...lanes];
}

/** The timeline chart: time along, a lane per kind of event, a little room either side. */
function timelineOptions(data: uPlot.AlignedData): ChartOptions {
  const xs = data[0];
  const first = xs[0] ?? 0;
  const last = xs[xs.length - 1] ?? first;
  const pad = Math.max(86_400, (last - first) * 0.05);
  return {
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: true, range: () => [first - pad, last + pad] },
      y: { range: [-0.6, LANES.length - 0.4] },
    },
    axes: [
      { stroke: cssColor("--text", "#1f2328"), grid: { stroke: "rgba(0,0,0,0.07)" } },
      {
        stroke: cssColor("--text", "#1f2328"),
        size: 80,
        splits: () => LANES.map((_, i) => i),
        values: (_u: uPlot, splits: number[]) => splits.map((s) => LANES[s]?.label ?? ""),
        grid: { stroke: "rgba(0,0,0,0.07)" },
      },
    ],
    series: [
      {},
      ...LANES.map((lane) => {
        const color = cssColor(lane.color, lane.fallback);
        return {
          label: lane.label,
          stroke: color,
          paths: pointsOnly,
          points: { show: true, size: 11, stroke: color, fill: color, width: 2 },
        };
      }),
    ],
  };
}

/** The application's life on one chart, a lane per kind of event, with the same counts as text. */
export function TimelineChart({ timeline }: { timeline: ApplicationTimeline }) {
  const data = useMemo(
    () =>
      timelineData([
        ...timeline.events.map((e) => ({ at: e.at, lane: laneOf(e) })),
        ...timeline.due.map((a) => ({ at: a.due, lane: 0 })),
        ...timeline.done.map((a) => ({ at: a.doneAt ?? a.due, lane: 0 })),
      ]),
    [timeline],
  );
  const options = useMemo(() => timelineOptions(data), [data]);
  if (data[0].length === 0) return <p class="hint">No event has a date yet, so there is nothing to chart.</p>;
  const counts = LANES.map((lane, i) => {
    const row = (data[i + 1] ?? []) as (number | null | undefined)[];
    return `${lane.label.toLowerCase()}: ${row.filter((v) => v !== null && v !== undefined).length}`;
  }).join(", ");
  return (
    <figure class="figure">
      <Chart
        options={options}
        data={data}
        height={240}
        label={`Timeline of ${timeline.application.company}: ${counts}. The same events are listed below.`}
      />
      <figcaption class="hint">
        A mark per event, by date; each kind of event on its own row (named on the left). The list below has
        every one of them.
      </figcaption>
    </figure>
  );
}

type RoundEventJson = Extract<TimelineEvent, { kind: "round" }>;

/** A round on the timeline: when, its band, its summary (not once closed), its signals, a link to it. */
function RoundEvent({
  event,
  applicationId,
  closed,
  settled,
  label,
}: {
  event: RoundEventJson;
  applicationId: number;
  closed: boolean;
  settled: boolean;
  label: (id: string) => string;
}) {
  return (
    <li class="event event-round">
      <p class="event-when">{formatDateTime(event.at)}</p>
      <h3 class="event-title">
        Round {event.number}
        {event.title ? `: ${event.title}` : ""}
      </h3>
      <p>
        <BandBadge band={event.band} score={event.score} thin={isThin(event)} />
      </p>
      {event.summary && !closed && !isThin(event) ? (
        <p class="summary">{readSummaryWords(event.summary, settled)}</p>
      ) : null}
      {event.signals.length > 0 ? (
        <ul class="tags" aria-label={`Signals of round ${event.number}`}>
          {event.signals.map((s) => (
            <li key={s.id} class="tag">
              <PolarityTag polarity={s.polarity} /> {label(s.id)}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href={interviewHref(applicationId, event.number)}>
          Open the interview (round {event.number})
        </Link>
      </p>
    </li>
  );
}

/** A silence on the timeline: how many days, after what, until when (or still). */
function SilenceEvent({ event }: { event: Extract<TimelineEvent, { kind: "silence" }> }) {
  return (
    <li class="event event-silence">
      <p class="event-when">{formatDate(event.at)}</p>
      <h3 class="event-title">
        <span aria-hidden="true">◷ </span>
        {plural(event.days, "day")} of silence
      </h3>
      <p>
        After {event.after || "their last word"},{" "}
        {event.until ? `until ${formatDate(event.until)}` : "and counting"}.
      </p>
    </li>
  );
}

/** One entry of the timeline: a round and its read, a message, a silence, or the outcome. */
export function EventItem({
  event,
  applicationId,
  closed,
  settled,
  label,
}: {
  event: TimelineEvent;
  applicationId: number;
  /** Closed without an offer: a round's summary and its advice are left out. */
  closed: boolean;
  /** The outcome is known (an offer too): what would change the read is left out of its summary. */
  settled: boolean;
  label: (id: string) => string;
}) {
  switch (event.kind) {
    case "round":
      return (
        <RoundEvent
          event={event}
          applicationId={applicationId}
          closed={closed}
          settled={settled}
          label={label}
        />
      );
    case "message":
      return (
        <li class={`event event-message event-${event.direction === "company" ? "them" : "you"}`}>
          <p class="event-when">{formatDateTime(event.at)}</p>
          <h3 class="event-title">
            {event.direction === "company" ? "From them" : "From you"}
            {event.from ? `: ${event.from}` : ""}
          </h3>
          {event.subject ? <p class="subject">{event.subject}</p> : null}
          <p class="snippet">{event.snippet}</p>
        </li>
      );
    case "silence":
      return <SilenceEvent event={event} />;
    case "outcome":
      return (
        <li class={`event event-outcome outcome-is-${event.outcome}`}>
          <p class="event-when">{formatDate(event.at)}</p>
          <h3 class="event-title">Outcome: {stageLabel(event.outcome)}</h3>
          <p>{event.recordedBy === "email" ? "Read from the mail." : "Recorded by you."}</p>
          {event.quote ? <blockquote class="quote">“{event.quote}”</blockquote> : null}
        </li>
      );
    default: {
      const never: never = event;
      return never;
    }
  }
}

/**
 * Too little to read: fewer than two signals (an outcome's not counted) and no outcome, as the read
 * itself marks a thin one (its band is kept, but says little).
 */
export function isThin(event: Extract<TimelineEvent, { kind: "round" }>): boolean {
  if (event.signals.some((s) => s.polarity === "outcome")) return false;
  return event.signals.length < 2;
}
