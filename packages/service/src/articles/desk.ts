import type { Dashboard, NextArticle, Settings, ValidParams } from '@winnow/contract';
import type { Store } from '@winnow/store';

/** The review desk's calls that are not decisions: settings, the queue, the dashboard. */

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
