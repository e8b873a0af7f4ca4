/** What the candidate should do next: the seeds' advice, made concrete and dated. */
export const ACTION_KINDS = [
  "thank-you",
  "status-check",
  "prepare-next-round",
  "share-competing-offers",
  "keep-salary-consistent",
  "use-direct-contact",
  "address-gap",
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface Action {
  kind: ActionKind;
  /** ISO date-time it is due by, in the offset of the interview where known. */
  due?: string;
  /** Why, in plain words, including what the date rests on ("24 hours after the interview ended (invite.ics)"). */
  why: string;
  /** The text to send, where there is one. */
  text?: string;
  /** True when the inputs show it was done already (the thank-you email was seen). */
  done?: boolean;
  /** Where the evidence for it came from (files, quotes). */
  sources?: string[];
}

/** The plan: dated actions, or, once an outcome is known, none and a note saying why. */
export interface Plan {
  actions: Action[];
  /** Set when an outcome settled the process: no follow-ups are planned. */
  settled?: { outcome: "offer-made" | "rejected"; note: string };
}
