import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

let dir: string;
let service: WinnowService;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-reanchor-'));
  service = openService({ dbPath: join(dir, 'c.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

const paragraph = (i: number) =>
  `第${i}段:联合实验室签署了合作协议,涉及80多个国家和1.6万人次,投资超过${i + 1}00亿元。`;

describe('re-anchoring after one hunk changes', () => {
  it('keeps the facts before it, moves those after it, and anchors those beside it again', async () => {
    // A spam phrase in the middle is one hunk; facts on both sides, and right next to it.
    const lines = Array.from({ length: 200 }, (_, i) =>
      i === 100 ? `${paragraph(i)}中国包养网${paragraph(i + 1000)}` : paragraph(i),
    );
    const path = join(dir, 'long.txt');
    writeFileSync(path, `长篇报道\n\n${lines.join('\n\n')}\n`);
    await value(service.call('articles.import', { paths: [path] }));
    const before = await value(service.call('articles.get', { id: 1 }));
    const hunk = before.edits.find((e) => before.raw.slice(e.start, e.end) === '包养网');
    expect(hunk).toBeDefined();
    const position = (f: { start: number | null }) => f.start ?? -1;

    await value(service.call('edits.setState', { id: hunk!.id, state: 'reverted', editor: 'lin' }));
    const after = await value(service.call('articles.get', { id: 1 }));
    expect(after.cleaned.length).toBe(before.cleaned.length + 3);
    const at = after.cleaned.indexOf('包养网');
    for (const fact of after.facts) {
      const old = before.facts.find((f) => f.id === fact.id)!;
      expect(fact.start, `fact ${fact.id}`).not.toBeNull();
      // Every quote is where its offsets say, with the text around it as its context.
      expect(after.cleaned.slice(fact.start, fact.end)).toBe(fact.quote);
      expect(fact.quote).toBe(old.quote);
      // Before the hunk nothing moved; after it, everything moved by its length.
      expect(position(fact)).toBe(position(old) < at ? position(old) : position(old) + 3);
    }
    const check = await value(service.call('corpus.check', {}));
    expect(check.problems).toEqual([]);

    await value(service.call('edits.setState', { id: hunk!.id, state: 'accepted', editor: 'lin' }));
    const back = await value(service.call('articles.get', { id: 1 }));
    expect(back.cleaned).toBe(before.cleaned);
    expect(back.facts.map((f) => [f.id, f.start, f.end, f.quote])).toEqual(
      before.facts.map((f) => [f.id, f.start, f.end, f.quote]),
    );
  });
});
