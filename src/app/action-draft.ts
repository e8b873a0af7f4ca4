import { firstNameOf } from "../core/draft/display-name.js";
import { formatEml } from "../core/draft/format-eml.js";
import type { Person } from "../core/read/documents.js";
import { readAction, readApplicationRow } from "../store/read-application.js";
import type { Store } from "../store/workspace-store.js";
import { readPlanTimeline } from "./application-timeline.js";
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

/**
 * Who the drafted text is to and from, as the plan's people know them: the person its greeting names
 * ("Dear Yusra," → Yusra Merrow <yusra.merrow@…>) where their address is known, and the candidate.
 */
async function addressesOf(
  store: Store,
  applicationId: number,
  text: string,
  now: string,
): Promise<{ to: Person[]; from?: Person }> {
  const people = (await readPlanTimeline(store, applicationId, now))?.people;
  if (!people) return { to: [] };
  const greeted = /^(?:Dear|Hi|Hello) ([^,\n[]+),/m.exec(text)?.[1]?.trim();
  const known = [...people.interviewers, ...people.recruiters, ...people.organisers];
  const to = greeted ? known.find((p) => p.email && firstNameOf(p.name) === greeted) : undefined;
  const me = people.candidate;
  const from =
    me.names[0] || me.addresses[0]
      ? {
          ...(me.names[0] ? { name: me.names[0] } : {}),
          ...(me.addresses[0] ? { email: me.addresses[0] } : {}),
        }
      : undefined;
  return { to: to?.email ? [{ name: to.name, email: to.email }] : [], ...(from ? { from } : {}) };
}

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
  const { to, from } = await addressesOf(store, action.application_id, action.text, now);
  return {
    fileName: `${action.kind}-${slug}.eml`,
    subject,
    body: action.text,
    eml: formatEml({ ...(from ? { from } : {}), to, subject, body: action.text, date: now }),
  };
}
