import {
  cleanedToRaw,
  decisionRoutes,
  editSegments,
  editsInForce,
  isDecisionAction,
  mapIds,
  parsePortableId,
  portableEditId,
  portableFactId,
} from '@winnow/contract/plain';
import type { IdKind, Segment } from '@winnow/contract';
import type { DecisionRecord } from '@winnow/bundle';
import type { DecisionRow, Store } from '@winnow/store';

/**
 * A decision's ids between desks. Ids are each corpus's own; what both desks share is the
 * source file (its sha256) and the raw text in it. So an article travels as its sha256, an
 * edit as its rule and raw span, a fact as its kind, quote and raw span (its cleaned
 * offsets differ wherever the two desks decided the article's edits differently), a tag as
 * its name — the contract's `portableIdForms`.
 */

/** A fact's place in the raw text, through the edits in force (null for an orphan). */
export function rawSpanOf(
  segments: readonly Segment[],
  fact: { start: number | null; end: number | null; orphan: boolean },
): { rawStart: number | null; rawEnd: number | null } {
  if (fact.orphan || fact.start === null || fact.end === null || fact.start < 0)
    return { rawStart: null, rawEnd: null };
  return {
    rawStart: cleanedToRaw(segments, fact.start, 'start'),
    rawEnd: cleanedToRaw(segments, fact.end, 'end'),
  };
}

export const segmentsOf = (
  raw: string,
  edits: readonly {
    start: number;
    end: number;
    replacement: string;
    rule: string;
    state: string;
  }[],
) => editSegments(raw.length, editsInForce(edits));

/** The articles' segments a few at a time: decisions come article by article. */
class SegmentCache {
  private readonly kept = new Map<number, Segment[]>();
  private readonly store: Store;
  constructor(store: Store) {
    this.store = store;
  }
  of(articleId: number): Segment[] {
    let found = this.kept.get(articleId);
    if (!found) {
      const raw = this.store.articles.raw(articleId) ?? '';
      found = segmentsOf(raw, this.store.edits.byArticle(articleId));
      if (this.kept.size > 16) this.kept.clear();
      this.kept.set(articleId, found);
    }
    return found;
  }
}

/** Writes this corpus's ids in their portable form (undefined: the thing is gone). */
export class PortableNames {
  private readonly segments: SegmentCache;
  private readonly store: Store;
  /**
   * Whether a tag merged away is named (by its name when merged). Not in a bundle: the
   * other desk, without the merge, would put the tag back where the merge took it off;
   * an import does, to know its own decisions when a bundle brings them back.
   */
  private readonly mergedByName: boolean;
  constructor(store: Store, options: { mergedByName?: boolean } = {}) {
    this.store = store;
    this.segments = new SegmentCache(store);
    this.mergedByName = options.mergedByName ?? false;
  }

  readonly of = (kind: IdKind, id: unknown): string | undefined => {
    const n = Number(id);
    const { store } = this;
    if (kind === 'tag') return store.tags.get(n)?.name ?? this.deletedTagName(n);
    if (kind === 'article') return store.articles.sha256(n) ?? undefined;
    if (kind === 'edit') {
      const edit = store.edits.get(n);
      const article = edit && store.articles.sha256(edit.articleId);
      if (!edit || !article) return undefined;
      return portableEditId({ article, rule: edit.rule, start: edit.start, end: edit.end });
    }
    const fact = store.facts.get(n);
    const article = fact && store.articles.sha256(fact.articleId);
    if (!fact || !article) return undefined;
    const span = rawSpanOf(this.segments.of(fact.articleId), fact);
    return portableFactId({ article, kind: fact.kind, quote: fact.quote, ...span });
  };

