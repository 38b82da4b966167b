import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@winnow/contract';
import { applyEdits } from '@winnow/text';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { injectedCorpus } from './testing/injectedCorpus.ts';
import { value } from './testing/value.ts';

let dir: string;
let dbPath: string;
let service: WinnowService;
const editor = 'lin';

const RAW =
  '海洋论坛在青岛开幕\n\n来自30多个国家的500名代表参加论坛。包养网址大全\n本届论坛共签署合作协议12项。\n\n' +
  '相关阅读\n- 明星同款围巾热卖\n- 周末去哪儿玩\n';

async function importText(name: string, text: string): Promise<Article> {
  const { writeFileSync } = await import('node:fs');
  const path = join(dir, name);
  writeFileSync(path, text);
  const report = await value(service.call('articles.import', { paths: [path] }));
  const id = report.files[0]?.articleId;
  if (!id) throw new Error(`not imported: ${JSON.stringify(report)}`);
  return value(service.call('articles.get', { id }));
}

const get = (id: number) => value(service.call('articles.get', { id }));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-desk-'));
  dbPath = join(dir, 'corpus.sqlite');
  service = openService({ dbPath });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('manual edits of the cleaned text', () => {
  it('records the change as manual edits on the raw text, re-anchors facts, and undoes in one step', async () => {
    const article = await importText('forum.txt', RAW);
    expect(article.cleaned).toContain('500名代表');
    const cleaned = article.cleaned.replace('500名代表', '五百名正式代表');
    const decision = await value(
      service.call('articles.editCleaned', { id: article.id, cleaned, editor }),
    );
    expect(decision?.action).toBe('text.remove');
    const after = await get(article.id);
    expect(after.cleaned).toBe(cleaned);
    const manual = after.edits.filter((e) => e.rule === 'manual');
    expect(manual.length).toBeGreaterThan(0);
    expect(manual.every((e) => e.state === 'accepted')).toBe(true);
    // The edits in force still rebuild the text from the raw bytes.
    expect(after.raw).toBe(article.raw);
    const agreements = after.facts.find((f) => f.kind === 'agreement');
    expect(agreements && after.cleaned.slice(agreements.start, agreements.end)).toBe(
      agreements?.quote,
    );

    await value(service.call('decisions.undo', { editor }));
    expect((await get(article.id)).cleaned).toBe(article.cleaned);
    await value(service.call('decisions.redo', { editor }));
    expect((await get(article.id)).cleaned).toBe(cleaned);
  });

  it('covers a cleaner’s edit it touches, and the cleaner’s edit comes back with undo', async () => {
    const article = await importText('forum.txt', RAW);
    const removal = article.edits.find((e) => e.state === 'applied' && e.replacement === '');
    expect(removal).toBeDefined();
    if (!removal) return;
    // Type into the place where the cleaner removed something, and change the text around it.
    const at = article.cleaned.indexOf('本届论坛');
    const cleaned = `${article.cleaned.slice(0, at)}（编者注）${article.cleaned.slice(at)}`;
    await value(service.call('articles.editCleaned', { id: article.id, cleaned, editor }));
    const after = await get(article.id);
    expect(after.cleaned).toBe(cleaned);
    await value(service.call('decisions.undo', { editor }));
    expect((await get(article.id)).cleaned).toBe(article.cleaned);
  });

  it('rewrites of many places, including across removed chrome, reproduce the editor’s text', async () => {
    const article = await importText('forum.txt', RAW);
    const cleaned = `前言。${article.cleaned.replace('青岛', '山东青岛').replace(/论坛/g, '大会')}结语。`;
    await value(service.call('articles.editCleaned', { id: article.id, cleaned, editor }));
    const after = await get(article.id);
    expect(after.cleaned).toBe(cleaned);
    const inForce = after.edits
      .filter((e) => e.state === 'applied' || e.state === 'accepted')
      .sort(
        (a, b) => a.start - b.start || Number(a.rule !== 'manual') - Number(b.rule !== 'manual'),
      );
    expect(applyEdits(after.raw, inForce)).toBe(cleaned);
  });

  it('refuses an unknown article and changes nothing for the same text', async () => {
    const article = await importText('forum.txt', RAW);
    const same = await value(
      service.call('articles.editCleaned', { id: article.id, cleaned: article.cleaned, editor }),
    );
    expect(same).toBeNull();
    const missing = await service.call('articles.editCleaned', { id: 999, cleaned: 'x', editor });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain('no article 999');
  });
});

