import { describe, expect, it } from 'vitest';
import { annotationAt, annotationJson } from '../src/annotations.ts';
import type { AnnotatedFact } from '../src/annotations.ts';

/** Characters JSON escapes, or that are easy to get wrong: quotes, controls, separators, surrogates. */
const POOL = [
  'a',
  '中',
  '"',
  '\\',
  '\n',
  '\t',
  '\u0000',
  '\u001f',
  '\u2028',
  '\u2029',
  '😀',
  '\ud800',
  '\udc00',
  '/',
  '<',
  ' ',
];

/** A small deterministic generator, so that a failure names the same facts every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const text = () =>
    Array.from(
      { length: Math.floor(next() * 12) },
      () => POOL[Math.floor(next() * POOL.length)],
    ).join('');
  const pick = <T>(values: T[]): T => values[Math.floor(next() * values.length)]!;
  return { next, text, pick };
}

function fact(g: ReturnType<typeof generator>, id: number): AnnotatedFact {
  return {
    id,
    quote: g.text(),
    prefix: g.text(),
    suffix: g.text(),
    kind: g.pick(['quantity', 'money', 'place']),
    value: g.pick([null, 0, -3, 1.5, 1e21, g.text()]),
    valueMax: g.pick([null, 7, 2.25]),
    unit: g.pick([null, g.text()]),
    subject: g.pick([null, 'project']),
    qualifier: g.pick([null, 'more_than']),
    role: g.pick([null, 'source']),
    speaker: g.pick([null, g.text()]),
    status: g.pick(['pending', 'approved', 'rejected']),
  };
}

describe('annotationJson', () => {
  it('writes the text JSON.stringify gives the annotation object, for every kind of text', () => {
    const g = generator(24);
    for (let id = 1; id <= 2_000; id++) {
      const f = fact(g, id);
      const span = g.next() < 0.2 ? null : { start: id, end: id + Math.floor(g.next() * 9) };
      const sha = g.pick(['a'.repeat(64), '0123abcd'.repeat(8)]);
      expect(annotationJson(sha, f, span)).toBe(JSON.stringify(annotationAt(sha, f, span)));
    }
  });

  it('takes the object for a fact whose texts are not all strings', () => {
    const odd = { ...fact(generator(1), 9), prefix: undefined } as unknown as AnnotatedFact;
    const text = annotationJson('b'.repeat(64), odd, { start: 1, end: 2 });
    expect(text).toBe(JSON.stringify(annotationAt('b'.repeat(64), odd, { start: 1, end: 2 })));
    expect(text).not.toContain('"prefix"');
  });

  it('takes the object for a span whose ends are not both numbers (a kept line without endCodePoint)', () => {
    const f = fact(generator(5), 4);
    const sha = 'c'.repeat(64);
    for (const span of [
      { start: 3, end: undefined },
      { start: undefined, end: 8 },
    ] as unknown as { start: number; end: number }[]) {
      const text = annotationJson(sha, f, span);
      expect(text).toBe(JSON.stringify(annotationAt(sha, f, span)));
      expect(() => JSON.parse(text) as unknown).not.toThrow();
    }
  });
});
