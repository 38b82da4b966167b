import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '@winnow/store';
import type { Store } from '@winnow/store';
import { writeInBulk } from './bulkWriting.ts';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-bulk-'));
  store = openStore(join(dir, 'corpus.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const settings = () => ({
  cache: store.db.pragma('cache_size', { simple: true }),
  autocheckpoint: store.db.pragma('wal_autocheckpoint', { simple: true }),
  tempStore: store.db.pragma('temp_store', { simple: true }),
});

describe('an import’s connection settings', () => {
  it('are put back after one import', () => {
    const before = settings();
    const restore = writeInBulk(store);
    expect(settings()).not.toEqual(before);
    restore();
    expect(settings()).toEqual(before);
  });

  it('are put back after two imports that overlap on one connection (winnow serve), in either order of ending', () => {
    const before = settings();
    const first = writeInBulk(store);
    const second = writeInBulk(store);
    first();
    // The second import still runs: it keeps its settings.
    expect(settings()).not.toEqual(before);
    second();
    expect(settings()).toEqual(before);

    const third = writeInBulk(store);
    const fourth = writeInBulk(store);
    fourth();
    third();
    expect(settings()).toEqual(before);
  });
});
