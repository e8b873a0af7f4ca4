import type { RateJson, SearchPaceJson } from "../../api-types.js";
import { percent, plural } from "../../labels.js";
import { OutcomesByMonth } from "./outcomes-by-month.js";

/** "of 8 (38%; likely between 14% and 69%)": a rate of all applied with its 95% interval. */
function ofWords(r: RateJson): string {
  return `of ${r.of} (${percent(r.n / r.of)}; likely between ${percent(r.low)} and ${percent(r.high)})`;
}

/** "4 days", "1 day", "half a day" */
function dayWords(days: number): string {
  if (days < 1) return days < 0.75 ? "less than a day" : "about a day";
  const n = Math.round(days);
  return plural(n, "day");
}

/**
 * The search itself: a funnel from applied to interview to offer with each rate's interval, how many
 * heard back, how long replies take, and offers and rejections month by month.
 */
export function YourSearch({ pace }: { pace: SearchPaceJson }) {
  const f = pace.funnel;
  const steps = [
    { key: "interviewed", label: "Got an interview", rate: f.interviewed },
    { key: "offers", label: "Got an offer", rate: f.offers },
  ];
  return (
    <section aria-labelledby="ins-search">
      <h2 id="ins-search">Your search</h2>
      {f.applied === 0 ? (
        <p>No applications yet.</p>
      ) : (
        <>
          <ol class="funnel" aria-label="From applied to offer">
            <li class="funnel-step funnel-applied" data-count={f.applied}>
              <span class="funnel-label">
                Applied: <strong>{f.applied}</strong>
              </span>
              <span class="funnel-bar" aria-hidden="true">
                <span class="funnel-fill" style={{ width: "100%" }} />
              </span>
            </li>
            {steps.map((s) => (
              <li key={s.key} class={`funnel-step funnel-${s.key}`} data-count={s.rate.n}>
                <span class="funnel-label">
                  {s.label}: <strong>{s.rate.n}</strong>
                  <span class="hint"> {ofWords(s.rate)}</span>
                </span>
                <span class="funnel-bar" aria-hidden="true">
                  <span
                    class="funnel-fill"
                    style={{ width: `${Math.max((s.rate.n / s.rate.of) * 100, s.rate.n > 0 ? 2 : 0)}%` }}
                  />
                  <span
                    class="funnel-ci"
                    style={{ left: `${s.rate.low * 100}%`, width: `${(s.rate.high - s.rate.low) * 100}%` }}
                  />
                </span>
              </li>
            ))}
          </ol>
          <p class="hint">
            The thin line on each bar is the range the true rate likely lies in (95%): with few applications
            it is wide.
          </p>
          <p>
            Heard back from {f.heardBack.n} {ofWords(f.heardBack)}: a message or an interview. {f.rejected}{" "}
            rejected, {f.ghosted} went silent for good.
          </p>
          <h3>Days to reply</h3>
          <ReplyWords reply={pace.reply} />
          <OutcomesByMonth months={pace.months} />
        </>
      )}
    </section>
  );
}

function ReplyWords({ reply }: { reply: SearchPaceJson["reply"] }) {
  const waiting = reply.waiting > 0 ? ` ${plural(reply.waiting, "application")} still without a reply.` : "";
  if (reply.n === 0 || reply.medianDays === undefined)
    return (
      <p class="reply-days">
        No reply to time yet: it counts from your first message (or the day you added an application by hand)
        to their first email after it.{waiting}
      </p>
    );
  return (
    <p class="reply-days">
      Companies took <strong>{dayWords(reply.medianDays)}</strong> to reply (the median of{" "}
      {plural(reply.n, "reply", "replies")}
      {reply.n >= 4 && reply.lowDays !== undefined && reply.highDays !== undefined
        ? `; the middle half took ${dayWords(reply.lowDays)} to ${dayWords(reply.highDays)}`
        : ""}
      ), from your first message to their first email.{waiting}
    </p>
  );
}
