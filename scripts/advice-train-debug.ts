/** Debug: files a training mailbox (eval/advice-train) and prints where each message went. Not the held-out set. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addToWorkspace } from "../src/app/add-to-workspace.js";
import { readApplication } from "../src/store/read-application.js";
import { readOverview } from "../src/store/read-overview.js";
import { closeStore, openStore } from "../src/store/workspace-store.js";
import { type ExpectedFiling, idKey, mboxNow, scoreFiling } from "./advice-scores.js";

const path = process.argv[2] ?? "";
if (!path.includes("advice-train")) throw new Error("training mailboxes only");
const text = await readFile(path, "utf8");
const expected = JSON.parse(
  await readFile(path.replace(/\.mbox$/, ".expected.json"), "utf8"),
) as ExpectedFiling;
const now = mboxNow(text);
const dir = await mkdtemp(join(tmpdir(), "debrief-train-"));
const store = await openStore(join(dir, "debrief.sqlite"), now);
const report = await addToWorkspace(store, [path], { now });
const filed = new Map<number, string[]>();
const where = new Map<string, string>();
for (const app of (await readOverview(store)).applications) {
  const detail = await readApplication(store, app.id);
  filed.set(
    app.id,
    (detail?.messages ?? []).map((m) => m.message_id ?? ""),
  );
  for (const m of detail?.messages ?? []) where.set(idKey(m.message_id ?? ""), `${app.id} ${app.company}`);
}
const subjects = new Map<string, string>();
for (const m of text.matchAll(/^Subject: (.*)\nDate: .*\nMessage-ID: (.*)$/gm))
  subjects.set(idKey(m[2] ?? ""), m[1] ?? "");
const want = new Map<string, string>();
for (const a of expected.applications) for (const id of a.message_ids) want.set(idKey(id), a.company);
for (const id of expected.not_filed) want.set(idKey(id), "-");
for (const [id, w] of want) {
  const got = where.get(id) ?? "-";
  const flag = (w === "-") !== (got === "-") ? "XX" : "  ";
  console.log(`${flag} want ${w.padEnd(22)} got ${got.padEnd(28)} ${subjects.get(id)}`);
}
console.log(scoreFiling(expected, filed));
console.log(
  report.leftOut?.reasons,
  report.filed.map((f) => `${f.applicationId} ${f.company}: ${f.basis}`),
);
await closeStore(store);
await rm(dir, { recursive: true, force: true });
