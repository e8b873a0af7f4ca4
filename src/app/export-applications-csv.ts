import type { Store } from "../store/workspace-store.js";
import { listApplications } from "./workspace-views.js";

// `debrief export --csv`: the applications for a spreadsheet, one way (`debrief import` reads the JSON).

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? "" : String(value);
  // A leading = + - @ makes a spreadsheet run the cell as a formula: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per application: what `debrief list` shows, for a spreadsheet. */
export async function exportApplicationsCsv(store: Store, now: string): Promise<string> {
  const apps = await listApplications(store, now);
  const header = [
    "id",
    "company",
    "role",
    "stage",
    "outcome",
    "outcome_recorded_by",
    "rounds",
    "messages",
    "latest_read",
    "latest_read_score",
    "last_from_company",
    "days_since_company_wrote",
    "next_action",
    "next_action_due",
  ];
  const rows = apps.map((a) => [
    a.id,
    a.company,
    a.role,
    a.stage,
    a.outcome?.outcome,
    a.outcome?.recordedBy,
    a.rounds,
    a.messages,
    a.read?.band,
    a.read ? a.read.score.toFixed(2) : "",
    a.lastFromCompany?.at,
    a.lastFromCompany?.days,
    a.nextAction?.kind,
    a.nextAction?.due,
  ]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