describe('bulk decisions', () => {
  it('reverts every edit of a rule in one article, or in the whole corpus, as one undoable decision', async () => {
    const one = await importText('one.txt', RAW);
    const two = await importText('two.txt', RAW.replace('青岛', '厦门'));
    const rule = one.edits.find((e) => e.state === 'applied')?.rule;
    expect(rule).toBeDefined();
    if (!rule) return;
    await value(
      service.call('edits.setStateByRule', { rule, articleId: one.id, state: 'reverted', editor }),
    );
    expect(
      (await get(one.id)).edits.filter((e) => e.rule === rule).map((e) => e.state),
    ).not.toContain('applied');
    expect((await get(two.id)).edits.filter((e) => e.rule === rule).map((e) => e.state)).toContain(
      'applied',
    );

    const everywhere = await value(
      service.call('edits.setStateByRule', { rule, state: 'reverted', editor }),
    );
    expect(everywhere?.articleId).toBe(two.id);
    expect((await get(two.id)).cleaned).not.toBe(two.cleaned);
    await value(service.call('decisions.undo', { editor }));
    expect((await get(two.id)).cleaned).toBe(two.cleaned);
  });

  it('approves a selection of facts at once and undoes them together', async () => {
    const article = await importText('forum.txt', RAW);
    const ids = article.facts.slice(0, 3).map((f) => f.id);
    expect(ids.length).toBe(3);
    await value(service.call('facts.setStatusMany', { ids, status: 'approved', editor }));
    const approved = (await get(article.id)).facts.filter((f) => ids.includes(f.id));
    expect(approved.map((f) => f.status)).toEqual(['approved', 'approved', 'approved']);
    await value(service.call('decisions.undo', { editor }));
    const undone = (await get(article.id)).facts.filter((f) => ids.includes(f.id));
    expect(undone.map((f) => f.status)).toEqual(['pending', 'pending', 'pending']);
  });

  it('corrects a fact’s value, and its corroboration follows', async () => {
    const a = await importText('a.txt', RAW);
    const b = await importText('b.txt', RAW.replace('12项', '13项').replace('青岛', '厦门'));
    const fact = (await get(b.id)).facts.find((f) => f.kind === 'agreement');
    expect(fact?.value).toBe(13);
    if (!fact) return;
    expect(fact.corroboratedBy).toEqual([]);
    await value(service.call('facts.setValue', { id: fact.id, value: 12, editor }));
    const corrected = (await get(b.id)).facts.find((f) => f.id === fact.id);
    expect(corrected?.value).toBe(12);
    expect(corrected?.corroboratedBy.map((r) => r.articleId)).toContain(a.id);
  });
});

