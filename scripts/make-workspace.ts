/**
 * A workspace of any size for `npm run bench`: rows written straight through the store (`loadRows`, the
 * import's own path), not by analysing thousands of folders, so 50,000 applications take seconds.
 *
 * Each application looks like one a careers centre's candidate files: two rounds with their reads (a
 * third of them with the candidate's own sense), the notes of each round, the thank-you and the
 * company's reply as raw mail, their messages, four signals a round, three actions (done, open,
 * dropped), and an outcome for three in ten. The raw sources are real notes and mail, so `reanalyze`
 * reads them as it reads any. Everything is made up from the application's number: the same size
 * gives the same workspace.
 */
import { createHash } from "node:crypto";
import type { RowBatch } from "../src/store/dump-rows.js";
import { loadRows } from "../src/store/dump-rows.js";
import type { Store } from "../src/store/workspace-store.js";

const BANDS = ["strong", "promising", "mixed", "weak"] as const;
const SIGNALS = [
  ["ran-long", "positive"],
  ["specific-next-steps", "positive"],
  ["met-the-team", "positive"],
  ["vague-next-steps", "negative"],
  ["pictured-in-role", "positive"],
  ["cut-short", "negative"],
  ["deep-follow-ups", "positive"],
  ["disengaged-interviewer", "negative"],
] as const;
const OUTCOMES = ["offer", "rejected", "ghosted", "withdrew"] as const;
const DAY = 86_400_000;
const START = Date.parse("2025-01-06T09:00:00Z");
const BATCH = 500;

const company = (i: number) => `Company ${i.toString(36).toUpperCase()} Ltd`;
const domain = (i: number) => `company-${i.toString(36)}.example`;
const iso = (ms: number) => new Date(ms).toISOString();
/** When application i's round r (1 or 2) took place: spread over a year and a half. */
const roundAt = (i: number, r: number) => START + ((i * 7) % 540) * DAY + (r - 1) * 9 * DAY;

function notesOf(i: number, r: number): string {
  return [
    `${company(i)}, round ${r}: call with Alex Morgan, the hiring manager.`,
    "",
    r === 1
      ? "We went through my last two projects in detail. She asked when I could start and said the team is growing."
      : "Met two of the engineers as well. He said they would let me know by Friday and showed me the office.",
    "It ran about fifteen minutes over. I think it went well overall.",
  ].join("\n");
}

function mailOf(i: number, which: "thanks" | "reply"): string {
  const at = roundAt(i, 2) + (which === "thanks" ? 0.3 : 1.2) * DAY;
  const me = "Sam Rivera <sam.rivera@mail.example>";
  const them = `Alex Morgan <alex.morgan@${domain(i)}>`;
  return [
    `From: ${which === "thanks" ? me : them}`,
    `To: ${which === "thanks" ? them : me}`,
    `Subject: ${which === "thanks" ? "" : "Re: "}Thank you for today`,
    `Date: ${new Date(at).toUTCString()}`,
    `Message-ID: <${which}-${i}@${which === "thanks" ? "mail.example" : domain(i)}>`,
    ...(which === "reply" ? [`In-Reply-To: <thanks-${i}@mail.example>`] : []),
    "Content-Type: text/plain; charset=utf-8",
    "",
    which === "thanks"
      ? `Hi Alex,\n\nThank you for the conversation about the platform team. I enjoyed it.\n\nSam`
      : `Hi Sam,\n\nThanks, it was great to meet you. We'll be in touch by Friday.\n\nAlex`,
    "",
  ].join("\r\n");
}

