import { describe, expect, it } from 'vitest';
import type { FactKind } from '@winnow/contract';
import { TRUSTED_CONFIDENCE, trustGroups, trustOf } from './trust.ts';

type F = {
  id: number;
  kind: FactKind;
  confidence: number;
  orphan: boolean;
  value: string | number | null;
  corroboratedBy: { articleId: number }[];
  contradictedBy: { articleId: number }[];
};

let next = 1;
function fact(kind: FactKind, confidence: number, extra: Partial<F> = {}): F {
  return {
    id: next++,
    kind,
    confidence,
    orphan: false,
    value: 'x',
    corroboratedBy: [],
    contradictedBy: [],
    ...extra,
  };
}
const other = [{ articleId: 9 }];
const trust = (f: F) => trustOf(f as never);

describe('trustOf', () => {
  it('trusts a sure reading and suggests a guessed one', () => {
    expect(trust(fact('quantity', 0.9))).toBe('trusted');
    expect(trust(fact('date', TRUSTED_CONFIDENCE))).toBe('trusted');
    // A relative date or a name found by a cue alone (0.7), an unknown counted noun (0.6).
    expect(trust(fact('date', 0.7))).toBe('suggested');
    expect(trust(fact('quantity', 0.6))).toBe('suggested');
  });

  it('lifts a guessed fact that another article states too', () => {
    expect(trust(fact('quantity', 0.6, { corroboratedBy: other }))).toBe('trusted');
  });

  it('never trusts an orphan, a contradicted fact or one without a value', () => {
    expect(trust(fact('quantity', 0.9, { orphan: true }))).toBe('suggested');
    expect(trust(fact('money', 0.9, { contradictedBy: other, corroboratedBy: other }))).toBe(
      'suggested',
    );
    expect(trust(fact('date', 0.9, { value: null }))).toBe('suggested');
  });
});

describe('trustGroups', () => {
  it('lists trustworthy facts first, then by kind order, keeping text order inside a kind', () => {
    const facts = [
      fact('person', 0.7), // suggested
      fact('date', 0.3, { value: null }), // suggested
      fact('quantity', 0.85),
      fact('person', 0.85),
      fact('quantity', 0.6), // suggested
      fact('quantity', 0.9),
    ];
    const groups = trustGroups(facts as never[], ['quantity', 'date', 'person'] as FactKind[]);
    expect(groups.map((g) => `${g.trust}/${g.kind}`)).toEqual([
      'trusted/quantity',
      'trusted/person',
      'suggested/quantity',
      'suggested/date',
      'suggested/person',
    ]);
    const order = groups.flatMap((g) => g.facts.map((f) => (f as F).id));
    expect(order).toEqual(
      [facts[2], facts[5], facts[3], facts[4], facts[1], facts[0]].map((f) => f!.id),
    );
  });
});
