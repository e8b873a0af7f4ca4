import { useState } from "preact/hooks";
import { changeApplication, messageOf } from "../../api.js";
import type { ApplicationChange, ApplicationTimeline } from "../../api-types.js";

const numberOrNull = (v: string): number | null => {
  const n = Number(v.replace(/[\s,]/g, ""));
  return v.trim() === "" || !Number.isFinite(n) ? null : Math.round(n);
};

type Fields = ReturnType<typeof fieldsOf>;

/** The form's fields as typed, from what is stored. */
function fieldsOf(t: ApplicationTimeline) {
  const d = t.details;
  return {
    company: t.application.company,
    role: t.application.role ?? "",
    link: d.link ?? "",
    salaryMin: d.salaryMin === null ? "" : String(d.salaryMin),
    salaryMax: d.salaryMax === null ? "" : String(d.salaryMax),
    salaryCurrency: d.salaryCurrency ?? "",
    contacts: d.contacts ?? "",
    notes: d.notes ?? "",
  };
}

/** The change to send: every field as typed (empty: none), and the company only when it was renamed. */
function changeOf(form: Fields, before: string): ApplicationChange {
  const change: ApplicationChange = {
    role: form.role,
    link: form.link.trim() || null,
    salaryMin: numberOrNull(form.salaryMin),
    salaryMax: numberOrNull(form.salaryMax),
    salaryCurrency: form.salaryCurrency.trim() || null,
    contacts: form.contacts.trim() || null,
    notes: form.notes.trim() || null,
  };
  if (form.company.trim() !== before) change.company = form.company;
  return change;
}

/** Saving the details, and a rename's Undo: busy, what was done, what went wrong. */
function useDetailsSave(t: ApplicationTimeline, onSaved: () => void) {
  const [form, setForm] = useState(() => fieldsOf(t));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const [renamedFrom, setRenamedFrom] = useState<string | undefined>();
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem("");
    setStatus("");
    const before = t.application.company;
    const change = changeOf(form, before);
    try {
      await changeApplication(t.application.id, change);
      setRenamedFrom(change.company !== undefined ? before : undefined);
      setStatus(change.company !== undefined ? `Saved. Renamed from ${before}.` : "Saved.");
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
  return { form, setForm, busy, status, problem, renamedFrom, save, undoRename };
}

type OnField = (key: keyof Fields) => (e: Event) => void;

/** From, to and currency. */
function SalaryFields({ form, set }: { form: Fields; set: OnField }) {
  return (
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
  );
}

/** Company, role, the job post's link, the salary range, the people there and the candidate's notes. */
function DetailFields({ form, set }: { form: Fields; set: OnField }) {
  return (
    <>
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
      <SalaryFields form={form} set={set} />
      <label for="d-contacts">People there (one a line)</label>
      <textarea id="d-contacts" rows={3} value={form.contacts} onInput={set("contacts")} />
      <label for="d-notes">Your notes</label>
      <textarea id="d-notes" rows={4} value={form.notes} onInput={set("notes")} />
    </>
  );
}

/** What the candidate keeps on the application: its names, the posting, the salary range, people, notes. */
export function DetailsForm({ t, onSaved }: { t: ApplicationTimeline; onSaved: () => void }) {
  const d = useDetailsSave(t, onSaved);
  const set: OnField = (key) => (e) =>
    d.setForm((f) => ({ ...f, [key]: (e.currentTarget as HTMLInputElement).value }));
  return (
    <section aria-labelledby="app-details">
      <h2 id="app-details">Details</h2>
      <form class="details-form" onSubmit={d.save}>
        <DetailFields form={d.form} set={set} />
        <div class="actions">
          <button type="submit" class="primary" disabled={d.busy}>
            Save details
          </button>
          {d.renamedFrom ? (
            <button type="button" onClick={d.undoRename}>
              Undo rename (back to {d.renamedFrom})
            </button>
          ) : null}
        </div>
        <p class="status" role="status" aria-live="polite">
          {d.status}
        </p>
        {d.problem ? (
          <p class="error" role="alert">
            {d.problem}
          </p>
        ) : null}
      </form>
    </section>
  );
}