  private deletedTags: Map<number, string> | null = null;
  /**
   * A deleted tag is still named by the decisions made while it was there (and by its
   * deletion, which the other desk applies by that name): its name is in the snapshot the
   * deletion kept.
   */
  private deletedTagName(id: number): string | undefined {
    if (!this.deletedTags) {
      this.deletedTags = new Map();
      for (const row of this.store.decisions.corpusWide())
        if (row.action === 'tag.delete' || (this.mergedByName && row.action === 'tag.merge'))
          for (const side of [row.before, row.after]) {
            const name = (side as { name?: unknown } | null)?.name;
            if (typeof name === 'string') this.deletedTags.set(row.targetId, name);
          }
    }
    return this.deletedTags.get(id);
  }

  /** A value with its ids portable; null when an id it cannot do without is gone. */
  value(action: string, value: unknown): unknown {
    if (!isDecisionAction(action)) return value;
    return mapIds(decisionRoutes[action].ids, value, this.of) ?? null;
  }
}

/** A decision as a bundle carries it (its target '' when the target is gone). */
export function portableDecision(
  names: PortableNames,
  row: DecisionRow,
  sha256: string | null,
): DecisionRecord {
  return {
    id: row.id,
    at: row.at,
    editor: row.editor,
    kind: row.kind,
    action: row.action,
    targetType: row.targetType,
    target: names.of(row.targetType, row.targetId) ?? '',
    article: sha256,
    before: names.value(row.action, row.before),
    after: names.value(row.action, row.after),
    reverts: row.reverts,
  };
}

type ArticleIds = { exact: Map<string, number>; loose: Map<string, number[]> };

/**
 * Finds this corpus's ids for portable ones, article by article: an article by the sha256
 * of its source file, its edits and facts by their portable ids. A tag by name is made
 * when missing (`tagNamed`).
 */
export class LocalIds {
  private readonly byArticle = new Map<number, ArticleIds>();
  private readonly store: Store;
  private readonly tagNamed: (name: string) => number;
  constructor(store: Store, tagNamed: (name: string) => number) {
    this.store = store;
    this.tagNamed = tagNamed;
  }

  article(sha256: string): number | undefined {
    const file = this.store.sourceFiles.idBySha256(sha256);
    return (file === null ? null : this.store.articles.idBySourceFile(file)) ?? undefined;
  }

  /**
   * The portable ids of an article's edits and facts, read once, after the articles; and
   * its facts by kind and quote alone, for a fact one desk holds as an orphan (without a
   * span) and the other still anchored — the same fact when no other has that quote.
   */
  private within(articleId: number, sha256: string): ArticleIds {
    let found = this.byArticle.get(articleId);
    if (found) return found;
    found = { exact: new Map(), loose: new Map() };
    const edits = this.store.edits.byArticle(articleId);
    for (const e of edits) found.exact.set(portableEditId({ article: sha256, ...e }), e.id);
    const segments = segmentsOf(this.store.articles.raw(articleId) ?? '', edits);
    for (const f of this.store.facts.byArticle(articleId)) {
      const id = portableFactId({ ...f, article: sha256, ...rawSpanOf(segments, f) });
      if (!found.exact.has(id)) found.exact.set(id, f.id);
      const loose = JSON.stringify([f.kind, f.quote]);
      found.loose.set(loose, [...(found.loose.get(loose) ?? []), f.id]);
    }
    this.byArticle.set(articleId, found);
    return found;
  }

  readonly of = (kind: IdKind, id: unknown): number | undefined => {
    if (typeof id !== 'string' || id === '') return undefined;
    if (kind === 'tag') return this.tagNamed(id);
    if (kind === 'article') return this.article(id);
    let sha256: unknown;
    try {
      sha256 = (JSON.parse(id) as unknown[])[0];
    } catch {
      return undefined;
    }
    if (typeof sha256 !== 'string') return undefined;
    const articleId = this.article(sha256);
    if (articleId === undefined) return undefined;
    const ids = this.within(articleId, sha256);
    const exact = ids.exact.get(id);
    if (exact !== undefined || kind !== 'fact') return exact;
    const fact = parsePortableId('fact', id);
    const candidates = fact ? ids.loose.get(JSON.stringify([fact.kind, fact.quote])) : undefined;
    return candidates?.length === 1 ? candidates[0] : undefined;
  };
}
