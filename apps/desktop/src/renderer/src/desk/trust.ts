import type { Fact, FactKind } from '@winnow/contract';

/**
 * Which facts an editor can take in at a glance and which need a closer look.
 *
 * A fact is **trustworthy** when its reading is sure and nothing argues against it:
 * - its quote is still anchored in the text (an orphan cannot be checked against its quote);
 * - no report of the same event gives another value (a contradiction needs a human);
 * - it has a value (an unresolved date, `value: null`, waits for the editor to fill it in);
 * - and either another article states the same thing (corroboration is independent evidence)
 *   or the extractor read it with confidence ≥ {@link TRUSTED_CONFIDENCE}.
 *
 * The extractors' confidence scale: 0.9 an explicit figure or date, 0.8–0.85 a name with its
 * title or a place from the gazetteer, 0.75 a date completed from the publication date or an
 * organisation read by its form; below that the extractor guessed part of the reading — 0.7 a
 * relative date (今年, a bare 30日) or a name found by a cue alone, 0.6 a quantity whose counted
 * noun is not in the lexicon, 0.3 a date it could not resolve. So 0.75 is where guessing starts.
 * Everything else is **suggested**: listed after the trustworthy facts, so a review opens with
 * the facts that are quick to approve and ends with those that need thought.
 */
export const TRUSTED_CONFIDENCE = 0.75;

export type Trust = 'trusted' | 'suggested';

type Weighed = Pick<Fact, 'confidence' | 'orphan' | 'value' | 'corroboratedBy' | 'contradictedBy'>;

export function trustOf(fact: Weighed): Trust {
  if (fact.orphan || fact.contradictedBy.length > 0) return 'suggested';
  if (fact.value === null || fact.value === '') return 'suggested';
  if (fact.corroboratedBy.length > 0) return 'trusted';
  return fact.confidence >= TRUSTED_CONFIDENCE ? 'trusted' : 'suggested';
}

export type TrustGroup<F> = { trust: Trust; kind: FactKind; facts: F[] };

/**
 * The panel's order: trustworthy facts first, then suggested ones; within each, by kind in
 * the panel's kind order, and within a kind in the order the facts arrive (their place in
 * the text), so a reader's eye follows the article.
 */
export function trustGroups<F extends Weighed & { kind: FactKind }>(
  facts: readonly F[],
  kindOrder: readonly FactKind[],
): TrustGroup<F>[] {
  const groups: TrustGroup<F>[] = [];
  for (const trust of ['trusted', 'suggested'] as const) {
    for (const kind of kindOrder) {
      const picked = facts.filter((f) => f.kind === kind && trustOf(f) === trust);
      if (picked.length > 0) groups.push({ trust, kind, facts: picked });
    }
  }
  return groups;
}
