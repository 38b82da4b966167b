import { cleaningRule } from '@winnow/contract';
import type { Decision, RuleFamily } from '@winnow/contract';
import type { Language, Translate } from './index.ts';
import { ruleName } from './rules.ts';

/**
 * What a decision did, in the editor's words: "Reverted the spam removal in paragraph 3
 * (Link-farm phrase)", "通过了 12 条事实" — never the log's action ids and target numbers.
 * What the log does not carry (an edit's rule and paragraph, a fact's quote, a tag's name)
 * comes from `known` when the caller has it (desk/paragraphs.ts), and is left out when not.
 */
export type Known = {
  ruleOfEdit?: (id: number) => string | undefined;
  /** The paragraph the edit starts in, from 1 (desk/paragraphs.ts says which text). */
  paragraphOfEdit?: (id: number) => number | undefined;
  quoteOfFact?: (id: number) => string | undefined;
  tagName?: (id: number) => string | undefined;
};

type TagMembership = { tagId: number; on: boolean };

/** The value the decision's act set: for an undo, what it undid (its `before`). */
function actValue(decision: Decision): unknown {
  return decision.kind === 'undo' ? decision.before : decision.after;
}

/** Ids and the one value a bulk decision ({"37": "reverted", …}) set them all to. */
function many(value: unknown): { ids: number[]; value: unknown } {
  const entries = Object.entries((value ?? {}) as Record<string, unknown>);
  return { ids: entries.map(([id]) => Number(id)), value: entries[0]?.[1] };
}

const familyOf = (rule: string | undefined): RuleFamily | undefined =>
  rule === undefined ? undefined : cleaningRule(rule)?.family;

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

