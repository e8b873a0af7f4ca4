import type { Doc } from "../core/read/documents.js";
import type { Band } from "../core/signals/signal.js";
import { readApplication } from "../store/read-application.js";
import { readSources } from "../store/read-state.js";
import { readTimeZone } from "../store/workspace-settings.js";
import type { Store } from "../store/workspace-store.js";
import type { ContractJson } from "./analyze-case.js";
import { InputError } from "./input-error.js";
import { parseSource } from "./rebuild-application.js";
import { currentOutcome } from "./workspace-outcomes.js";

/** One interview, for the dashboard: its read and the documents to highlight the evidence in. */
export interface RoundView {
  application: { id: number; company: string; role: string | null };
  round: { id: number; number: number; title: string | null; startsAt: string | null; band: Band | null };
  analysis: ContractJson | null;
  /**
   * The application's outcome as it stands (the candidate's word, else what the mail said); absent while
   * the process is open. A read of a settled process is history: the page says so and gives no advice.
   */
  outcome?: { outcome: string; recordedBy: string; recordedAt: string; quote: string | null };
  /** The round's own documents as parsed: notes text, transcript turns, invites, mail. */
  documents: Doc[];
}

export async function readRound(
  store: Store,
  applicationId: number,
  roundNumber: number,
): Promise<RoundView> {
  const detail = await readApplication(store, applicationId);
  const round = detail?.rounds.find((r) => r.number === roundNumber);
  if (!detail || !round) {
    throw new InputError("no-such-round", `application ${applicationId} has no round ${roundNumber}`);
  }
  const sources = (await readSources(store, [applicationId])).filter((s) => s.round_id === round.id);
  const zone = await readTimeZone(store);
  const documents: Doc[] = [];
  for (const s of sources) documents.push(...(await parseSource(s, undefined, zone)).docs);
  const outcome = currentOutcome(detail.outcomes, applicationId);
  return {
    application: {
      id: detail.application.id,
      company: detail.application.company,
      role: detail.application.role,
    },
    round: {
      id: round.id,
      number: round.number,
      title: round.title,
      startsAt: round.starts_at,
      band: round.read_band as Band | null,
    },
    analysis: round.analysis ? (JSON.parse(round.analysis) as ContractJson) : null,
    ...(outcome
      ? {
          outcome: {
            outcome: outcome.outcome,
            recordedBy: outcome.recorded_by,
            recordedAt: outcome.recorded_at,
            quote: outcome.quote,
          },
        }
      : {}),
    documents,
  };
}
