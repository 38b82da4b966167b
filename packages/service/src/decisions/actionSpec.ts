import { WinnowFailure } from '@winnow/contract';
import type { DecisionAction, DecisionValue } from '@winnow/contract';
import type { Store } from '@winnow/store';

/**
 * How the service reads, writes and places what a decision's action changes. What the
 * action means — its value, the ids it names, its label — is the contract's registry
 * (decisionRegistry); this is only how this corpus's tables hold it.
 */
export type ActionSpec<V> = {
  /** The current value; `like` is a value of the same action (it names the tag, for tags). */
  read(store: Store, targetId: number, like: V): unknown;
  write(store: Store, targetId: number, value: V): void;
  /** The article the decision is shown under; `value` is the decision's new value. */
  articleOf(store: Store, targetId: number, value: V): number | null;
  /**
   * How a conflict message names the target (`value`: one the decision knows of it), when
   * its label and id would not tell the editor which one: a tag by its name.
   */
  named?(store: Store, targetId: number, value: unknown): string;
};

/** One spec per action of the registry: an action without one does not compile. */
export type ActionHandlers = { [A in DecisionAction]: ActionSpec<DecisionValue<A>> };

/** A bulk decision's value: the state of each target, by id. One undo reverses all of it. */
export type ById<T> = Record<string, T>;

/** The current value of each target named in `like`; null when none of them exists. */
export function readMany<T>(
  like: ById<T>,
  current: (id: number, like: T) => unknown,
): ById<unknown> | null {
  const out: ById<unknown> = {};
  let found = false;
  for (const [key, value] of Object.entries(like)) {
    const now = current(Number(key), value);
    if (now !== null) found = true;
    out[key] = now;
  }
  return found ? out : null;
}

/** The one article every target belongs to, or null when they span several. */
export function sharedArticle(
  value: ById<unknown>,
  articleOf: (id: number) => number | null,
): number | null {
  const articles = new Set(Object.keys(value).map((k) => articleOf(Number(k))));
  const [only] = articles;
  return articles.size === 1 && only !== undefined ? only : null;
}

/** The entries of a bulk value that name a state (a null named a target that was gone). */
export const presentEntries = <T>(value: ById<T | null>): [number, T][] =>
  Object.entries(value).flatMap(([id, v]) => (v === null ? [] : [[Number(id), v] as [number, T]]));

/**
 * Before a tag is put on something again (a redo, an undo of its removal): the tag must
 * still exist. Another editor may have deleted it, or merged it into another, since the
 * decision; putting it back then failed deep in the database as an internal error.
 */
export function tagToPutOn(store: Store, tagId: number, on: boolean): void {
  if (on && !store.tags.get(tagId))
    throw new WinnowFailure(
      'conflict',
      `The tag ${tagId} was deleted or merged into another since; restore it (undo its deletion) or choose a tag that exists.`,
      { tagId },
    );
}
