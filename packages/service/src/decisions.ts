import { WinnowFailure } from '@winnow/contract';
import { corroborationKey } from '@winnow/facts';
import type { ArticleStatus, Decision } from '@winnow/contract';
import type { EditState, FactStatus, Store } from '@winnow/store';
import { rebuildCleaned } from './cleanedText.ts';
import { readMany, sharedArticle } from './actionSpec.ts';
import type { ActionSpec, ById } from './actionSpec.ts';
import { articleActions } from './articleActions.ts';

/**
 * Every editorial act goes through here: it reads the current value, writes the new one
 * and appends the decision, in one transaction. Undo and redo replay the log backwards
 * and forwards, and refuse (rather than overwrite) when someone changed the thing since.
 */
type TagMembership = { tagId: number; on: boolean };

/** A tag as deleting it finds it: enough to bring it back, on everything it was on. */
type TagSnapshot =
  | { deleted: true }
  | {
      deleted: false;
      name: string;
      colour: string;
      description: string;
      createdAt: string;
      articles: number[];
      facts: number[];
    };

function tagSnapshot(store: Store, id: number): TagSnapshot | null {
  const tag = store.tags.get(id);
  if (!tag) return null;
  const { name, colour, description, createdAt } = tag;
  return { deleted: false, name, colour, description, createdAt, ...store.tags.members(id) };
}

const actions: Record<string, ActionSpec> = {
  'article.status': {
    targetType: 'article',
    label: 'the status of article',
    read: (store, id) => store.articles.status(id),
    write: (store, id, value) => store.articles.setStatus(id, value as ArticleStatus),
    articleOf: (_store, id) => id,
  },
  'article.tag': {
    targetType: 'article',
    label: 'the tags of article',
    read: (store, id, like) => {
      const { tagId } = like as TagMembership;
      return { tagId, on: store.tags.onArticle(id).includes(tagId) };
    },
    write: (store, id, value) => {
      const { tagId, on } = value as TagMembership;
      store.tags.setOnArticle(id, tagId, on);
    },
    articleOf: (_store, id) => id,
  },
  'edit.state': {
    targetType: 'edit',
    label: 'the state of edit',
    read: (store, id) => store.edits.get(id)?.state ?? null,
    write: (store, id, value) => setEditState(store, id, value as EditState),
    articleOf: (store, id) => store.edits.get(id)?.articleId ?? null,
  },
  'fact.tag': {
    targetType: 'fact',
    label: 'the tags of fact',
    read: (store, id, like) => {
      if (!store.facts.get(id)) return null;
      const { tagId } = like as TagMembership;
      return { tagId, on: store.tags.onFact(id).includes(tagId) };
    },
    write: (store, id, value) => {
      const { tagId, on } = value as TagMembership;
      store.tags.setOnFact(id, tagId, on);
    },
    articleOf: (store, id) => store.facts.get(id)?.articleId ?? null,
  },
  'fact.status': {
    targetType: 'fact',
    label: 'the status of fact',
    read: (store, id) => store.facts.get(id)?.status ?? null,
    write: (store, id, value) => store.facts.setStatus(id, value as FactStatus),
    articleOf: (store, id) => store.facts.get(id)?.articleId ?? null,
  },
  'fact.value': {
    targetType: 'fact',
    label: 'the value of fact',
    read: (store, id) => store.facts.get(id)?.value ?? null,
    write: (store, id, value) => {
      const fact = store.facts.get(id);
      if (!fact) return;
      const v = value as string | number;
      store.facts.setValue(id, v, corroborationKey({ ...fact, value: v }));
    },
    articleOf: (store, id) => store.facts.get(id)?.articleId ?? null,
  },
  'fact.statuses': {
    targetType: 'fact',
    label: 'the statuses of facts',
    read: (store, _id, like) => readMany(like, (id) => store.facts.get(id)?.status ?? null),
    write: (store, _id, value) => {
      for (const [id, status] of Object.entries(value as ById<FactStatus>))
        store.facts.setStatus(Number(id), status);
    },
    articleOf: (store, _id, value) =>
      sharedArticle(value, (id) => store.facts.get(id)?.articleId ?? null),
  },
  'tag.delete': {
    targetType: 'tag',
    label: 'the tag',
    // A deleted tag reads as deleted, so that its undo finds what it left.
    read: (store, id) => tagSnapshot(store, id) ?? { deleted: true },
    write: (store, id, value) => {
      const snapshot = value as TagSnapshot;
      if (snapshot.deleted) return store.tags.delete(id);
      const clash = store.tags.byName(snapshot.name);
      if (clash)
        throw new WinnowFailure(
          'conflict',
          `A tag named "${clash.name}" was created since; rename or merge it, then undo again.`,
        );
      // Things deleted since the tag was are left out.
      const articles = snapshot.articles.filter((a) => store.articles.status(a) !== null);
      const facts = snapshot.facts.filter((f) => store.facts.get(f) !== null);
      store.tags.restore({ id, ...snapshot }, articles, facts);
    },
    articleOf: () => null,
  },
  'edit.states': {
    targetType: 'edit',
    label: 'the states of edits',
    read: (store, _id, like) => readMany(like, (id) => store.edits.get(id)?.state ?? null),
    write: (store, _id, value) => {
      // Set every state first, then rebuild each article's cleaned text once.
      const articles = new Set<number>();
      for (const [id, state] of Object.entries(value as ById<EditState>)) {
        const edit = store.edits.get(Number(id));
        if (!edit) continue;
        store.edits.setState(edit.id, state);
        articles.add(edit.articleId);
      }
      for (const articleId of articles) rebuildCleaned(store, articleId);
    },
    articleOf: (store, _id, value) =>
      sharedArticle(value, (id) => store.edits.get(id)?.articleId ?? null),
  },
  ...articleActions,
};

