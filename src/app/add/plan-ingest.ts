import { messageKey } from "../../core/mail/message-key.js";
import { type CandidateMail, resolveCandidateMail } from "../../core/people/identify-candidate-mail.js";
import type { EmailDoc } from "../../core/read/documents.js";
import { findStoredHashes, readState } from "../../store/read-state.js";
import type { Store } from "../../store/workspace-store.js";
import type { AddHooks, AddOptions, Choice } from "./add-types.js";
import { askWhichApplication } from "./ask-which-application.js";
import { fileBundles } from "./file-bundles.js";
import { fileMailbox } from "./file-mailbox.js";
import { type IngestPlan, startPlan } from "./ingest-plan.js";
import { type Entry, emailOf } from "./read-entries.js";
import { sortDuplicates } from "./sort-duplicates.js";

/**
 * One attempt's plan, from one reading of the workspace: which entries are new, and the application
 * and round each goes to (asking the person, once, when the files do not tell).
 */
export async function planIngest(
  store: Store,
  entries: Entry[],
  options: AddOptions,
  hooks: AddHooks,
  answers: Map<string, Choice>,
): Promise<IngestPlan> {
  const state = await readState(store);
  const stored = await findStoredHashes(
    store,
    entries.map((e) => e.sha256),
  );
  // The same message is stored once however it arrives (a loose .eml and again in an mbox, or in two
  // mboxes): by its bytes, else by its Message-ID. This plan is written only if the workspace's revision
  // has not moved since `state` was read (checked in the transaction that writes it), so no other writer
  // can file the same message in between.
  const storedKeys = new Map<string, number>();
  for (const [id, app] of state.messageIds) {
    const key = messageKey(id);
    if (key) storedKeys.set(key, app);
  }
  const p = startPlan(state, options, storedKeys);
  const fresh = sortDuplicates(p.plan, entries, stored, storedKeys);
  if (fresh.length === 0) return p.plan;

  const me = options.me ?? state.me ?? undefined;
  const allMail = fresh.map(emailOf).filter((m): m is EmailDoc => m !== undefined);
  const candidate: CandidateMail = resolveCandidateMail(allMail, { names: me ? [me] : [], addresses: [] });
  const given = options.application !== undefined ? p.resolveGiven(options.application) : undefined;

  // Folders, and loose interview files, are one round each; a mailbox's messages are filed one by one.
  const bundles = new Map<number, Entry[]>();
  const mailbox: Entry[] = [];
  for (const e of fresh) {
    if (e.fromMailbox) mailbox.push(e);
    else {
      const group = bundles.get(e.bundle);
      if (group) group.push(e);
      else bundles.set(e.bundle, [e]);
    }
  }
  const loose = bundles.get(-1);
  if (loose?.every((e) => e.kind === "email") && !given) {
    bundles.delete(-1);
    mailbox.push(...loose);
  }
  await fileBundles(p, bundles, given, candidate, (key, question) =>
    askWhichApplication(answers, hooks, key, question),
  );
  fileMailbox(p, mailbox, given, candidate);
  return p.plan;
}
