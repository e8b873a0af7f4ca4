import { describeBundle, matchApplications } from "../../core/mail/match-application.js";
import type { CandidateMail } from "../../core/people/identify-candidate-mail.js";
import type { Doc } from "../../core/read/documents.js";
import { findInterviewTime } from "../../core/time/find-interview-time.js";
import type { ApplicationRow, RoundRow } from "../../store/workspace-store.js";
import { labelOf } from "../find-application.js";
import type { Choice, FiledApplication, Question } from "./add-types.js";
import type { Planner } from "./ingest-plan.js";
import { type Entry, emailOf } from "./read-entries.js";

/**
 * Files each folder (and the loose interview files) as one round: under the given application, the one
 * its mail's thread or its facts match, a new one its facts name, or the one the person chooses.
 */
export async function fileBundles(
  p: Planner,
  bundles: Map<number, Entry[]>,
  given: { app: ApplicationRow; isNew: boolean } | undefined,
  candidate: CandidateMail,
  ask: (key: string, question: Question) => Promise<Choice>,
): Promise<void> {
  for (const [bundle, group] of [...bundles.entries()].sort((a, b) => a[0] - b[0])) {
    const docs = group.flatMap((e) => e.docs);
    const about =
      bundle === -1
        ? group.map((e) => e.source).join(", ")
        : `the files of ${group[0]?.source.split("/")[0] ?? "a folder"}`;
    const facts = describeBundle(docs, candidate);
    let target = given;
    let basis = "--application";
    if (!target) {
      const threaded = group
        .map(emailOf)
        .flatMap((m) => (m ? [m.inReplyTo, ...m.references] : []))
        .map(p.ownerOf)
        .find((id) => id !== undefined);
      const matches =
        threaded !== undefined
          ? p.known().filter((a) => a.id === threaded)
          : matchApplications(facts, p.known());
      if (matches.length === 1) {
        const app = p.apps().find((a) => a.id === matches[0]?.id);
        if (app) target = { app, isNew: p.plan.newApps.includes(app) };
        basis =
          threaded !== undefined
            ? "same mail thread"
            : `matches ${facts.domains.find((d) => d === app?.domain) ?? app?.company}`;
      } else if (matches.length === 0 && facts.company) {
        target = { app: p.newApp(facts.company, facts, `new: ${facts.basis ?? "the files"}`), isNew: true };
        basis = `new, from ${facts.basis ?? "the files"}`;
      } else {
        const choice = await ask(`bundle:${bundle}`, {
          kind: "application",
          about,
          facts: {
            ...(facts.company ? { company: facts.company } : {}),
            ...(facts.role ? { role: facts.role } : {}),
            domains: facts.domains,
          },
          options: (matches.length > 0
            ? p.apps().filter((a) => matches.some((m) => m.id === a.id))
            : p.apps()
          ).map((a) => ({
            id: a.id,
            label: labelOf(a),
          })),
        });
        target =
          "applicationId" in choice
            ? p.resolveGiven(String(choice.applicationId))
            : p.resolveGiven(choice.company);
        basis = "your choice";
      }
    }
    if (!target) continue;
    p.learn(target.app, facts.domains, facts.role);
    const filed = p.fileUnder(target.app, basis, target.isNew);
    const round = chooseRound(p, target.app, docs, filed);
    for (const e of group) p.store(e, target.app, round);
  }
}

/**
 * The round interview material goes to: the one --round names, else a stored one on the same day as
 * the interview, else a new one (numbered after the others, or as --round says).
 */
function chooseRound(p: Planner, app: ApplicationRow, docs: Doc[], filed: FiledApplication): number {
  const { state, plan, options } = p;
  const rounds = [...state.rounds, ...plan.newRounds].filter((r) => r.application_id === app.id);
  const when = findInterviewTime(docs, options.now);
  if (options.round !== undefined) {
    const existing = rounds.find((r) => r.number === options.round);
    if (existing) {
      filed.round = { number: existing.number, isNew: false };
      return existing.id;
    }
  } else if (when.start) {
    const t = Date.parse(when.start);
    const sameDay = rounds.find((r) => r.starts_at && Math.abs(Date.parse(r.starts_at) - t) < 20 * 3_600_000);
    if (sameDay) {
      filed.round = { number: sameDay.number, isNew: false };
      return sameDay.id;
    }
  }
  const number = options.round ?? Math.max(0, ...rounds.map((r) => r.number)) + 1;
  const invite = docs.find((d) => d.kind === "invite");
  const round: Omit<RoundRow, "analysis"> = {
    id: state.maxIds.rounds + plan.newRounds.length + 1,
    application_id: app.id,
    number,
    title: invite?.kind === "invite" ? (invite.summary?.slice(0, 300) ?? null) : null,
    starts_at: when.start ?? null,
    ends_at: when.end ?? null,
    created_at: options.now,
    read_band: null,
    read_score: null,
    read_summary: null,
    prior_band: null,
    prior_score: null,
    analyzed_at: null,
  };
  plan.newRounds.push(round);
  filed.round = { number, isNew: true };
  return round.id;
}