/** Whether this Winnow records decisions of `action` (a bundle's may come from a newer one). */
export const isKnownAction = (action: string): boolean => Object.hasOwn(actions, action);

/** Accepting or reverting an edit changes the cleaned text, and the facts follow it. */
export function setEditState(store: Store, id: number, state: EditState): void {
  const edit = store.edits.get(id);
  if (!edit) return;
  store.edits.setState(id, state);
  rebuildCleaned(store, edit.articleId);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function spec(action: string): ActionSpec {
  const found = actions[action];
  if (!found) throw new WinnowFailure('internal', `No such decision action: ${action}`);
  return found;
}

/** The last decision on a target, found through its article's decisions. */
function lastDecisionOn(store: Store, s: ActionSpec, targetId: number, current: unknown) {
  const articleId = s.articleOf(store, targetId, current);
  return articleId === null ? null : store.decisions.latestOn(articleId, s.targetType, targetId);
}

/**
 * Refuses a decision made on what the editor's desk showed (`seen`) when someone else
 * changed it since: theirs stands, and the message says whose it is.
 */
function conflictWith(
  s: ActionSpec,
  targetId: number,
  current: unknown,
  seen: unknown,
  by: Decision | null,
): WinnowFailure {
  const what = `${s.label} ${targetId}`;
  const now = by
    ? `${by.editor} made ${what} ${JSON.stringify(current)} (${by.at})`
    : `${what} is now ${JSON.stringify(current)}`;
  return new WinnowFailure(
    'conflict',
    `Not changed: ${now}, after your desk showed ${JSON.stringify(seen)}. Look again and decide.`,
    { current, seen, by: by && { editor: by.editor, at: by.at, decision: by.id } },
  );
}

export function act(
  store: Store,
  editor: string,
  action: string,
  targetId: number,
  after: unknown,
  /** What the editor saw; when given, a later change by someone else is a conflict. */
  seen?: unknown,
): Decision | null {
  const s = spec(action);
  return store.transaction(() => {
    const before = s.read(store, targetId, after);
    if (before === null)
      throw new WinnowFailure(
        'not_found',
        `There is no ${s.targetType} ${targetId} in this corpus.`,
      );
    if (same(before, after)) return null;
    if (seen !== undefined && !same(before, seen)) {
      const by = lastDecisionOn(store, s, targetId, before);
      // The editor's own earlier decision (two quick clicks before the desk reloaded) is
      // what they saw coming, not someone else's.
      if (by?.editor !== editor) throw conflictWith(s, targetId, before, seen, by);
    }
    s.write(store, targetId, after);
    const id = store.decisions.append({
      editor,
      kind: 'act',
      action,
      targetType: s.targetType,
      targetId,
      articleId: s.articleOf(store, targetId, after),
      before,
      after,
      reverts: null,
    });
    return store.decisions.get(id);
  });
}

function replay(store: Store, editor: string, direction: 'undo' | 'redo'): Decision | null {
  return store.transaction(() => {
    const original =
      direction === 'undo' ? store.decisions.undoable(editor) : store.decisions.redoable(editor);
    if (!original) return null;
    const s = spec(original.action);
    const [expected, target] =
      direction === 'undo' ? [original.after, original.before] : [original.before, original.after];
    const current = s.read(store, original.targetId, expected);
    if (!same(current, expected)) {
      throw new WinnowFailure(
        'conflict',
        `Cannot ${direction}: ${s.label} ${original.targetId} was changed since (it is now ${JSON.stringify(current)}).`,
        { decision: original.id },
      );
    }
    s.write(store, original.targetId, target);
    const id = store.decisions.append({
      editor,
      kind: direction,
      action: original.action,
      targetType: original.targetType,
      targetId: original.targetId,
      articleId: original.articleId,
      before: expected,
      after: target,
      reverts: original.id,
    });
    return store.decisions.get(id);
  });
}

/**
 * One decision for many targets of the same kind (every edit of a rule, a selection of
 * facts): it is recorded, undone and redone as one.
 */
export function actMany<T>(
  store: Store,
  editor: string,
  action: 'edit.states' | 'fact.statuses' | 'article.statuses',
  ids: readonly number[],
  value: T,
): Decision | null {
  const first = ids[0];
  if (first === undefined) return null;
  const after: ById<T> = {};
  for (const id of ids) after[String(id)] = value;
  return act(store, editor, action, first, after);
}

export const undo = (store: Store, editor: string) => replay(store, editor, 'undo');
export const redo = (store: Store, editor: string) => replay(store, editor, 'redo');
