import { describe, expect, it } from 'vitest';
import { pushWords } from '../src/clean/copiedTail.ts';

/** The words as the regular expression the rule used to read them with. */
const byExpression = (text: string) => text.match(/\p{Script=Han}|[\p{L}\p{N}\p{M}]+/gu) ?? [];

/** pushWords' numbers read back as words. */
function byLoop(text: string): string[] {
  const ids = new Map<string, number>();
  const out: number[] = [];
  pushWords(text, ids, out);
  const words = new Map([...ids].map(([word, id]) => [id, word]));
  return out.map((id) => words.get(id) ?? String.fromCodePoint(id));
}

describe('the repeated-copy rule reads words as its expression did', () => {
  it.each([
    ['Han characters one by one, Latin words whole', '今天的会议在上海举行, the meeting ran late.'],
    ['a Latin word runs on into the Han characters after it', 'iPhone手机 与 5G网络'],
    ['Han outside the basic plane', '𠀀𠀁 and 𪚥字'],
    ['combining marks stay in their word', 'cafe\u0301 nai\u0308ve'],
    ['full-width letters and digits, ideographic zero and iteration mark', 'ＡＢＣ１２３ 〇 人々'],
    ['a lone surrogate is no word', 'a\ud800b \udc00 c'],
    ['punctuation and spaces only', '，。！？ —— …… '],
  ])('%s', (_what, text) => {
    expect(byLoop(text)).toEqual(byExpression(text));
  });

  it('numbers a word the same each time it comes', () => {
    const ids = new Map<string, number>();
    const out: number[] = [];
    pushWords('alpha beta alpha 中 中', ids, out);
    expect(out[0]).toBe(out[2]);
    expect(out[3]).toBe(out[4]);
    expect(new Set(out).size).toBe(3);
  });
});
