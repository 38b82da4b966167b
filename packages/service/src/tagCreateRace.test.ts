import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';

/**
 * Two desks on one corpus file make a tag of the same name at once. Names are unique; the
 * later desk must hear that the tag exists (a conflict naming it), never an internal error.
 */
let dir: string;
let lin: WinnowService;
let mei: WinnowService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-tag-create-'));
  const dbPath = join(dir, 'corpus.sqlite');
  lin = openService({ dbPath });
  mei = openService({ dbPath });
});
afterEach(() => {
  vi.restoreAllMocks();
  lin.close();
  mei.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('two desks creating the same tag at once', () => {
  it('the later one gets a conflict naming the tag, and there is one tag', async () => {
    const { tags } = lin.store;
    const byName = tags.byName.bind(tags);
    let meiCall: ReturnType<WinnowService['call']> | null = null;
    // Mei's desk makes the tag right after Lin's looked for the name — where another
    // connection can still write, that is, unless Lin's desk holds the write lock.
    vi.spyOn(tags, 'byName').mockImplementationOnce((name) => {
      const found = byName(name);
      if (!lin.store.db.inTransaction) meiCall = mei.call('tags.create', { name: '待核实' });
      return found;
    });
    const linResult = await lin.call('tags.create', { name: '待核实' });
    meiCall ??= mei.call('tags.create', { name: '待核实' });
    const results = [linResult, await meiCall];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (refused && !refused.ok) expect(refused.error.message).toContain('待核实');
    expect(mei.store.tags.list().map((t) => t.name)).toEqual(['待核实']);
  });
});
