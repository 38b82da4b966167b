import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../src/fold.ts';
import { searchableChars, searchableText, searchMatchExpression } from '../src/search.ts';

describe('foldForMatch', () => {
  it('folds traditional to simplified, full width to half width, and case', () => {
    expect(foldForMatch('國際技術合作')).toBe('国际技术合作');
    expect(foldForMatch('ＩＡＳＰ（２０２４）')).toBe('iasp(2024)');
    expect(foldForMatch('技术')).toBe(foldForMatch('技術'));
  });
});

describe('search expressions against a real FTS5 index', () => {
  const db = new BetterSqlite3(':memory:');
  db.exec(
    "CREATE VIRTUAL TABLE s USING fts5(body, chars, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1)",
  );
  const docs = [
    '國際技術合作取得新進展', // 1: traditional
    '中国与东盟联合实验室网络正式启动', // 2: simplified
    'Joint laboratories opened in Chongqing; the COVID-19 programme grew.', // 3: English
    '技', // 4: a single character
  ];
  const insert = db.prepare('INSERT INTO s (rowid, body, chars) VALUES (?, ?, ?)');
  docs.forEach((doc, i) => {
    const body = searchableText(doc);
    insert.run(i + 1, body, searchableChars(body));
  });
  const find = (query: string): number[] => {
    const match = searchMatchExpression(query);
    if (match === null) return [];
    return (
      db.prepare('SELECT rowid FROM s WHERE s MATCH ? ORDER BY rowid').all(match) as Array<{
        rowid: number;
      }>
    ).map((r) => r.rowid);
  };

  it('finds 1-, 2- and 3-character Chinese queries across scripts', () => {
    expect(find('技')).toEqual([1, 4]);
    expect(find('技术')).toEqual([1]);
    expect(find('技術')).toEqual([1]);
    expect(find('实验室')).toEqual([2]);
    expect(find('實驗室')).toEqual([2]);
  });

  it('lists each character of a row once, for 1-character queries only', () => {
    expect(searchableChars(searchableText('技术合作，技术 tech'), searchableText('技'))).toBe(
      '技 术 合 作',
    );
    // A 2-character query never matches the list of single characters.
    expect(find('技术')).toEqual([1]);
  });

  it('lists the characters the CJK pattern matches, supplementary ones and lone surrogates as it does', () => {
    // The definition the loop replaced: a regular expression over code units.
    const pattern =
      /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/g;
    const byPattern = (...texts: string[]) =>
      [...new Set(texts.flatMap((t) => [...t.matchAll(pattern)].map(([c]) => c)))].join(' ');
    const texts = [
      'かなカナ 㐀䶿 一鿿 豈﫿 〿 ゟ ꀀ',
      '𠀀𠀁𡃁 𪜀 😀 \ud840x \udc00𠀀 \ud83d\ude00',
      searchableText('技术合作、技術協力 — 実験室 42 Labs'),
      '\ud87f\udfff\ud880\udc00\ud840',
    ];
    for (const text of texts) expect(searchableChars(text)).toBe(byPattern(text));
    expect(searchableChars(...texts)).toBe(byPattern(...texts));
    // Pairs whose high half is outside D840-D87F, and halves alone, are not listed.
    expect(searchableChars(texts[1]!)).toBe('𠀀 𠀁 𡃁 𪜀');
  });

  it('needs the characters adjacent, in order', () => {
    expect(find('术技')).toEqual([]);
    expect(find('国际 合作')).toEqual([1]);
    // The last character of a run is found too, and a query across a word boundary is not.
    expect(find('展')).toEqual([1]);
    expect(find('动')).toEqual([2]);
    expect(find('作取得新')).toEqual([1]);
  });

  it('finds English words case-insensitively, and hyphenated terms', () => {
    expect(find('Laboratories')).toEqual([3]);
    expect(find('covid-19')).toEqual([3]);
    expect(find('laboratory')).toEqual([]);
  });

  it('treats FTS5 syntax typed by an editor as text', () => {
    expect(() => find('"unbalanced')).not.toThrow();
    expect(() => find('a OR b NOT c*')).not.toThrow();
    expect(find('NEAR(joint')).toEqual([]); // the phrase "near joint", not an operator
    expect(find('joint"')).toEqual([3]);
    expect(searchMatchExpression('  %% ')).toBeNull();
  });
});
