import tsCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { foldForMatch, simplifiedOf } from '../src/fold.ts';
import { searchableText } from '../src/search.ts';

/*
 * foldForMatch and searchableText are loops over code units (an import runs them over
 * every article); they must give what their definition by regular expressions gives, which
 * is kept here as the reference: the index of a corpus imported before holds its output.
 */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/g;
const CJK_RUN =
  /(?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff])+/g;

const referenceFold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(HAN, (ch) => simplifiedOf(ch));

const referenceSearchable = (text: string) =>
  referenceFold(text).replace(CJK_RUN, (run) => {
    const chars = [...run];
    const grams = chars.slice(1).map((ch, i) => `${chars[i]}${ch}`);
    return ` ${[...grams, chars.at(-1)].join(' ')} `;
  });

/** Strings over the code units that matter: Han (traditional ones too), kana, surrogates. */
function randomTexts(count: number): string[] {
  const traditional = tsCharacters.split('|').map((entry) => entry.split(' ')[0] ?? '');
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const unit = (from: number, span: number) => String.fromCharCode(from + random(span));
  const pools = [
    () => traditional[random(traditional.length)]!,
    () => unit(0x3040, 0xc0),
    () => unit(0x4e00, 0x5200),
    () => unit(0x3400, 0x1a00),
    () => unit(0xf900, 0x200),
    () => unit(0xd840, 0x40) + unit(0xdc00, 0x400),
    () => unit(0xd800, 0x800),
    () => unit(0xff01, 0x5e),
    () => unit(0x20, 0x5f),
    () => 'e\u0301',
    () => '\ufeff',
    () => unit(0, 0x10000),
  ];
  return Array.from({ length: count }, () =>
    Array.from({ length: random(24) }, () => pools[random(pools.length)]!()).join(''),
  );
}

describe('folding and searchable text by loops', () => {
  const texts = [
    '',
    '國際技術合作取得新進展',
    'Joint laboratories opened in Chongqing; ＩＡＳＰ（２０２４）',
    '\ufeff國語',
    '𠀀𠀁a\ud840國\udc00',
    ...randomTexts(20_000),
  ];
  it('fold as the regular expressions do', () => {
    for (const text of texts) expect(foldForMatch(text)).toBe(referenceFold(text));
  });
  it('write CJK runs as bigrams as the regular expressions do', () => {
    for (const text of texts) expect(searchableText(text)).toBe(referenceSearchable(text));
  });
});