describe('tags, queue, dashboard, settings', () => {
  it('renames, recolours and merges tags, keeping every tagged article and fact', async () => {
    const article = await importText('forum.txt', RAW);
    const a = await value(service.call('tags.create', { name: 'check' }));
    const b = await value(service.call('tags.create', { name: 'verify' }));
    await value(service.call('articles.tag', { id: article.id, tagId: a.id, on: true, editor }));
    const factId = article.facts[0]?.id ?? 0;
    await value(service.call('facts.tag', { id: factId, tagId: b.id, on: true, editor }));
    const renamed = await value(
      service.call('tags.update', { id: a.id, name: 'checked', colour: '#aa3300', editor }),
    );
    expect(renamed).toMatchObject({
      action: 'tag.update',
      before: { name: 'check', colour: '#6b7280' },
      after: { name: 'checked', colour: '#aa3300' },
    });
    const clash = await service.call('tags.update', { id: b.id, name: 'CHECKED', editor });
    expect(clash.ok).toBe(false);
    await value(service.call('tags.merge', { from: b.id, into: a.id, editor }));
    const tags = await value(service.call('tags.list', {}));
    expect(tags.map((t) => t.name)).toEqual(['checked']);
    const after = await get(article.id);
    expect(after.tags).toEqual(['checked']);
    expect(after.facts.find((f) => f.id === factId)?.tags).toEqual(['checked']);
  });

  it('queues articles needing attention first and skips approved ones', async () => {
    const plain = await importText('plain.txt', '一篇没有任何数字的短文\n\n这里只有文字。\n');
    const busy = await importText('busy.txt', RAW);
    const first = await value(service.call('articles.next', {}));
    expect(first.id).toBe(busy.id);
    expect(first.remaining).toBe(2);
    await value(service.call('articles.setStatus', { id: busy.id, status: 'approved', editor }));
    const second = await value(service.call('articles.next', { after: busy.id }));
    expect(second).toMatchObject({ id: plain.id, reason: 'pending', remaining: 1 });
    await value(service.call('articles.setStatus', { id: plain.id, status: 'approved', editor }));
    expect((await value(service.call('articles.next', {}))).id).toBeNull();
  });

  it('summarizes review work for the dashboard', async () => {
    const article = await importText('forum.txt', RAW);
    await value(service.call('articles.setStatus', { id: article.id, status: 'approved', editor }));
    const factId = article.facts[0]?.id ?? 0;
    await value(service.call('facts.setStatus', { id: factId, status: 'rejected', editor }));
    const board = await value(service.call('corpus.dashboard', {}));
    expect(board.byStatus['approved']).toBe(1);
    expect(board.reviewByDay.at(-1)).toMatchObject({ articles: 1, facts: 1 });
    const rejected = board.factsByKind.reduce((n, k) => n + k.rejected, 0);
    expect(rejected).toBe(1);
    expect(board.rules.length).toBeGreaterThan(0);
  });

  it('keeps the editor’s name, language and theme across restarts', async () => {
    expect(await value(service.call('settings.get', {}))).toEqual({
      editor: null,
      language: null,
      theme: null,
    });
    await value(service.call('settings.set', { editor: '林编辑', language: 'zh' }));
    service.close();
    service = openService({ dbPath });
    expect(await value(service.call('settings.get', {}))).toEqual({
      editor: '林编辑',
      language: 'zh',
      theme: null,
    });
    const bad = await service.call('settings.set', { theme: 'purple' });
    expect(bad.ok).toBe(false);
  });
});

