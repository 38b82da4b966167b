import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

const corpus = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus');
let dir: string;
let service: WinnowService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-facts-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('facts at the service', () => {
  it('are extracted on import with anchors into the stored cleaned text', async () => {
    const path = write(
      'report.txt',
      '新区建设提速\n\n截至目前，新区已引进研发机构60多家，落地重大项目25个，总投资超过320亿元。\n',
    );
    await value(service.call('articles.import', { paths: [path] }));
    const article = await value(service.call('articles.get', { id: 1 }));
    const figures = article.facts
      .filter((f) => f.kind !== 'date')
      .map((f) => [f.kind, f.value, f.qualifier]);
    expect(figures).toEqual([
      ['quantity', 60, 'more_than'],
      ['quantity', 25, 'exact'],
      ['money', 32000000000, 'more_than'],
    ]);
    for (const fact of article.facts)
      expect(article.cleaned.slice(fact.start, fact.end)).toBe(fact.quote);
    expect(article.pendingFacts).toBe(article.facts.length);
  });

  it('shows what corroborates a figure across languages, and what contradicts it', async () => {
    const zh = write(
      'zh.txt',
      '合作进展\n\n目前已有30多个国家加入合作网络，共建联合实验室12家，培训人员8000人次。\n',
    );
    const en = write(
      'en.txt',
      'Progress report\n\nMore than 30 countries have joined the network, with 12 joint laboratories built so far.\n',
    );
    const other = write(
      'zh2.txt',
      '合作进展通报\n\n目前已有40多个国家加入合作网络，共建联合实验室12家，培训人员8000人次。\n',
    );
    await value(service.call('articles.import', { paths: [zh, en, other] }));
    const article = await value(service.call('articles.get', { id: 1 }));
    const countries = article.facts.find((f) => f.subject === 'country')!;
    expect(countries.corroboratedBy.map((r) => r.articleId)).toEqual([2]);
    expect(countries.corroboratedBy[0]).toMatchObject({ language: 'en', value: 30 });
    // Article 3 reports the same event (labs and trainees agree) but counts 40 countries.
    expect(countries.contradictedBy.map((r) => [r.articleId, r.value])).toEqual([[3, 40]]);
    const labs = article.facts.find((f) => f.subject === 'laboratory')!;
    expect(labs.corroboratedBy.map((r) => r.articleId).sort()).toEqual([2, 3]);
    expect(labs.contradictedBy).toEqual([]);
  });

  it('re-anchors facts when an editor reverts an edit, and again on undo', async () => {
    // The spam phrase before the figure is removed by the cleaner; reverting it puts it back.
    const path = write(
      'spam.txt',
      '园区快讯\n\n今年园区新增甜心包养网企业120家，其中外资企业35家。\n',
    );
    await value(service.call('articles.import', { paths: [path] }));
    const before = await value(service.call('articles.get', { id: 1 }));
    const edit = before.edits.find(
      (e) => e.state === 'applied' && e.start > before.raw.indexOf('今年'),
    );
    const foreign = before.facts.find((f) => f.value === 35)!;
    expect(edit).toBeDefined();
    await value(service.call('edits.setState', { id: edit!.id, state: 'reverted', editor: 'lin' }));
    const after = await value(service.call('articles.get', { id: 1 }));
    expect(after.cleaned).not.toBe(before.cleaned);
    const moved = after.facts.find((f) => f.id === foreign.id)!;
    expect(moved.start).not.toBe(foreign.start);
    expect(after.cleaned.slice(moved.start, moved.end)).toBe(foreign.quote);
    await value(service.call('decisions.undo', { editor: 'lin' }));
    const undone = await value(service.call('articles.get', { id: 1 }));
    expect(undone.cleaned).toBe(before.cleaned);
    expect(undone.facts.find((f) => f.id === foreign.id)).toMatchObject({
      start: foreign.start,
      end: foreign.end,
      orphan: false,
    });
  });

  it('re-cleans with the current pipeline, keeping editors’ decisions and re-anchoring facts', async () => {
    const path = write(
      'reclean.txt',
      '园区快讯_某某包养网\n\n今年园区新增甜心包养网企业120家,相聚包养西部,其中外资企业35家。\n',
    );
    await value(service.call('articles.import', { paths: [path] }));
    const before = await value(service.call('articles.get', { id: 1 }));
    // The editor reverts the cleaner's removal of the full phrase…
    const phrase = before.edits.find((e) => before.raw.slice(e.start, e.end) === '甜心包养网')!;
    await value(
      service.call('edits.setState', { id: phrase.id, state: 'reverted', editor: 'lin' }),
    );
    // …and the corpus is made to look cleaned by an older pipeline that missed the bare word.
    const echo = before.edits.find((e) => before.raw.slice(e.start, e.end) === '包养')!;
    service.store.db.prepare('DELETE FROM edit WHERE id = ?').run(echo.id);
    const older = (await value(service.call('articles.get', { id: 1 }))).cleaned.replace(
      '相聚西部',
      '相聚包养西部',
    );
    service.store.articles.setCleaned(1, before.title, older);
    const foreign = before.facts.find((f) => f.value === 35)!;
    service.store.facts.relocate(foreign.id, {
      start: older.indexOf('外资企业35家'),
      end: older.indexOf('外资企业35家') + '外资企业35家'.length,
      quote: '外资企业35家',
      prefix: '',
      suffix: '',
    });

    const report = await value(service.call('articles.reclean', { id: 1 }));
    expect(report).toMatchObject({ cleanedChanged: true, edits: { decisionsKept: 1 } });
    expect(report.facts.orphan).toBe(0);
    const after = await value(service.call('articles.get', { id: 1 }));
    expect(after.cleaned).toContain('相聚西部');
    expect(after.cleaned).toContain('新增甜心包养网企业');
    const kept = after.edits.find((e) => after.raw.slice(e.start, e.end) === '甜心包养网')!;
    expect(kept.state).toBe('reverted');
    const moved = after.facts.find((f) => f.id === foreign.id)!;
    expect(after.cleaned.slice(moved.start, moved.end)).toBe('外资企业35家');
  });

  it.skipIf(!existsSync(corpus))(
    'groups the figures of corpus 001 and its English version 004 (skipped without ../shared beside the checkout)',
    async () => {
      await value(
        service.call('articles.import', {
          paths: [
            join(corpus, '001_1f754e89af8162ba.txt'),
            join(corpus, '004_37deaeea468869c0.txt'),
          ],
        }),
      );
      const english = await value(service.call('articles.get', { id: 2 }));
      const counted = english.facts.filter((f) => f.subject && f.kind === 'quantity');
      expect(counted.length).toBeGreaterThanOrEqual(6);
      for (const fact of counted) {
        expect(
          fact.corroboratedBy.map((r) => r.articleId),
          fact.quote,
        ).toContain(1);
        expect(fact.contradictedBy, fact.quote).toEqual([]);
      }
    },
  );
});
