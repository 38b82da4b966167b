import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store.ts';
import type { Store } from '../store.ts';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-raw-'));
  store = openStore(join(dir, 'c.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reading pieces of the raw text', () => {
  it('gives the same pieces as slicing the whole text, astral characters included', () => {
    const raw = '港口😀码头𠮷吞吐量 harbour 🚢 board '.repeat(50);
    const id = store.transaction(() => {
      const sourceFileId = store.sourceFiles.insert({
        sha256: 'a',
        path: 'a.txt',
        sizeBytes: 1,
        mediaType: 'text/plain',
        encoding: 'utf-8',
        importedAt: 'now',
      });
      return store.articles.insert({
        sourceFileId,
        importJobId: null,
        title: null,
        language: 'zh',
        script: 'Hans',
        raw,
        cleaned: raw,
        warnings: [],
        importedAt: 'now',
      });
    });
    const reader = store.articles.rawReader(id)!;
    for (let from = 0; from < raw.length; from += 7) {
      // Offsets that fall between the halves of a pair are never asked for.
      const to = Math.min(raw.length, from + 23);
      const pair = (o: number) => /[\udc00-\udfff]/.test(raw[o] ?? '');
      if (pair(from) || pair(to)) continue;
      expect(reader.slice(from, to)).toBe(raw.slice(from, to));
    }
    expect(store.articles.rawReader(999)).toBeNull();
  });
});
