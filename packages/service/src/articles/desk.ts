import { WinnowFailure } from '@winnow/contract';
import type { Dashboard, NextArticle, Settings, Tag, ValidParams } from '@winnow/contract';
import type { Store } from '@winnow/store';

/** The review desk's calls that are not decisions: settings, tags, the queue, the dashboard. */

const SETTING_KEYS = { editor: 'desk.editor', language: 'desk.language', theme: 'desk.theme' };

export function readSettings(store: Store): Settings {
  const language = store.meta.get(SETTING_KEYS.language);
  const theme = store.meta.get(SETTING_KEYS.theme);
  return {
    editor: store.meta.get(SETTING_KEYS.editor),
    language: language === 'en' || language === 'zh' ? language : null,
    theme: theme === 'light' || theme === 'dark' ? theme : null,
  };
}

export function writeSettings(store: Store, params: ValidParams<'settings.set'>): Settings {
  store.transaction(() => {
    for (const key of ['editor', 'language', 'theme'] as const) {
      const value = params[key];
      if (value !== undefined) store.meta.set(SETTING_KEYS[key], value);
    }
  });
  return readSettings(store);
}

function tagOrFail(store: Store, id: number) {
  const tag = store.tags.get(id);
  if (!tag) throw new WinnowFailure('not_found', `There is no tag ${id} in this corpus.`);
  return tag;
}

const plainTag = ({ id, name, colour, description }: Tag): Tag => ({
  id,
  name,
  colour,
  description,
});

export function updateTag(store: Store, params: ValidParams<'tags.update'>): Tag {
  const tag = tagOrFail(store, params.id);
  const name = params.name ?? tag.name;
  const clash = store.tags.byName(name);
  if (clash && clash.id !== tag.id)
    throw new WinnowFailure(
      'conflict',
      `A tag named "${clash.name}" already exists; merge the two tags instead of renaming.`,
    );
  const next = {
    ...tag,
    name,
    colour: params.colour ?? tag.colour,
    description: params.description ?? tag.description,
  };
  store.tags.update(tag.id, next.name, next.colour, next.description);
  return plainTag(next);
}

export function mergeTags(store: Store, from: number, into: number): Tag {
  if (from === into) throw new WinnowFailure('bad_request', 'A tag cannot be merged into itself.');
  tagOrFail(store, from);
  const target = tagOrFail(store, into);
  store.transaction(() => store.tags.merge(from, into));
  return plainTag(target);
}

export function nextArticle(store: Store, after: number | undefined): NextArticle {
  const found = store.review.next(after ?? 0);
  return {
    id: found?.id ?? null,
    reason: found?.reason ?? null,
    remaining: store.review.pendingArticles(),
  };
}

export function dashboard(store: Store): Dashboard {
  return {
    byStatus: store.articles.countByStatus(),
    reviewByDay: store.review.decisionsByDay(),
    factsByKind: store.review.factsByKind(),
    rules: store.review.rules(),
    warnings: store.review.warnings(),
  };
}