describe('the corpus’s spam list', () => {
  const PAGE =
    '港口扩建工程启动\n\n新码头将于明年投入使用，年吞吐能力增加300万标箱。免费领取优惠券\n';

  it('starts as the default list, and an editor’s list applies to later imports and re-cleans', async () => {
    const initial = await value(service.call('spam.list', {}));
    expect(initial.isDefault).toBe(true);
    expect(initial.phrases).toContain('包养网');

    const before = await importText('before.txt', PAGE);
    expect(before.cleaned).toContain('免费领取优惠券');

    const mine = await value(
      service.call('spam.set', {
        phrases: [...initial.phrases, ' 免费领取优惠券 ', '免费领取优惠券'],
      }),
    );
    expect(mine.isDefault).toBe(false);
    expect(mine.phrases.filter((p) => p === '免费领取优惠券')).toHaveLength(1);

    const after = await importText('after.txt', PAGE.replace('港口', '机场'));
    expect(after.cleaned).not.toContain('免费领取优惠券');
    const edit = after.edits.find((e) => e.rule === 'spam.injected-phrase');
    expect(edit && after.raw.slice(edit.start, edit.end)).toBe('免费领取优惠券');

    // The article imported before the change gets the phrase removed by a re-clean.
    await value(service.call('articles.reclean', { id: before.id }));
    expect((await get(before.id)).cleaned).not.toContain('免费领取优惠券');

    // Kept in the corpus across restarts; null goes back to the default.
    service.close();
    service = openService({ dbPath });
    expect((await value(service.call('spam.list', {}))).phrases).toContain('免费领取优惠券');
    const reset = await value(service.call('spam.set', { phrases: null }));
    expect(reset.isDefault).toBe(true);
    expect(reset.phrases).not.toContain('免费领取优惠券');
  });

  it('two editors saving the list at once: the later, made on the list before, is refused', async () => {
    const shown = (await value(service.call('spam.list', {}))).phrases;
    // Both dialogs opened on the same list; Wu saves first, adding a phrase.
    await value(service.call('spam.set', { phrases: [...shown, '免费领取优惠券'], seen: shown }));
    // Lin's save, made on the list without it, would have dropped Wu's phrase unseen.
    const lin = await service.call('spam.set', { phrases: [...shown, '扫码加群'], seen: shown });
    expect(lin.ok).toBe(false);
    if (!lin.ok) {
      expect(lin.error.code).toBe('conflict');
      expect(lin.error.message).toMatch(/changed since/);
    }
    const now = (await value(service.call('spam.list', {}))).phrases;
    expect(now).toContain('免费领取优惠券');
    // Made again on the list as it is now, hers is saved with his.
    await value(service.call('spam.set', { phrases: [...now, '扫码加群'], seen: now }));
    expect((await value(service.call('spam.list', {}))).phrases).toEqual(
      expect.arrayContaining(['免费领取优惠券', '扫码加群']),
    );
  });

  it('refuses a one-character phrase, which would remove real text', async () => {
    const refused = await service.call('spam.set', { phrases: ['包养网', '养'] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('"养" is too short');
    expect((await value(service.call('spam.list', {}))).isDefault).toBe(true);
  });
});

describe('script conversion as a corpus setting', () => {
  it('is off by default, and once on converts later imports and re-cleans as explained edits', async () => {
    const traditional =
      '兩岸科學園區交流會在新竹舉行\n\n來自兩岸的科學園區代表共同探討技術合作。\n';
    const before = await importText('before.txt', traditional);
    expect(before.cleaned).toContain('兩岸科學園區');
    expect(await value(service.call('conversion.get', {}))).toEqual({ to: null });

    expect(await value(service.call('conversion.set', { to: 'Hans' }))).toEqual({ to: 'Hans' });
    const after = await importText('after.txt', traditional.replace('新竹', '台中'));
    expect(after.cleaned).toContain('两岸科学园区');
    expect(after.raw).toContain('兩岸科學園區');
    expect(after.edits.some((e) => e.rule === 'convert.script')).toBe(true);

    await value(service.call('articles.reclean', { id: before.id }));
    expect((await get(before.id)).cleaned).toContain('两岸科学园区');

    service.close();
    service = openService({ dbPath });
    expect(await value(service.call('conversion.set', { to: null }))).toEqual({ to: null });
    await value(service.call('articles.reclean', { id: before.id }));
    expect((await get(before.id)).cleaned).toContain('兩岸科學園區');
  });
});

describe('machine-translated English', () => {
  it('is flagged as a warning on import, found anew (not twice) by a re-clean, and kept across a restart', async () => {
    const text =
      'Joint laboratories opened with co construction countries\r\n\r\nChina and the co built countries opened 40 joint laboratories. (New News Agency)\r\n';
    // A file cut off inside its last character: the decoder's own warning must survive.
    const { writeFileSync } = await import('node:fs');
    const path = join(dir, 'mt.txt');
    writeFileSync(path, Buffer.from(`${text}合`, 'utf8').subarray(0, -1));
    const report = await value(service.call('articles.import', { paths: [path] }));
    const id = report.files[0]!.articleId!;
    const warned = (await get(id)).warnings;
    const flag = warned.filter((w) => w.startsWith('Machine translation from Chinese:'));
    expect(flag).toHaveLength(1);
    expect(flag[0]).toContain('"co construction countries"');
    expect(flag[0]).toContain('中新社');
    const others = warned.filter((w) => !w.startsWith('Machine translation'));
    expect(others).toHaveLength(1);

    await value(service.call('articles.reclean', { id }));
    service.close();
    service = openService({ dbPath });
    const after = (await get(id)).warnings;
    expect(after.filter((w) => w.startsWith('Machine translation'))).toEqual(flag);
    expect(after.filter((w) => !w.startsWith('Machine translation'))).toEqual(others);
    expect((await get(id)).cleaned).toContain('co construction countries');
  });
});

describe('recurring spam phrases', () => {
  it('suggests a phrase pasted into many articles, not the terms they share, and a re-clean removes it once listed', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = Object.entries(injectedCorpus('免费领红包')).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    await value(service.call('articles.import', { paths }));
    const suggested = await value(service.call('spam.suggest', { sample: 2000 }));
    expect(suggested.scanned).toBe(40);
    expect(suggested.phrases.map((p) => p.phrase)).toEqual(['免费领红包']);
    expect(suggested.phrases[0]!.articles).toBe(20);
    expect(suggested.phrases[0]!.examples[0]).toContain('免费领红包');

    // Listed, it is removed by a re-clean; and no longer suggested.
    const list = await value(service.call('spam.list', {}));
    expect((await get(1)).cleaned).toContain('免费领红包');
    await value(service.call('spam.set', { phrases: [...list.phrases, '免费领红包'] }));
    await value(service.call('articles.reclean', { id: 1 }));
    expect((await get(1)).cleaned).not.toContain('免费领红包');
    expect((await value(service.call('spam.suggest', { sample: 2000 }))).phrases).toEqual([]);
  });
});
