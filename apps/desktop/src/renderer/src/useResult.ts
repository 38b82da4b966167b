import { useEffect, useState } from 'react';
import type { Result } from '@winnow/contract';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/** Runs `load` whenever `deps` change and keeps only the answer to the latest request. */
export function useResult<T>(
  load: () => Promise<Result<T>>,
  deps: readonly unknown[],
): Loadable<T> {
  const [current, setCurrent] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let latest = true;
    setCurrent({ state: 'loading' });
    load().then(
      (result) => {
        if (!latest) return;
        setCurrent(
          result.ok
            ? { state: 'ready', value: result.value }
            : { state: 'failed', message: result.error.message },
        );
      },
      (error: unknown) => {
        if (latest)
          setCurrent({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      latest = false;
    };
  }, deps);
  return current;
}
