import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_CHARS, searchRowid } from '../chunks.ts';
import { checkCorpus } from '../doctor.ts';
import { openStore } from '../store.ts';
import type { Store } from '../store.ts';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-chunks-'));
  store = openStore(join(dir, 'c.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const sentences = [
  '港口码头今年的吞吐量继续增长,',
  'the harbour board published its yearly figures, ',
  '海关部门表示新航线已经开通。\n',
  'Shipping lines reported steady demand. ',
];
/** A long article's text: about `chars` characters of Chinese and English sentences. */
function longText(chars: number): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const sentence = sentences[i % sentences.length]!;
    parts.push(sentence);
    n += sentence.length;
  }
  return parts.join('');
}

function addArticle(cleaned: string, title = '港口年报'): number {
  return store.transaction(() => {
    const sourceFileId = store.sourceFiles.insert({
      sha256: `sha-${Math.random()}`,
      path: 'a.txt',
      sizeBytes: cleaned.length,
      mediaType: 'text/plain',
      encoding: 'utf-8',
      importedAt: 'now',
    });
    return store.articles.insert({
      sourceFileId,
      importJobId: null,
      title,
      language: 'zh',
      script: 'Hans',
      raw: cleaned,
      cleaned,
      warnings: [],
      importedAt: 'now',
    });
  });
}

const found = (query: string) =>
  store.articles.page({ query }, 'imported', null, 50).map((a) => a.id);
const counted = (query: string) => store.articles.count({ query }).total;
const chunks = (id: number) =>
  store.db
    .prepare('SELECT seq, length FROM cleaned_chunk WHERE article_id = ? ORDER BY seq')
    .all(id) as Array<{ seq: number; length: number }>;
/** Where each chunk after the first starts. */
function boundaries(id: number): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const chunk of chunks(id)) {
    if (at > 0) starts.push(at);
    at += chunk.length;
  }
  return starts;
}
function change(id: number, make: (text: string) => string): string {
  const before = store.articles.cleaned(id);
  const after = make(before);
  store.transaction(() => store.articles.setCleaned(id, '港口年报', after));
  return after;
}

