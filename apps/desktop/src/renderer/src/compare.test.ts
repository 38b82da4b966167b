import { describe, expect, it } from 'vitest';
import { compareTexts } from './compare.ts';

/** Rebuilds both texts from the parts: whatever the grain, nothing may be lost. */
function sides(parts: ReturnType<typeof compareTexts>['parts']) {
  const before = parts
    .filter((p) => !p.added)
    .map((p) => p.value)
    .join('');
  const after = parts
    .filter((p) => !p.removed)
    .map((p) => p.value)
    .join('');
  return { before, after };
}

describe('comparing two texts', () => {
  it('compares Chinese by character and keeps the shared ends whole', () => {
    const before = '海洋论坛在青岛开幕。来自30多个国家的500名代表参加论坛。';
    const after = '海洋论坛在厦门开幕。来自30多个国家的600名代表参加论坛。';
    const result = compareTexts(before, after, 'zh');
    expect(result.grain).toBe('chars');
    expect(sides(result.parts)).toEqual({ before, after });
    expect(result.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['青岛', '5']);
    expect(result.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['厦门', '6']);
  });

  it('compares English by word, never cutting a word at the shared ends', () => {
    const before = 'The network now covers thirty countries.';
    const after = 'The network now covers thirteen countries.';
    const result = compareTexts(before, after, 'en');
    expect(result.grain).toBe('words');
    expect(sides(result.parts)).toEqual({ before, after });
    expect(result.parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['thirty']);
  });

  it('gives up gracefully on texts too different to compare within the budget', () => {
    // Two long unrelated texts: no common lines, a huge character distance.
    const line = (seed: number) =>
      Array.from({ length: 60 }, (_, i) =>
        String.fromCharCode(0x4e00 + ((seed * 31 + i * 17) % 2000)),
      ).join('');
    const before = Array.from({ length: 1500 }, (_, i) => line(i)).join('\n');
    const after = Array.from({ length: 1500 }, (_, i) => line(i + 7919)).join('\n');
    const result = compareTexts(before, after, 'zh');
    // The budget ran out, so a coarser comparison was shown (pnpm bench times it).
    expect(['lines', 'whole']).toContain(result.grain);
    expect(sides(result.parts)).toEqual({ before, after });
  });
});
