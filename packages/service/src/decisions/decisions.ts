import { decisionRegistry, isDecisionAction, WinnowFailure } from '@winnow/contract';
import { corroborationKey } from '@winnow/facts';
import type {
  Decision,
  DecisionAction,
  DecisionValue,
  TagMembership,
  TagSnapshot,
} from '@winnow/contract';
import type { EditSpan, EditState, Store } from '@winnow/store';
import { applyEditChange } from '../cleaning/cleanedText.ts';
import { presentEntries, readMany, sharedArticle, tagToPutOn } from './actionSpec.ts';
import type { ActionHandlers, ActionSpec } from './actionSpec.ts';
import { articleActions } from './articleActions.ts';
import { tagActions } from './tagActions.ts';
import { tagNamed } from './tagNames.ts';
import { isTagOnListed, readTagOnListed, writeTagOnListed } from './tagOnListed.ts';

/**
 * Every editorial act goes through here: it reads the current value, writes the new one
 * and appends the decision, in one transaction. Undo and redo replay the log backwards
 * and forwards, and refuse (rather than overwrite) when someone changed the thing since.
 * What each action means is the contract's decisionRegistry; here is how it is stored.
 */
function tagSnapshot(store: Store, id: number): TagSnapshot | null {
  const tag = store.tags.get(id);
  if (!tag) return null;
  const { name, colour, description, createdAt } = tag;
  return { deleted: false, name, colour, description, createdAt, ...store.tags.members(id) };
}

