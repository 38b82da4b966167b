import { describe, expect, it } from 'vitest';
import { codePointIndex, codePointToUtf16, utf16ToCodePoint } from '../src/offsets.ts';

// 𠀀 (U+20000, CJK Extension B) takes two UTF-16 units but is one code point.
const text = '甲𠀀乙丙𠀁丁';

describe('offset conversion', () => {
  it('counts a character outside the BMP once', () => {
    expect(text.length).toBe(8);
    expect(utf16ToCodePoint(text, text.indexOf('乙'))).toBe(2);
    expect(utf16ToCodePoint(text, text.length)).toBe(6);
  });

  it('round-trips every boundary', () => {
    for (let points = 0; points <= 6; points++) {
      expect(utf16ToCodePoint(text, codePointToUtf16(text, points))).toBe(points);
    }
    expect(codePointToUtf16(text, 3)).toBe(text.indexOf('丙'));
  });

  it('is the identity on BMP-only text', () => {
    const plain = '科技合作 with partners';
    for (let i = 0; i <= plain.length; i++) expect(utf16ToCodePoint(plain, i)).toBe(i);
  });

  it('answers the same from a prepared index, with or without characters outside the BMP', () => {
    for (const sample of [text, '科技合作 with partners', '𠀀', '']) {
      const index = codePointIndex(sample);
      for (let i = 0; i <= sample.length; i++) expect(index(i)).toBe(utf16ToCodePoint(sample, i));
    }
  });
});
