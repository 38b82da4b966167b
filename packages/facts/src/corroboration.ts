import type { ExtractedFact } from './types.ts';

/**
 * Keys that make facts comparable across articles and languages. Two facts corroborate
 * each other when they count the same thing (the language-neutral subject: 国家 and
 * "countries" are both `country`) with the same value; money compares currency and amount.
 * Dates, names and bare percentages are too common to say two articles agree.
 */
/** "Three years", "six months": spans of time say nothing about which event is meant. */
const SPANS = new Set(['year', 'month', 'day', 'hour', 'minute']);

export function corroborationKey(
  fact: Pick<ExtractedFact, 'kind' | 'subject' | 'value' | 'unit'>,
): string | null {
  if (typeof fact.value !== 'number') return null;
  if (
    (fact.kind === 'quantity' || fact.kind === 'agreement') &&
    fact.subject &&
    !SPANS.has(fact.subject)
  )
    return `count:${fact.subject}:${fact.value}`;
  if (fact.kind === 'money' && fact.unit) return `money:${fact.unit}:${fact.value}`;
  return null;
}

/**
 * What a fact is about, for contradictions: the subject and the noun phrase as written.
 * "80多个共建国家" and "90多个共建国家" in two reports of the same event disagree; "80 countries"
 * and "70多个国家和国际组织" are about different groups and do not.
 */
export function topicKey(fact: Pick<ExtractedFact, 'kind' | 'subject' | 'unit'>): string | null {
  if ((fact.kind !== 'quantity' && fact.kind !== 'agreement') || !fact.subject || !fact.unit)
    return null;
  return `${fact.subject}:${fact.unit.toLowerCase().replace(/[“”"'‘’\s]/gu, '')}`;
}