describe('cleaned text in chunks', () => {
  it('keeps a short article as one chunk and a long one in several, read back whole', () => {
    const short = addArticle('一篇短文。');
    const text = longText(5 * CHUNK_CHARS);
    const long = addArticle(text);
    expect(chunks(short)).toHaveLength(1);
    expect(chunks(long).length).toBeGreaterThanOrEqual(5);
    expect(store.articles.get(long)?.cleaned).toBe(text);
    expect(store.articles.cleaned(long, 20_000, 20_050)).toBe(text.slice(20_000, 20_050));
    // A search finds the long article once, however many chunks match.
    expect(found('吞吐量')).toEqual([short, long].slice(1));
    expect(counted('harbour')).toBe(1);
  });

  it('finds words written across a chunk boundary after a change, and no longer finds removed ones', () => {
    const id = addArticle(longText(3 * CHUNK_CHARS));
    const [first, second] = boundaries(id);
    const at = first!;
    // One word ends the first chunk and runs on into the second; a Chinese phrase too.
    change(id, (t) => `${t.slice(0, at - 4)} zebra${t.slice(at)}`);
    expect(boundaries(id)[0]).toBe(at + 2);
    change(id, (t) => `${t.slice(0, at + 2)}fish ${t.slice(at + 2)}`);
    const next = boundaries(id)[1]!;
    expect(next).toBe(second! + 7);
    change(id, (t) => `${t.slice(0, next - 1)}麒麟${t.slice(next)}`);
    change(id, (t) => `${t.slice(0, next + 1)}瑞兽${t.slice(next + 1)}`);
    expect(boundaries(id)).toEqual([at + 2, next + 1, ...boundaries(id).slice(2)]);
    const text = store.articles.cleaned(id);
    expect(text.slice(at - 4, at + 7)).toBe(' zebrafish ');
    expect(text.slice(next - 1, next + 3)).toBe('麒麟瑞兽');
    expect(found('zebrafish')).toEqual([id]);
    expect(found('麒麟瑞兽')).toEqual([id]);
    expect(found('麟瑞')).toEqual([id]);
    // A piece of a word is not a word.
    expect(found('fish')).toEqual([]);
    expect(found('zebra')).toEqual([]);

    change(id, (t) => t.replace(' zebrafish ', ' ').replace('麒麟瑞兽', ''));
    expect(found('zebrafish')).toEqual([]);
    expect(found('麒麟')).toEqual([]);
    expect(checkCorpus(store, { fix: false }).problems).toEqual([]);
  });

  it('finds a word cut in two by a chunk boundary only whole', () => {
    const id = addArticle(longText(3 * CHUNK_CHARS));
    const at = boundaries(id)[0]!;
    // "seahorse" is joined across the boundary: "sea" ends one chunk, "horse" starts the next.
    change(id, (t) => `${t.slice(0, at - 3)}sea${t.slice(at)}`);
    change(id, (t) => {
      const b = boundaries(id)[0]!;
      return `${t.slice(0, b)}horse ${t.slice(b)}`;
    });
    const text = store.articles.cleaned(id);
    expect(text).toContain('seahorse ');
    expect(found('seahorse')).toEqual([id]);
    expect(found('horse')).toEqual([]);
    expect(found('sea')).toEqual([]);
  });

  it('matches each word of a query anywhere in the article, and the title with the text', () => {
    const id = addArticle(`${longText(4 * CHUNK_CHARS)} lighthouse`);
    const other = addArticle('lighthouse keeper', '灯塔');
    expect(chunks(id).length).toBeGreaterThan(2);
    expect(found('港口年报 lighthouse')).toEqual([id]);
    expect(found('吞吐量 lighthouse')).toEqual([id]);
    expect(found('keeper lighthouse')).toEqual([other]);
    expect(counted('harbour lighthouse')).toBe(1);
    expect(found('吞吐量 keeper')).toEqual([]);
    // A new title is searchable at once.
    store.articles.setFields(id, { title: '灯塔报告' });
    expect(found('灯塔报告')).toEqual([id]);
    expect(found('港口年报')).toEqual([]);
  });

  it('splits a chunk a revert made large, and drops chunks a removal emptied', () => {
    const text = longText(6 * CHUNK_CHARS);
    const id = addArticle(text);
    const before = chunks(id).length;
    // Most of the text removed, then put back: the rows follow.
    rewrite((t) => t.slice(0, 100) + t.slice(t.length - 100));
    expect(chunks(id).length).toBeLessThan(before);
    expect(found('吞吐量')).toEqual([id]);
    rewrite(() => text);
    expect(store.articles.cleaned(id)).toBe(text);
    expect(chunks(id).every((c) => c.length <= 2 * CHUNK_CHARS)).toBe(true);
    const rows = store.db.prepare('SELECT rowid AS r FROM article_search').all() as Array<{
      r: number;
    }>;
    expect(rows.map((r) => r.r).sort((a, b) => a - b)).toEqual(
      chunks(id).map((c) => searchRowid(id, c.seq)),
    );
    expect(checkCorpus(store, { fix: false }).problems).toEqual([]);

    function rewrite(make: (t: string) => string) {
      const after = make(store.articles.cleaned(id));
      store.transaction(() => store.articles.setCleaned(id, '港口年报', after));
    }
  });

  it('stays the same text and searchable after many random changes', () => {
    let text = longText(4 * CHUNK_CHARS);
    const id = addArticle(text);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words = ['灯塔', 'pelican', '潮汐表', 'breakwater'];
    for (let round = 0; round < 60; round++) {
      const start = random(text.length);
      const end = Math.min(text.length, start + random(round % 7 === 0 ? 3000 : 40));
      const insert = round % 3 === 0 ? '' : ` ${words[round % words.length]}${round} `;
      const after = text.slice(0, start) + insert + text.slice(end);
      const ok = store.transaction(() =>
        store.articles.replaceCleaned(id, '港口年报', {
          start,
          end,
          text: insert,
          expected: text.slice(start, end),
        }),
      );
      expect(ok).toBe(true);
      text = after;
      expect(store.articles.cleaned(id)).toBe(text);
      const probe = random(text.length - 6);
      const piece = text.slice(probe, probe + 4);
      if (/^[\u4e00-\u9fff]{4}$/.test(piece)) expect(found(piece)).toEqual([id]);
    }
    for (const word of words)
      for (let round = 0; round < 60; round++) {
        const token = `${word}${round}`;
        if (/[a-z]/.test(word))
          expect(found(token)).toEqual(text.includes(` ${token} `) ? [id] : []);
      }
    expect(checkCorpus(store, { fix: false }).problems).toEqual([]);
  });

  it('refuses a change whose old text is not what is stored', () => {
    const id = addArticle(longText(CHUNK_CHARS * 2));
    const text = store.articles.cleaned(id);
    const ok = store.articles.replaceCleaned(id, '港口年报', {
      start: 10,
      end: 14,
      text: 'xx',
      expected: 'not there',
    });
    expect(ok).toBe(false);
    expect(store.articles.cleaned(id)).toBe(text);
  });
});

describe('merging the search index after an import', () => {
  const segments = () =>
    store.db
      .prepare<[], number>('SELECT count(DISTINCT segid) FROM article_search_idx')
      .pluck()
      .get();

  it('merges an index left in many segments into one, and searches find the same', () => {
    // FTS5's own merging off, as if many imports had each left segments behind.
    store.db.exec("INSERT INTO article_search (article_search, rank) VALUES ('automerge', 0)");
    const ids = Array.from({ length: 6 }, (_, i) =>
      addArticle(`${longText(200)} 第${i}号码头`, `Harbour ${i}`),
    );
    const find = (query: string) =>
      store.articles.page({ query }, 'imported', null, 10).map((a) => a.id);
    const before = ['码', '码头', 'harbour', '3号'].map(find);
    expect(segments()).toBeGreaterThan(4);
    expect(store.articles.mergeSearchIndex()).toBe(true);
    expect(segments()).toBe(1);
    expect(['码', '码头', 'harbour', '3号'].map(find)).toEqual(before);
    expect(before[0]).toEqual(ids);
    expect(before[3]).toEqual([ids[3]]);
    // Few segments: nothing to do.
    addArticle(longText(100));
    expect(store.articles.mergeSearchIndex()).toBe(false);
  });
});
