import { formatEml } from "../core/format-eml.js";
import { readAction, readApplicationRow, type Store } from "../store/workspace-store.js";
import { InputError } from "./input-error.js";

/** An action's drafted text as an .eml file a mail client opens as an unsent draft. */
export interface ActionDraftFile {
  fileName: string;
  eml: string;
  subject: string;
  body: string;
}

const SUBJECTS: Record<string, (company: string, role: string | null) => string> = {
  "thank-you": (company, role) => `Thank you${role ? ` - ${role} interview` : ` - ${company}`}`,
  "status-check": (company, role) => `Following up${role ? ` on the ${role} role` : ` - ${company}`}`,
};

/** The subject an action's draft goes out with, in the .eml and in a mail link alike. */
export function draftSubjectOf(kind: string, company: string, role: string | null): string {
  return (SUBJECTS[kind] ?? ((c: string) => `${kind.replace(/-/g, " ")} - ${c}`))(company, role);
}

export async function actionDraft(store: Store, id: number, now: string): Promise<ActionDraftFile> {
  const action = Number.isSafeInteger(id) ? await readAction(store, id) : undefined;
  if (!action)
    throw new InputError("no-such-action", `there is no action ${id}`, "`debrief todo` lists them");
  if (!action.text) throw new InputError("no-draft", `action ${id} (${action.kind}) has no text to send`);
  const app = await readApplicationRow(store, action.application_id);
  const company = app?.company ?? "the company";
  const subject = draftSubjectOf(action.kind, company, app?.role ?? null);
  const slug =
    company
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "draft";
  return {
    fileName: `${action.kind}-${slug}.eml`,
    subject,
    body: action.text,
    eml: formatEml({ to: [], subject, body: action.text, date: now }),
  };
}
