/** What a view shows when its data could not be had: the server's own message, and a way to try again. */
export function Problem({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div class="problem" role="alert">
      <p>
        <span aria-hidden="true">⚠ </span>
        {message}
      </p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
