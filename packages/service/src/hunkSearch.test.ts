import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editsInForce } from '@winnow/contract';
import { applyEdits } from '@winnow/text';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

let dir: string;
let service: WinnowService;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-hunk-search-'));
  service = openService({ dbPath: join(dir, 'c.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

const paragraph = (i: number) =>
  `第${i}段:联合实验室签署了合作协议,涉及80多个国家和1.6万人次,投资超过${i + 1}00亿元。`;

describe('one hunk of a long article, and search', () => {
  it('finds what a revert brings back at once, and not after re-accepting, undo and redo alike', async () => {
    // About 20,000 characters (several chunks); a spam phrase two thirds of the way in.
    const lines = Array.from({ length: 400 }, (_, i) =>
      i === 270 ? `${paragraph(i)}中国包养网${paragraph(i + 1000)}` : paragraph(i),
    );
    const path = join(dir, 'long.txt');
    writeFileSync(path, `长篇报道\n\n${lines.join('\n\n')}\n`);
    await value(service.call('articles.import', { paths: [path] }));
    const chunks = service.store.db.prepare('SELECT count(*) AS n FROM cleaned_chunk').get() as {
      n: number;
    };
    expect(chunks.n).toBeGreaterThan(2);
    const before = await value(service.call('articles.get', { id: 1 }));
    const hunk = before.edits.find((e) => before.raw.slice(e.start, e.end) === '包养网');
    expect(hunk).toBeDefined();
    const found = async (query: string) =>
      (await value(service.call('articles.list', { query }))).articles.map((a) => a.id);
    const rebuilt = async () => {
      const now = await value(service.call('articles.get', { id: 1 }));
      expect(now.cleaned).toBe(applyEdits(now.raw, editsInForce(now.edits)));
      return now.cleaned;
    };
    expect(await found('包养网')).toEqual([]);
    expect(await found('国包')).toEqual([]);

    await value(service.call('edits.setState', { id: hunk!.id, state: 'reverted', editor: 'lin' }));
    expect(await rebuilt()).toContain('中国包养网第1270段');
    expect(await found('包养网')).toEqual([1]);
    expect(await found('国包养')).toEqual([1]);
    expect(await found('包养网 第1270段')).toEqual([1]);

    await value(service.call('edits.setState', { id: hunk!.id, state: 'accepted', editor: 'lin' }));
    expect(await rebuilt()).toBe(before.cleaned);
    expect(await found('包养网')).toEqual([]);
    expect(await found('中国第1270段')).toEqual([1]);

    await value(service.call('decisions.undo', { editor: 'lin' }));
    expect(await found('包养网')).toEqual([1]);
    await value(service.call('decisions.redo', { editor: 'lin' }));
    expect(await found('包养网')).toEqual([]);
    expect(await rebuilt()).toBe(before.cleaned);
    expect(await value(service.call('corpus.check', {}))).toEqual({ ok: true, problems: [] });
  });
});
