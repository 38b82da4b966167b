import { decisionRoutes, idsIn, isDecisionAction } from '@winnow/contract/plain';
import type { BlockMembership, CorpusWideAction, IdKind, TagOnListed } from '@winnow/contract';
import type { DecisionRow, Store } from '@winnow/store';
import { blocksOf } from '../cleaning/cleaningBlocks.ts';
import { isTagOnListed } from '../decisions/tagOnListed.ts';

/**
 * The portable form of each decision on the corpus as a whole (the registry's
 * `portable: { corpusWide }`), as this service writes and reads it. A bundle is a merge of
 * some articles: it carries the part of such a decision that concerns its articles, and
 * the importing desk records only what that part changes there — so its undo and redo
 * touch nothing else (bundles/README.md). An action the registry calls corpus-wide
 * without a form here does not compile.
 */
/** A decision's part on the bundle's articles, in the exporting corpus's ids (a tag: named). */
export type Narrowed = { target: number; name: string | null; before: unknown; after: unknown };
/** Whether the bundle holds an article; it answers for the articles `watched` named. */
type Selected = (articleId: number) => boolean;

export type CorpusWideForm = {
  /** The articles the decision concerns (this corpus's ids): the exporter watches for them. */
  watched(store: Store, row: DecisionRow): number[];
  /** The part of the decision on the selected articles; null when it concerns none. */
  narrow(store: Store, row: DecisionRow, selected: Selected): Narrowed | null;
  /**
   * What an imported act (its ids translated; `inBundle`: the articles the bundle holds)
   * changes on this desk, as before and after; null when it changes nothing here.
   */
  imported(
    store: Store,
    target: number,
    after: unknown,
    context: { inBundle: ReadonlySet<number>; at: string },
  ): { before: unknown; after: unknown } | null;
};

/**
 * Whether a decision here, later than `at`, names both the thing and `also` (a tag): then
 * this desk decided it since, and as between two desks' decisions on one thing, the later
 * stands (importDecisions.ts).
 */
function decidedSince(
  log: readonly DecisionRow[],
  at: string,
  thing: [IdKind, number],
  also: [IdKind, number],
): boolean {
  const names = (row: DecisionRow, [kind, id]: [IdKind, number]) =>
    (row.targetType === kind && row.targetId === id) ||
    (isDecisionAction(row.action) &&
      [row.before, row.after].some((v) =>
        idsIn(decisionRoutes[row.action].ids, v).some(([k, i]) => k === kind && Number(i) === id),
      ));
  return log.some((row) => row.at > at && names(row, thing) && names(row, also));
}

type Listed = { name: string; articles: number[]; facts: number[] };

/** The things a tag's deletion took it off (or, in its undo, put it back on). */
function listedOf(row: Pick<DecisionRow, 'before' | 'after'>): Listed | null {
  for (const side of [row.before, row.after]) {
    if (isTagOnListed(side)) return side;
    const full = side as { deleted?: unknown } | null;
    if (full?.deleted === false) return side as Listed;
  }
  return null;
}
/** Whether the tag is on the things in this value (deleted: it is on none). */
const tagOn = (value: unknown) =>
  isTagOnListed(value) ? value.on : (value as { deleted?: unknown } | null)?.deleted === false;

const factArticle = (store: Store, factId: number) => store.facts.get(factId)?.articleId ?? null;

const tagDelete: CorpusWideForm = {
  watched(store, row) {
    const listed = listedOf(row);
    if (!listed) return [];
    const ofFacts = listed.facts.map((f) => factArticle(store, f));
    return [...listed.articles, ...ofFacts.filter((a): a is number => a !== null)];
  },
  narrow(store, row, selected) {
    const listed = listedOf(row);
    if (!listed) return null;
    const articles = listed.articles.filter(selected);
    const facts = listed.facts.filter((f) => {
      const article = factArticle(store, f);
      return article !== null && selected(article);
    });
    if (articles.length === 0 && facts.length === 0) return null;
    const side = (value: unknown): TagOnListed => ({
      on: tagOn(value),
      name: listed.name,
      articles,
      facts,
    });
    return {
      target: row.targetId,
      name: listed.name,
      before: side(row.before),
      after: side(row.after),
    };
  },
  imported(store, tagId, after, { inBundle, at }) {
    if (!isTagOnListed(after)) return null;
    const carries = (tags: number[]) => tags.includes(tagId);
    const tag: [IdKind, number] = ['tag', tagId];
    const since = (article: number, thing: [IdKind, number]) =>
      decidedSince(store.decisions.forArticle(article), at, thing, tag);
    // Only the bundle's things, only those the act would change here, and none this desk
    // tagged or untagged since.
    const articles = after.articles.filter(
      (a) =>
        inBundle.has(a) &&
        carries(store.tags.onArticle(a)) !== after.on &&
        !since(a, ['article', a]),
    );
    const facts = after.facts.filter((f) => {
      const article = factArticle(store, f);
      return (
        article !== null &&
        inBundle.has(article) &&
        carries(store.tags.onFact(f)) !== after.on &&
        !since(article, ['fact', f])
      );
    });
    if (articles.length === 0 && facts.length === 0) return null;
    const value = (on: boolean): TagOnListed => ({ on, name: after.name, articles, facts });
    return { before: value(!after.on), after: value(after.on) };
  },
};

const sameRule = (a: BlockMembership, b: Pick<BlockMembership, 'text' | 'source'>) =>
  a.text === b.text && a.source === b.source;

const cleaningBlock: CorpusWideForm = {
  watched: (_store, row) => [row.targetId],
  narrow: (_store, row, selected) =>
    selected(row.targetId)
      ? { target: row.targetId, name: null, before: row.before, after: row.after }
      : null,
  imported(store, articleId, after, { inBundle, at }) {
    const block = after as BlockMembership;
    if (!inBundle.has(articleId) || block.articleId !== articleId) return null;
    // This desk's own later word on the rule stands.
    const later = store.decisions
      .corpusWide()
      .some(
        (row) =>
          row.action === 'cleaning.block' &&
          row.at > at &&
          sameRule(block, row.after as BlockMembership),
      );
    if (later) return null;
    const rules = blocksOf(store);
    // Added unless the desk has the rule (its text and scope) already, however taught;
    // taken off only where the desk holds it as taught from the same article.
    const change = block.on
      ? !rules.some((r) => sameRule(block, r))
      : rules.some((r) => sameRule(block, r) && r.articleId === block.articleId);
    return change ? { before: { ...block, on: !block.on }, after: block } : null;
  },
};

export const corpusWideForms: { [A in CorpusWideAction]: CorpusWideForm } = {
  'tag.delete': tagDelete,
  'cleaning.block': cleaningBlock,
};
