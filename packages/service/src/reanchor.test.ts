import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';
import { reanchorFacts } from './facts/facts.ts';

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

describe('re-anchoring facts whose context the row does not hold (migration 8)', () => {
  it('an orphan keeps the context it had before the change; the others read the new text', async () => {
    const path = join(dir, 'short.txt');
    writeFileSync(path, `合作报道\n\n${paragraph(1)}\n\n${paragraph(2)}\n`);
    await value(service.call('articles.import', { paths: [path] }));
    const store = service.store;
    const before = store.articles.cleaned(1);
    const facts = store.facts.byArticle(1);
    const stored = store.db.prepare<[], number>('SELECT sum(context_from_text) FROM fact').pluck();
    expect(stored.get()).toBe(facts.length);
    const gone = facts.find((f) => f.quote.includes('200亿'))!;
    expect(gone).toBeDefined();
    const oldContext = {
      prefix: before.slice(Math.max(0, gone.start! - 32), gone.start!),
      suffix: before.slice(gone.end!, gone.end! + 32),
    };
    // The quote and the characters right before it go: nothing of it is left to find.
    const after = before.slice(0, gone.start! - 2) + before.slice(gone.end!);
    store.transaction(() => {
      store.articles.setCleaned(1, '合作报道', after, before);
      reanchorFacts(store, 1, before, after);
    });
    const now = store.facts.byArticle(1);
    const orphan = now.find((f) => f.id === gone.id)!;
    expect(orphan).toMatchObject({ orphan: true, start: null, ...oldContext });
    for (const fact of now.filter((f) => !f.orphan)) {
      expect(after.slice(fact.start!, fact.end!)).toBe(fact.quote);
      expect(fact.prefix).toBe(after.slice(Math.max(0, fact.start! - 32), fact.start!));
      expect(fact.suffix).toBe(after.slice(fact.end!, fact.end! + 32));
    }
    // Read alone, the orphan still has its context (the row holds it again).
    expect(store.facts.get(gone.id)).toMatchObject(oldContext);
    expect(stored.get()).toBe(facts.length - 1);
  });
});
