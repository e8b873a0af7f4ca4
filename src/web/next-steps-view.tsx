import { useState } from "preact/hooks";
import { listTodo, markDone, messageOf } from "./api.js";
import type { TodoItem } from "./api-types.js";
import { formatDateTime } from "./dates.js";
import { DraftBox } from "./draft-box.js";
import { actionLabel, draftSubject } from "./labels.js";
import { Link } from "./link.js";
import { OverdueTag } from "./overdue-tag.js";
import { usePageTitle } from "./page-title.js";
import { applicationHref } from "./parse-route.js";
import { Problem } from "./problem.js";
import { useApi } from "./use-api.js";

function fileName(item: TodoItem): string {
  const company = item.company.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "draft";
  return `${company}-${item.kind}.eml`;
}

/** One thing to do: why, by when, its draft with the ways to send it, and "done". */
export function TodoCard({
  item,
  onDone,
  showCompany = false,
}: {
  item: TodoItem;
  onDone: () => void;
  showCompany?: boolean;
}) {
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const finish = async () => {
    setBusy(true);
    setProblem("");
    try {
      await markDone(item.id);
      onDone();
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <article class={`card todo-card${item.isOverdue ? " overdue" : ""}`}>
      <h3 class="card-title">
        {actionLabel(item.kind)}
        {showCompany ? (
          <>
            {" · "}
            <Link href={applicationHref(item.applicationId)}>{item.company}</Link>
          </>
        ) : null}
      </h3>
      <p class="due">
        {item.due ? `Due ${formatDateTime(item.due)}` : "No date"}
        {item.isOverdue ? <OverdueTag /> : null}
      </p>
      <p class="why">{item.why}</p>
      {item.text ? (
        <DraftBox
          text={item.text}
          subject={draftSubject(item.kind, item.company)}
          label={`${actionLabel(item.kind)} (${item.company}): draft`}
          actionId={item.id}
          fileName={fileName(item)}
        />
      ) : null}
      <button type="button" onClick={finish} disabled={busy}>
        <span aria-hidden="true">✓ </span>Mark done
      </button>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </article>
  );
}

/** Next steps: everything due across the search, soonest first, with the drafts. */
export function NextStepsView() {
  const loaded = useApi((signal) => listTodo(signal), []);
  usePageTitle("Next steps");
  const items = loaded.data;
  return (
    <>
      <h1>Next steps</h1>
      {loaded.error ? (
        <Problem message={loaded.error} onRetry={loaded.reload} />
      ) : !items ? (
        <p role="status">Loading what is due…</p>
      ) : items.length === 0 ? (
        <p>Nothing is due. Enjoy it.</p>
      ) : (
        <>
          <p class="lede">
            {items.length} {items.length === 1 ? "thing" : "things"} to do,{" "}
            {items.filter((i) => i.isOverdue).length} overdue. Soonest first.
          </p>
          <ul class="todo">
            {items.map((item) => (
              <li key={item.id}>
                <TodoCard item={item} onDone={loaded.reload} showCompany />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
