import { useSyncExternalStore } from 'react';

/**
 * What the article list is searching for, shared with the open article so its panes can
 * highlight the same words. A tiny store rather than context: only the highlighter
 * listens, so typing in the search box draws nothing else again.
 */
let current = '';
const listeners = new Set<() => void>();

export function setListQuery(query: string): void {
  if (query === current) return;
  current = query;
  for (const listener of listeners) listener();
}

export function useListQuery(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
