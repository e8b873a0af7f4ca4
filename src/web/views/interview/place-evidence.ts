import type { Evidence, SignalJson } from "../../api-types.js";
import { type Block, clockSeconds, type Located, locateEvidence } from "../../find-evidence.js";

/** One piece of evidence with where it is in the text: `key` names its mark. */
export interface Placed {
  key: string;
  signal: SignalJson;
  evidence: Evidence;
  located?: Located;
  /** Seconds into the interview, from the evidence's timestamp or its transcript turn. */
  seconds?: number;
}

/** Every signal's evidence, found in the documents' blocks and given its key and time. */
export function placeEvidence(signals: SignalJson[], blocks: Block[]): Placed[] {
  const byKey = new Map(blocks.map((b) => [b.key, b]));
  return signals.flatMap((signal, si) =>
    signal.evidence.map((evidence, ei): Placed => {
      const located = locateEvidence(blocks, evidence);
      const seconds = clockSeconds(evidence.at) ?? (located ? byKey.get(located.block)?.start : undefined);
      return {
        key: `s${si}e${ei}`,
        signal,
        evidence,
        ...(located ? { located } : {}),
        ...(seconds !== undefined ? { seconds } : {}),
      };
    }),
  );
}
