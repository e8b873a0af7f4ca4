/** "⚠ overdue", after a due date that has passed. */
export function OverdueTag() {
  return (
    <strong class="overdue-tag">
      {" "}
      <span aria-hidden="true">⚠</span> overdue
    </strong>
  );
}