const actions: ActionHandlers = {
  'article.status': {
    read: (store, id) => store.articles.status(id),
    write: (store, id, value) => store.articles.setStatus(id, value),
    articleOf: (_store, id) => id,
  },
  'article.tag': {
    read: (store, id, { tagId }) => ({ tagId, on: store.tags.onArticle(id).includes(tagId) }),
    write: (store, id, { tagId, on }) => {
      tagToPutOn(store, tagId, on);
      store.tags.setOnArticle(id, tagId, on);
    },
    articleOf: (_store, id) => id,
  },
  'edit.state': {
    read: (store, id) => store.edits.get(id)?.state ?? null,
    write: (store, id, value) => setEditState(store, id, value),
    articleOf: (store, id) => store.edits.get(id)?.articleId ?? null,
  },
  'fact.tag': {
    read: (store, id, { tagId }: TagMembership) => {
      if (!store.facts.get(id)) return null;
      return { tagId, on: store.tags.onFact(id).includes(tagId) };
    },
    write: (store, id, { tagId, on }) => {
      tagToPutOn(store, tagId, on);
      store.tags.setOnFact(id, tagId, on);
    },
    articleOf: (store, id) => store.facts.get(id)?.articleId ?? null,
  },
  'fact.status': {
    read: (store, id) => store.facts.get(id)?.status ?? null,
    write: (store, id, value) => store.facts.setStatus(id, value),
    articleOf: (store, id) => store.facts.get(id)?.articleId ?? null,
  },
  'fact.value': {
    read: (store, id) => store.facts.get(id)?.value ?? null,
    write: (store, id, value) => {
      const fact = store.facts.get(id);
      if (!fact || value === null) return;
      store.facts.setValue(id, value, corroborationKey({ ...fact, value }));
    },
    articleOf: (store, id) => store.facts.get(id)?.articleId ?? null,
  },
  'fact.statuses': {
    read: (store, _id, like) => readMany(like, (id) => store.facts.get(id)?.status ?? null),
    write: (store, _id, value) => {
      for (const [id, status] of presentEntries(value)) store.facts.setStatus(id, status);
    },
    articleOf: (store, _id, value) =>
      sharedArticle(value, (id) => store.facts.get(id)?.articleId ?? null),
  },
  'tag.delete': {
    // A deleted tag reads as deleted, so that its undo finds what it left.
    read: (store, id, like) =>
      isTagOnListed(like)
        ? readTagOnListed(store, id, like)
        : (tagSnapshot(store, id) ?? { deleted: true }),
    write: (store, id, snapshot) => {
      if (isTagOnListed(snapshot)) return writeTagOnListed(store, id, snapshot);
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
    named: tagNamed,
  },
  'edit.states': {
    read: (store, _id, like) => readMany(like, (id) => store.edits.get(id)?.state ?? null),
    write: (store, _id, value) => {
      // Set every state first, then change each article's cleaned text once.
      const before = new Map<number, EditSpan[]>();
      const states = new Map<number, EditState>();
      for (const [id, state] of presentEntries(value)) {
        const edit = store.edits.get(id);
        if (!edit) continue;
        if (!before.has(edit.articleId))
          before.set(edit.articleId, store.edits.spans(edit.articleId));
        store.edits.setState(edit.id, state);
        states.set(edit.id, state);
      }
      for (const [articleId, edits] of before) {
        const after = edits.map((e) => ({ ...e, state: states.get(e.id) ?? e.state }));
        applyEditChange(store, articleId, edits, after);
      }
    },
    articleOf: (store, _id, value) =>
      sharedArticle(value, (id) => store.edits.get(id)?.articleId ?? null),
  },
  ...articleActions,
  ...tagActions,
};

/** Accepting or reverting an edit changes the cleaned text, and the facts follow it. */
export function setEditState(store: Store, id: number, state: DecisionValue<'edit.state'>): void {
  const edit = store.edits.get(id);
  if (!edit) return;
  const before = store.edits.spans(edit.articleId);
  store.edits.setState(id, state);
  const after = before.map((e) => (e.id === id ? { ...e, state } : e));
  applyEditChange(store, edit.articleId, before, after);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An action's spec with its registry entry: what it means and how it is stored. */
export function spec(action: string) {
  if (!isDecisionAction(action))
    throw new WinnowFailure('internal', `No such decision action: ${action}`);
  const { target, label } = decisionRegistry[action];
  // The log's values are the action's own: each spec reads and writes its action's values.
  return { ...(actions[action] as ActionSpec<unknown>), targetType: target, label };
}
type Spec = ReturnType<typeof spec>;

/** The target as messages name it: its label and id, or what its spec says. */
const named = (store: Store, s: Spec, targetId: number, value: unknown) =>
  s.named?.(store, targetId, value) ?? `${s.label} ${targetId}`;

/**
 * The last decision on a target, found through its article's decisions — or, for one of
 * the corpus as a whole (a tag), among those.
 */
function lastDecisionOn(store: Store, s: Spec, targetId: number, current: unknown) {
  const articleId = s.articleOf(store, targetId, current);
  if (articleId !== null) return store.decisions.latestOn(articleId, s.targetType, targetId);
  const own = store.decisions
    .corpusWide()
    .filter((d) => d.targetType === s.targetType && d.targetId === targetId);
  return own[own.length - 1] ?? null;
}

/**
 * Refuses a decision made on what the editor's desk showed (`seen`) when someone else
 * changed it since: theirs stands, and the message says whose it is.
 */
function conflictWith(
  what: string,
  current: unknown,
  seen: unknown,
  by: Decision | null,
): WinnowFailure {
  const now = by
    ? `${by.editor} made ${what} ${JSON.stringify(current)} (${by.at})`
    : `${what} is now ${JSON.stringify(current)}`;
  return new WinnowFailure(
    'conflict',
    `Not changed: ${now}, after your desk showed ${JSON.stringify(seen)}. Look again and decide.`,
    { current, seen, by: by && { editor: by.editor, at: by.at, decision: by.id } },
  );
}

export function act<A extends DecisionAction>(
  store: Store,
  editor: string,
  action: A,
  targetId: number,
  after: DecisionValue<A>,
  /** What the editor saw; when given, a later change by someone else is a conflict. */
  seen?: unknown,
): Decision | null {
  const s = spec(action);
  return store.transaction(() => {
    const before = s.read(store, targetId, after);
    // Shown on the desk, then gone: a re-clean replaced the cleaner's edit the desk showed
    // (ids are never reused, so another edit cannot answer in its place).
    if (before === null && seen !== undefined)
      throw new WinnowFailure(
        'conflict',
        `Not changed: ${s.label} ${targetId} is no longer in this corpus (a re-clean replaces the cleaner's edits it no longer makes). Look again and decide.`,
        { current: null, seen },
      );
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
      if (by?.editor !== editor)
        throw conflictWith(named(store, s, targetId, before), before, seen, by);
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
        `Cannot ${direction}: ${named(store, s, original.targetId, expected)} was changed since (it is now ${JSON.stringify(current)}).`,
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
export function actMany<A extends 'edit.states' | 'fact.statuses' | 'article.statuses'>(
  store: Store,
  editor: string,
  action: A,
  ids: readonly number[],
  value: DecisionValue<A>[string],
): Decision | null {
  const first = ids[0];
  if (first === undefined) return null;
  const after: Record<string, unknown> = {};
  for (const id of ids) after[String(id)] = value;
  return act(store, editor, action, first, after as DecisionValue<A>);
}

export const undo = (store: Store, editor: string) => replay(store, editor, 'undo');
export const redo = (store: Store, editor: string) => replay(store, editor, 'redo');
