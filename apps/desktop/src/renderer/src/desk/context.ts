import { createContext, useContext } from 'react';
import type { Decision, MethodName, Params, Value, WinnowClient } from '@winnow/contract';
import { firstRevisions, revisionOf } from './decisionEffects.ts';
import type { Revisions, Scope } from './decisionEffects.ts';

/**
 * What every part of the desk shares: the client, who is editing, and how to decide.
 * It stays the same object from decision to decision, so the rows of a long facts list
 * are not all drawn again each time; what changes is the revisions (below).
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
  /** Loads everything again (an import, a re-clean): what no single decision describes. */
  refresh: () => void;
  /** Loads again what a change outside the decisions touched (a tag just created). */
  invalidate: (...touched: Scope[]) => void;
  /**
   * Hears every decision the service returned, to patch what is on screen from it
   * (desk/decisionEffects.ts); returns the way to stop listening.
   */
  onDecision: (listener: (decision: Decision) => void) => () => void;
  openArticle: (id: number) => void;
};

export const DeskContext = createContext<Desk | null>(null);

/**
 * One counter per thing the desk loads (desk/decisionEffects.ts): a decision moves only the
 * ones it touched, and a view loads again only when one it shows moved.
 */
export const RevisionContext = createContext<Revisions>(firstRevisions);
export const useRevision = (...used: Scope[]) => revisionOf(useContext(RevisionContext), used);
export const useRevisions = () => useContext(RevisionContext);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside the desk');
  return desk;
}