export function describeDecision(
  decision: Decision,
  t: Translate,
  language: Language,
  known: Known = {},
): string {
  const value = actValue(decision);
  const tag = (membership: TagMembership) =>
    known.tagName?.(membership.tagId) ?? t('decision.someTag');
  /** The one paragraph all these edits are in, as words; nothing when they span several. */
  const where = (ids: number[], key: 'decision.where' | 'decision.removedFrom') => {
    const paragraphs = new Set(ids.map((id) => known.paragraphOfEdit?.(id)));
    const [paragraph] = paragraphs;
    return paragraphs.size === 1 && paragraph !== undefined ? t(key, { paragraph }) : '';
  };
  const edits = (ids: number[], state: unknown) => {
    const rules = new Set(ids.map((id) => known.ruleOfEdit?.(id)));
    const [rule] = rules;
    const ruleText =
      rules.size === 1 && rule ? t('decision.rule', { rule: ruleName(rule, language) }) : '';
    const families = new Set(ids.map((id) => familyOf(known.ruleOfEdit?.(id))));
    const [family] = families;
    const kind = families.size === 1 && family ? family : 'any';
    const key =
      state === 'accepted'
        ? 'decision.edits.accepted'
        : state === 'reverted'
          ? 'decision.edits.reverted'
          : 'decision.edits.restored';
    return t(key, {
      n: ids.length,
      rule: ruleText,
      // One word for both forms (the plural chooses where it goes): "the spam removal",
      // "12 spam removals".
      change: t(ids.length === 1 ? `decision.change.${kind}` : `decision.changes.${kind}`),
      where: where(ids, 'decision.where'),
    });
  };
  const facts = (ids: number[], status: unknown) => {
    const quote =
      ids.length === 1 && ids[0] !== undefined ? known.quoteOfFact?.(ids[0]) : undefined;
    const key =
      status === 'approved'
        ? 'decision.facts.approved'
        : status === 'rejected'
          ? 'decision.facts.rejected'
          : 'decision.facts.pending';
    return t(key, {
      n: ids.length,
      quote: quote ? t('decision.quote', { quote: clip(quote) }) : '',
    });
  };
  switch (decision.action) {
    case 'article.status':
      return value === 'approved'
        ? t('decision.article.approved')
        : value === 'rejected'
          ? t('decision.article.rejected')
          : t('decision.article.pending');
    case 'article.tag': {
      const membership = value as TagMembership;
      return t(membership.on ? 'decision.article.tagged' : 'decision.article.untagged', {
        tag: tag(membership),
      });
    }
    case 'edit.state':
      return edits([decision.targetId], value);
    case 'edit.states': {
      const bulk = many(value);
      return edits(bulk.ids, bulk.value);
    }
    case 'fact.status':
      return facts([decision.targetId], value);
    case 'fact.statuses': {
      const bulk = many(value);
      return facts(bulk.ids, bulk.value);
    }
    case 'fact.value':
      return t('decision.fact.value', { value: String(value) });
    case 'fact.tag': {
      const membership = value as TagMembership;
      return t(membership.on ? 'decision.fact.tagged' : 'decision.fact.untagged', {
        tag: tag(membership),
      });
    }
    case 'tag.delete': {
      // Another desk's deletion, as a bundle brought it: the tag on the bundle's things.
      const part = value as { on?: unknown; name?: string; articles?: []; facts?: [] } | null;
      if (typeof part?.on === 'boolean')
        return t(part.on ? 'decision.tag.reattached' : 'decision.tag.detached', {
          tag: part.name ?? known.tagName?.(decision.targetId) ?? t('decision.someTag'),
          articles: part.articles?.length ?? 0,
          facts: part.facts?.length ?? 0,
        });
      // The tag's name is in whichever side holds what deleting it took away.
      const side = [decision.before, decision.after].find(
        (v): v is { name: string } => typeof (v as { name?: unknown } | null)?.name === 'string',
      );
      const deleted = (value as { deleted?: boolean } | null)?.deleted !== false;
      return t(deleted ? 'decision.tag.deleted' : 'decision.tag.restored', {
        tag: side ? t('decision.quote', { quote: side.name }) : '',
      });
    }
    case 'tag.update': {
      // The act's two sides: for an undo, the log holds them the other way round.
      const [was, now] = (
        decision.kind === 'undo'
          ? [decision.after, decision.before]
          : [decision.before, decision.after]
      ) as [{ name?: string } | null, { name?: string } | null];
      if (typeof now?.name === 'string')
        return typeof was?.name === 'string'
          ? t('decision.tag.renamed', { tag: was.name, name: now.name })
          : t('decision.tag.named', { name: now.name });
      return t('decision.tag.changed', {
        tag: known.tagName?.(decision.targetId) ?? t('decision.someTag'),
      });
    }
    case 'tag.merge': {
      const merge = (value ?? {}) as { merged?: boolean; name?: string; intoName?: string };
      return t(merge.merged === false ? 'decision.tag.unmerged' : 'decision.tag.merged', {
        tag: merge.name ?? t('decision.someTag'),
        name: merge.intoName ?? t('decision.someTag'),
      });
    }
    case 'text.remove': {
      const removal = (value ?? {}) as {
        edits?: Record<string, unknown>;
        facts?: Record<string, unknown>;
      };
      return t('decision.text.removed', {
        facts: Object.keys(removal.facts ?? {}).length,
        where: where(Object.keys(removal.edits ?? {}).map(Number), 'decision.removedFrom'),
      });
    }
    case 'cleaning.block': {
      const block = (value ?? {}) as { text?: string; on?: boolean };
      return t(block.on === false ? 'decision.block.off' : 'decision.block.on', {
        quote: block.text ? t('decision.quote', { quote: clip(block.text) }) : '',
      });
    }
    case 'article.fields':
      return t('decision.article.fields');
    case 'article.statuses': {
      const bulk = many(value);
      const key =
        bulk.value === 'approved'
          ? 'decision.articles.approved'
          : bulk.value === 'rejected'
            ? 'decision.articles.rejected'
            : 'decision.articles.pending';
      return t(key, { n: bulk.ids.length });
    }
    case 'article.tags': {
      const bulk = many(value);
      const membership = (bulk.value ?? { tagId: 0, on: true }) as TagMembership;
      return t(membership.on ? 'decision.articles.tagged' : 'decision.articles.untagged', {
        n: bulk.ids.length,
        tag: tag(membership),
      });
    }
    default:
      return t(`decision.other.${decision.targetType}`);
  }
}

/** A history entry: the act, or "Undid: …" / "Redid: …" for a replay of one. */
export function describeHistoryEntry(
  decision: Decision,
  t: Translate,
  language: Language,
  known: Known = {},
): string {
  const what = describeDecision(decision, t, language, known);
  if (decision.kind === 'undo') return t('history.undo', { what });
  if (decision.kind === 'redo') return t('history.redo', { what });
  return what;
}
