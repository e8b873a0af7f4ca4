import { useState } from "preact/hooks";
import { changeApplication, messageOf } from "../../api.js";
import type { ApplicationChange, ApplicationTimeline } from "../../api-types.js";

const numberOrNull = (v: string): number | null => {
  const n = Number(v.replace(/[\s,]/g, ""));
  return v.trim() === "" || !Number.isFinite(n) ? null : Math.round(n);
};

/** What the candidate keeps on the application: its names, the posting, the salary range, people, notes. */
export function DetailsForm({ t, onSaved }: { t: ApplicationTimeline; onSaved: () => void }) {
  const d = t.details;
  const [form, setForm] = useState({
    company: t.application.company,
    role: t.application.role ?? "",
    link: d.link ?? "",
    salaryMin: d.salaryMin === null ? "" : String(d.salaryMin),
    salaryMax: d.salaryMax === null ? "" : String(d.salaryMax),
    salaryCurrency: d.salaryCurrency ?? "",
    contacts: d.contacts ?? "",
    notes: d.notes ?? "",
  });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const [renamedFrom, setRenamedFrom] = useState<string | undefined>();
  const set = (key: keyof typeof form) => (e: Event) =>
    setForm((f) => ({ ...f, [key]: (e.currentTarget as HTMLInputElement).value }));

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem("");
    setStatus("");
    const change: ApplicationChange = {
      role: form.role,
      link: form.link.trim() || null,
      salaryMin: numberOrNull(form.salaryMin),
      salaryMax: numberOrNull(form.salaryMax),
      salaryCurrency: form.salaryCurrency.trim() || null,
      contacts: form.contacts.trim() || null,
      notes: form.notes.trim() || null,
    };
    const before = t.application.company;
    const renamed = form.company.trim() !== before;
    if (renamed) change.company = form.company;
    try {
      await changeApplication(t.application.id, change);
      setRenamedFrom(renamed ? before : undefined);
      setStatus(renamed ? `Saved. Renamed from ${before}.` : "Saved.");
      onSaved();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const undoRename = async () => {
    if (!renamedFrom) return;
    try {
      await changeApplication(t.application.id, { company: renamedFrom });
      setForm((f) => ({ ...f, company: renamedFrom }));
      setStatus(`Renamed back to ${renamedFrom}.`);
      setRenamedFrom(undefined);
      onSaved();
    } catch (e) {
      setProblem(messageOf(e));
    }
  };

  return (
    <section aria-labelledby="app-details">
      <h2 id="app-details">Details</h2>
      <form class="details-form" onSubmit={save}>
        <div class="field-row">
          <p class="field">
            <label for="d-company">Company</label>
            <input id="d-company" type="text" value={form.company} onInput={set("company")} />
          </p>
          <p class="field">
            <label for="d-role">Role</label>
            <input id="d-role" type="text" value={form.role} onInput={set("role")} />
          </p>
        </div>
        <label for="d-link">Link to the job post</label>
        <input
          id="d-link"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={form.link}
          onInput={set("link")}
        />
        <fieldset class="salary">
          <legend>Salary range</legend>
          <div class="field-row">
            <p class="field">
              <label for="d-salary-min">From</label>
              <input
                id="d-salary-min"
                type="number"
                min={0}
                step={1000}
                value={form.salaryMin}
                onInput={set("salaryMin")}
              />
            </p>
            <p class="field">
              <label for="d-salary-max">To</label>
              <input
                id="d-salary-max"
                type="number"
                min={0}
                step={1000}
                value={form.salaryMax}
                onInput={set("salaryMax")}
              />
            </p>
            <p class="field">
              <label for="d-salary-currency">Currency</label>
              <input
                id="d-salary-currency"
                type="text"
                maxLength={10}
                value={form.salaryCurrency}
                onInput={set("salaryCurrency")}
              />
            </p>
          </div>
        </fieldset>
        <label for="d-contacts">People there (one a line)</label>
        <textarea id="d-contacts" rows={3} value={form.contacts} onInput={set("contacts")} />
        <label for="d-notes">Your notes</label>
        <textarea id="d-notes" rows={4} value={form.notes} onInput={set("notes")} />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            Save details
          </button>
          {renamedFrom ? (
            <button type="button" onClick={undoRename}>
              Undo rename (back to {renamedFrom})
            </button>
          ) : null}
        </div>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        {problem ? (
          <p class="error" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </section>
  );
}
