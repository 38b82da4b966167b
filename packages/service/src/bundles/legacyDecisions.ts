import { decisionRegistry, idsIn, isDecisionAction, mapIds } from '@winnow/contract';
import { portableEditId, portableFactId } from '@winnow/contract';
import type { IdKind } from '@winnow/contract';
import type { ArticleRecord, DecisionRecord, DecisionRecordV3, FactLine } from '@winnow/bundle';
import { rawSpanOf, segmentsOf } from './portableIds.ts';

/**
 * Bundles of format versions 1 to 3 named a decision's target, and the ids inside its
 * value, by the exporting corpus's ids (only a tag was written by name, as `{tag: name}`).
 * Their records are in the bundle, so each such id is turned into its portable form while
 * the articles are read, and each decision into the form version 4 writes. Only the ids
 * the decisions name are kept: a bundle of millions of facts and few decisions would
 * otherwise keep a map of them all.
 */
export class LegacyIds {
  private readonly wanted: Record<Exclude<IdKind, 'tag'>, Set<number>> = {
    article: new Set(),
    fact: new Set(),
    edit: new Set(),
  };
  private readonly ids: Record<Exclude<IdKind, 'tag'>, Map<number, string>> = {
    article: new Map(),
    fact: new Map(),
    edit: new Map(),
  };

  /** Notes the ids a decision names (before the articles are read). */
  want(decision: DecisionRecordV3): void {
    const named: [IdKind, unknown][] = [[decision.targetType, decision.targetId]];
    if (isDecisionAction(decision.action)) {
      const { ids } = decisionRegistry[decision.action];
      named.push(...idsIn(ids, decision.before), ...idsIn(ids, decision.after));
    }
    for (const [kind, id] of named) if (kind !== 'tag') this.wanted[kind].add(Number(id));
  }

  /** Remembers the portable ids of an article, its edits and facts that decisions name. */
  read(record: ArticleRecord, facts: readonly FactLine[]): void {
    const article = record.sha256;
    if (this.wanted.article.has(record.id)) this.ids.article.set(record.id, article);
    for (const e of record.edits)
      if (this.wanted.edit.has(e.id)) this.ids.edit.set(e.id, portableEditId({ article, ...e }));
    const named = facts.filter((f) => this.wanted.fact.has(f.id));
    if (named.length === 0) return;
    const segments = segmentsOf(record.raw, record.edits);
    for (const f of named)
      this.ids.fact.set(f.id, portableFactId({ ...f, article, ...rawSpanOf(segments, f) }));
  }

  private readonly of = (kind: IdKind, id: unknown): string | undefined =>
    kind === 'tag' ? (typeof id === 'string' ? id : undefined) : this.ids[kind].get(Number(id));

  /** The decision as version 4 writes it. */
  portable(decision: DecisionRecordV3): DecisionRecord {
    const { targetId, ...rest } = decision;
    const value = (v: unknown) => {
      if (!isDecisionAction(decision.action)) return v;
      return mapIds(decisionRegistry[decision.action].ids, tagByName(v), this.of) ?? null;
    };
    return {
      ...rest,
      target: this.of(decision.targetType, targetId) ?? '',
      before: value(decision.before),
      after: value(decision.after),
    };
  }
}

/** `{tag: name, on}`, as versions 1 to 3 wrote a tag, becomes `{tagId: name, on}`. */
function tagByName(value: unknown): unknown {
  if (value && typeof value === 'object' && 'tag' in value) {
    const { tag, ...rest } = value;
    return { tagId: tag, ...rest };
  }
  return value;
}