/** A stored analysis of realistic shape and size (about 1.5 KB), with the own sense on a third. */
function analysisOf(i: number, r: number, band: string): string {
  return JSON.stringify({
    signals: SIGNALS.slice(0, 4).map(([id, polarity]) => ({
      id,
      polarity,
      label: id,
      evidence: [{ source: `r${r}/notes.md`, quote: "It ran about fifteen minutes over.", line: 4 }],
    })),
    read: {
      band,
      score: 0.5,
      summary: `A ${band} read of round ${r} at ${company(i)}.`,
      caveats: ["A good interview is not an offer: other candidates may be in the next round too."],
      contributions: [],
      ...(i % 3 === 0 ? { ownSense: { lean: ["well", "badly", "mixed"][(i + r) % 3], weight: 0.5 } } : {}),
    },
    actions: [{ kind: "thank-you", due: iso(roundAt(i, r) + DAY), why: "within 24 hours" }],
    context: [],
    length: { scheduledMinutes: 45, actualMinutes: 60 },
    talkShare: [],
    candidate: { names: ["Sam Rivera"], how: "inferred" },
    skipped: [],
    warnings: [],
  });
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** Every row of a workspace of `size` applications, a table at a time, a batch at a time. */
export async function* workspaceRows(size: number, now: string): AsyncGenerator<RowBatch> {
  yield { table: "workspace", rows: [{ id: 1, revision: 1, me: "Sam Rivera", created_at: now }] };
  yield {
    table: "ingests",
    rows: [{ id: 1, started_at: now, finished_at: now, summary: JSON.stringify({ generated: size }) }],
  };
  const each = function* <T>(rowsOf: (i: number) => T[]): Generator<T[]> {
    let batch: T[] = [];
    for (let i = 1; i <= size; i++) {
      batch.push(...rowsOf(i));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  };
  const tables: [RowBatch["table"], (i: number) => Record<string, unknown>[]][] = [
    [
      "applications",
      (i) => [
        {
          id: i,
          company: company(i),
          role: i % 4 === 0 ? null : "Platform Engineer",
          domain: domain(i),
          created_at: iso(roundAt(i, 1) - 3 * DAY),
          basis: "invite.ics",
        },
      ],
    ],
    [
      "rounds",
      (i) =>
        [1, 2].map((r) => {
          const band = BANDS[(i + r) % 4] ?? "mixed";
          return {
            id: 2 * i - 2 + r,
            application_id: i,
            number: r,
            title: `Interview ${r}`,
            starts_at: iso(roundAt(i, r)),
            ends_at: iso(roundAt(i, r) + 3_600_000),
            created_at: now,
            read_band: band,
            read_score: 0.9 - ((i + r) % 4) * 0.2,
            read_summary: `A ${band} read of round ${r}.`,
            prior_band: band,
            prior_score: 0.9 - ((i + r) % 4) * 0.2,
            analysis: analysisOf(i, r, band),
            analyzed_at: now,
          };
        }),
    ],
    [
      "sources",
      (i) => {
        const texts = [notesOf(i, 1), notesOf(i, 2), mailOf(i, "thanks"), mailOf(i, "reply")];
        return texts.map((text, k) => {
          const content = new TextEncoder().encode(text);
          return {
            id: 4 * i - 3 + k,
            application_id: i,
            round_id: k < 2 ? 2 * i - 1 + k : null,
            sha256: sha(text),
            name: k < 2 ? `round-${k + 1}/notes.md` : `mail/${k === 2 ? "thanks" : "reply"}-${i}.eml`,
            kind: k < 2 ? "notes" : "email",
            content,
            bytes: content.length,
            ingest_id: 1,
            added_at: now,
          };
        });
      },
    ],
    [
      "messages",
      (i) =>
        (["thanks", "reply"] as const).map((which, k) => ({
          source_id: 4 * i - 1 + k,
          application_id: i,
          message_id: `<${which}-${i}@${which === "thanks" ? "mail.example" : domain(i)}>`,
          sent_at: iso(roundAt(i, 2) + (which === "thanks" ? 0.3 : 1.2) * DAY),
          from_name: which === "thanks" ? "Sam Rivera" : "Alex Morgan",
          from_address: which === "thanks" ? "sam.rivera@mail.example" : `alex.morgan@${domain(i)}`,
          subject: `${which === "thanks" ? "" : "Re: "}Thank you for today`,
          direction: which === "thanks" ? "candidate" : "company",
          snippet: which === "thanks" ? "Thank you for the conversation" : "Thanks, it was great to meet you",
        })),
    ],
    [
      "round_signals",
      (i) =>
        [1, 2].flatMap((r) =>
          [0, 1, 2, 3].map((k) => {
            const [id, polarity] = SIGNALS[(i + r + k * 2) % SIGNALS.length] ?? SIGNALS[0];
            return {
              round_id: 2 * i - 2 + r,
              signal_id: id,
              polarity,
              quote: "It ran about fifteen minutes over.",
              evidence_count: 1,
            };
          }),
        ),
    ],
    [
      "actions",
      (i) =>
        (["thank-you", "status-check", "prepare-next-round"] as const).map((kind, k) => ({
          id: 3 * i - 2 + k,
          application_id: i,
          round_id: 2 * i,
          key: `2:${kind}`,
          kind,
          due: iso(roundAt(i, 2) + (k + 1) * 7 * DAY),
          why: `planned after round 2 (${kind})`,
          text: k === 1 ? "Hi Alex, I wanted to check in on where things stand." : null,
          status: ["done", "open", "dropped"][k],
          done_at: k === 0 ? iso(roundAt(i, 2) + 0.3 * DAY) : null,
          done_by: k === 0 ? "mail" : null,
          updated_at: now,
        })),
    ],
    [
      "outcomes",
      (i) =>
        i % 10 < 3
          ? [
              {
                id: Math.floor(i / 10) * 3 + (i % 10) + 1,
                application_id: i,
                outcome: OUTCOMES[i % 4] ?? "offer",
                recorded_by: i % 2 === 0 ? "you" : "email",
                source_id: i % 2 === 0 ? null : 4 * i,
                quote: null,
                recorded_at: iso(roundAt(i, 2) + 20 * DAY),
              },
            ]
          : [],
    ],
  ];
  for (const [table, rowsOf] of tables) for (const rows of each(rowsOf)) yield { table, rows };
}

/** Fills an empty workspace with `size` generated applications, in one transaction. */
export async function makeWorkspace(store: Store, size: number, now: string): Promise<void> {
  await loadRows(store, workspaceRows(size, now));
}
