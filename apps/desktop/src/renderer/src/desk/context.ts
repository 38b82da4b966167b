import { createContext, useContext } from 'react';
import type { MethodName, Params, Value, WinnowClient } from '@winnow/contract';

/**
 * What every part of the desk shares: the client, who is editing, and how to decide.
 * It stays the same object from decision to decision, so the rows of a long facts list
 * are not all drawn again each time; what changes is the revision (below).
 */
export type Desk = {
  client: WinnowClient;
  editor: string | null;
  /** Runs a decision as the current editor (asking for a name first if there is none). */
  decide: <M extends MethodName>(
    method: M,
    params: Omit<Params<M>, 'editor'>,
  ) => Promise<Value<M> | null>;
  /** A short message in the status line; errors are announced to screen readers too. */
  say: (message: string, tone?: 'info' | 'error') => void;
  refresh: () => void;
  openArticle: (id: number) => void;
};

export const DeskContext = createContext<Desk | null>(null);

/** Goes up after each decision: the views that show stored things load them again. */
export const RevisionContext = createContext(0);
export const useRevision = () => useContext(RevisionContext);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside the desk');
  return desk;
}
