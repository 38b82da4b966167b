import { describe, expect, it } from 'vitest';
import type { BundleArticle } from '@winnow/bundle';
import { allShares, articleShare, SAMPLE, SHARED_PARTS, sharesFromFacts } from './articleShare.ts';

describe('shares written from the kept share of facts.jsonl', () => {
  it('are the bytes built from the whole record: astral characters, an orphan fact, tags', () => {
    const built = articleShare(SAMPLE, SHARED_PARTS);
    // Read as an export reads it: the article's rows without its facts, and the kept lines.
    const derived = sharesFromFacts({ ...SAMPLE, facts: [] }, built['facts.jsonl']!);
    expect(derived['articles.jsonl']).toBe(built['articles.jsonl']);
    expect(derived['annotations.jsonld']).toBe(built['annotations.jsonld']);
    // The sample is what makes this mean something: positions differ in code points, one
    // fact has none, and the facts carry tags and fields the annotation leaves out.
    expect(built['annotations.jsonld']).toContain('"TextPositionSelector","start":5');
    expect(built['annotations.jsonld']!.split('TextPositionSelector')).toHaveLength(2);
    expect(built['articles.jsonl']).toContain('"tags":["checked"]');
  });

  it('are empty for an article without facts, its line listing none', () => {
    const bare = { ...SAMPLE, facts: [] };
    const built = articleShare(bare, SHARED_PARTS);
    expect(built['facts.jsonl']).toBe('');
    const derived = sharesFromFacts(bare, '');
    expect(derived).toEqual({
      'articles.jsonl': built['articles.jsonl'],
      'annotations.jsonld': '',
    });
    expect(derived['articles.jsonl']).toContain('"facts":[]');
  });
});

describe('all three shares written at once', () => {
  const fact = SAMPLE.facts[0]!;
  const odd: BundleArticle = {
    ...SAMPLE,
    facts: [
      ...SAMPLE.facts,
      // A line separator in a quote (jsonlLine escapes it), a text value, no confidence.
      { ...fact, id: 13, quote: 'a\u2028b"\\', value: '八十', valueMax: 90, confidence: NaN },
      // A lone surrogate and a tag with quotes.
      { ...fact, id: 14, prefix: '\ud800x', tags: ['"x"', 'y'] },
      // A field JSON.stringify leaves out inside an object: written from the objects.
      { ...fact, id: 15, speaker: undefined as unknown as null },
    ],
  };
  const withoutFacts: Partial<BundleArticle> = { ...SAMPLE };
  delete withoutFacts.facts;
  const cases: [string, BundleArticle][] = [
    ['the sample', SAMPLE],
    ['odd values', odd],
    ['no facts', { ...SAMPLE, facts: [] }],
    // The facts key not last: the record's line is written from the objects.
    ['facts not last', { facts: SAMPLE.facts, ...withoutFacts } as BundleArticle],
  ];
  for (const [name, record] of cases)
    it(`are articleShare's text: ${name}`, () => {
      expect(allShares(record)).toEqual(articleShare(record, SHARED_PARTS));
    });
});
