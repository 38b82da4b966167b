import { createContext, useContext } from 'react';
import type { Decision, MethodName, Params, Value, WinnowClient } from '@winnow/contract';

/**
 * What every part of the desk shares: the client, who is editing, and a revision number
 * that goes up after each decision so every view reloads what it shows.
 */
export type Desk = {
  client: WinnowClient;
  editor: string | null;
  revision: number;
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

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside the desk');
  return desk;
}

/** A short description of a decision for the status line after undo or redo. */
export function describeDecision(decision: Decision): string {
  const after = typeof decision.after === 'string' ? ` → ${decision.after}` : '';
  return `${decision.action} #${decision.targetId}${after}`;
}
