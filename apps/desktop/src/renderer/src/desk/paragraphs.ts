import type { ArticleEdit, Fact, Tag } from '@winnow/contract';
import type { Known } from '../i18n/decisions.ts';

/** A run of lines with text in them: paragraphs are apart by blank lines. */
const PARAGRAPH = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;

/**
 * Where each paragraph of `text` ends, in order; `paragraphAt` counts them. Paragraphs are
 * runs of lines with text, apart by blank lines: how the cleaner writes them, and how
 * scraped text pages come.
 */
export function paragraphEnds(text: string): number[] {
  return [...text.matchAll(PARAGRAPH)].map((m) => m.index + m[0].length);
}

/**
 * Which paragraph an offset falls in, counted from 1. An offset in the blank between two
 * paragraphs belongs to the next one: a removal that took a whole paragraph away stood
 * before it.
 */
export function paragraphAt(ends: readonly number[], offset: number): number {
  let low = 0;
  let high = ends.length;
  // The number of paragraphs that end at or before the offset.
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ends[mid] ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return Math.max(1, Math.min(low + 1, ends.length));
}

/**
 * What the history and the undo toast say about an article's edits, facts and tags.
 *
 * An edit's paragraph is counted in the RAW text, at the edit's start: edits are offsets
 * in the raw text, so no mapping is needed; the raw text never changes, so an old history
 * entry keeps naming the same place however later decisions reshape the cleaned text; and
 * the raw pane is where the desk draws each removal (its hunk), so "paragraph 3" is found
 * where the editor looks for it. (The cleaned text would renumber every later paragraph
 * each time a whole paragraph is removed or restored before it.)
 */
export function knownFrom(
  article: { raw: string; edits: readonly ArticleEdit[] } | null,
  facts: readonly Fact[] = [],
  tags: readonly Tag[] = [],
): Known {
  const edits = new Map((article?.edits ?? []).map((e) => [e.id, e]));
  const quotes = new Map(facts.map((f) => [f.id, f.quote]));
  const names = new Map(tags.map((tag) => [tag.id, tag.name]));
  let ends: number[] | null = null;
  return {
    ruleOfEdit: (id) => edits.get(id)?.rule,
    paragraphOfEdit: (id) => {
      const edit = edits.get(id);
      if (!edit || !article) return undefined;
      ends ??= paragraphEnds(article.raw);
      return paragraphAt(ends, edit.start);
    },
    quoteOfFact: (id) => quotes.get(id),
    tagName: (id) => names.get(id),
  };
}
