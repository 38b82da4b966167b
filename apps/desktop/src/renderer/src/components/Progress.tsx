/** Long work's bar and its words ("Importing 3 of 8"), announced as it moves. */
export function Progress({
  done,
  total,
  label,
  testId,
}: {
  done: number;
  total: number;
  label: string;
  testId: string;
}) {
  return (
    <div className="progress" data-testid={testId} role="status" aria-live="polite">
      <progress max={Math.max(1, total)} value={done} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

/** What went wrong, in the service's own words. */
export function Failure({ message }: { message: string }) {
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
