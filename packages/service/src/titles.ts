import type { Store } from '@winnow/store';

/** The headline the cleaner reads off a text: its first non-empty line. */
export function firstLineOf(cleaned: string): string | null {
  return (
    cleaned
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? null
  );
}

/**
 * Whether an editor's title is in force on the article: a title set by an
 * `article.fields` decision that has not been undone since. Read from the decision log,
 * which is where that choice is recorded.
 */
export function titleSetByEditor(store: Store, articleId: number): boolean {
  const log = store.decisions.forArticle(articleId);
  const net = new Map<number, number>();
  for (const d of log)
    if (d.reverts !== null)
      net.set(d.reverts, (net.get(d.reverts) ?? 0) + (d.kind === 'undo' ? -1 : 1));
  return log.some(
    (d) =>
      d.kind === 'act' &&
      d.action === 'article.fields' &&
      typeof d.after === 'object' &&
      d.after !== null &&
      'title' in d.after &&
      (net.get(d.id) ?? 0) === 0,
  );
}
