import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import type { ProgressEvent } from '@winnow/contract';
import { value } from './testing/value.ts';
import { rawZip } from './testing/rawZip.ts';
import { rebuilt } from './testing/tempCorpora.ts';
import { format3Lines } from './testing/legacyBundle.ts';
import { readZip, review, samplesDir } from './testing/bundleCorpus.ts';
import type { Entries } from './testing/bundleCorpus.ts';

let dir: string;
const services: WinnowService[] = [];

function corpus(name: string): WinnowService {
  const service = openService({ dbPath: join(dir, `${name}.sqlite`) });
  services.push(service);
  return service;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-bundles-'));
});
afterEach(() => {
  for (const service of services.splice(0)) service.close();
  rmSync(dir, { recursive: true, force: true });
});

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A corpus with the samples and one of every kind of decision. */
const reviewedCorpus = (name: string) => review(corpus(name));

/** Ids and times differ between corpora; everything else must not. */
const ID_KEYS = new Set(['id', 'articleId', 'factId', 'targetId', 'reverts', 'at', 'createdAt']);
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !ID_KEYS.has(key))
        .map(([key, v]) => [key, withoutIds(v)]),
    );
  if (typeof value === 'string' && value.startsWith('urn:winnow:fact:'))
    return value.replace(/:\d+$/, ':#');
  return value;
}

function contents(entries: Entries) {
  const jsonl = (name: string) =>
    entries
      .get(name)!
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => withoutIds(JSON.parse(line)));
  return {
    articles: jsonl('articles.jsonl'),
    facts: jsonl('facts.jsonl'),
    decisions: jsonl('decisions.jsonl'),
    tags: withoutIds(JSON.parse(entries.get('tags.json')!.toString('utf8'))),
    annotations: withoutIds(JSON.parse(entries.get('annotations.jsonld')!.toString('utf8'))),
  };
}

/**
 * Makes a format-3 bundle's files what format 2 wrote: each fact in facts.jsonl listed its
 * related facts (here one made-up entry where it had a corroboration key) and no keys.
 */
function asFormat2(files: Map<string, Buffer>) {
  const lines = files
    .get('facts.jsonl')!
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const fact = JSON.parse(line) as Record<string, unknown>;
      const { corroborationKey } = fact;
      delete fact.corroborationKey;
      delete fact.topicKey;
      const related = corroborationKey
        ? [{ articleId: 99, factId: 999, title: '别处', language: 'zh', quote: '80个', value: 80 }]
        : [];
      return JSON.stringify({ ...fact, corroboratedBy: related, contradictedBy: [] });
    });
  files.set('facts.jsonl', Buffer.from(`${lines.join('\n')}\n`));
  const manifest = JSON.parse(files.get('manifest.json')!.toString()) as Record<string, unknown>;
  files.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, formatVersion: 2 })));
}

/**
 * An older bundle made from `current` verifies as its version, imports into an empty
 * corpus, and that corpus exports the same articles, facts and decisions as `current`.
 */
async function expectImportedAsToday(path: string, formatVersion: number, current: Entries) {
  const target = corpus('target');
  expect(await value(target.call('bundles.verify', { path }))).toMatchObject({
    ok: true,
    formatVersion,
  });
  const report = await value(target.call('bundles.import', { path }));
  expect(report.articles).toEqual({ added: 8, merged: 0 });
  const again = contents(await readZip(await exportBundle(target, 'again.zip')));
  const before = contents(current);
  expect(again.articles).toEqual(before.articles);
  expect(again.facts).toEqual(before.facts);
  expect(again.decisions).toEqual(before.decisions);
}

async function exportBundle(service: WinnowService, name: string): Promise<string> {
  const out = join(dir, name);
  await value(service.call('articles.export', { format: 'bundle', out, editor: 'lin' }));
  return out;
}

describe('bundle round trip', () => {
  it('export, import into an empty corpus, export again: the same articles, facts, tags and decisions', async () => {
    const source = await reviewedCorpus('source');
    const first = await exportBundle(source, 'first.zip');
    const events: ProgressEvent[] = [];
    const check = await value(
      source.call('bundles.verify', { path: first }, { onProgress: (e) => events.push(e) }),
    );
    expect(check).toMatchObject({ ok: true, formatVersion: 5, problems: [] });
    expect(events.at(-1)).toMatchObject({ job: 'bundle verify', done: 8, total: 8 });

    const target = corpus('target');
    const report = await value(target.call('bundles.import', { path: first }));
    expect(report.articles).toEqual({ added: 8, merged: 0 });
    expect(report.decisions.added).toBe(check.counts!.decisions);
    expect(report.conflicts).toEqual([]);
    const second = await exportBundle(target, 'second.zip');

    const a = contents(await readZip(first));
    const b = contents(await readZip(second));
    expect(b.articles).toEqual(a.articles);
    expect(b.facts).toEqual(a.facts);
    expect(b.tags).toEqual(a.tags);
    expect(b.decisions).toEqual(a.decisions);
    expect(b.annotations).toEqual(a.annotations);
    // The decisions carry real work: statuses, tags, an edit reverted, an undo.
    const actions = (a.decisions as { action: string; kind: string }[]).map(
      (d) => `${d.kind} ${d.action}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'act article.status',
        'act article.tag',
        'act fact.tag',
        'act edit.state',
        'undo article.status',
      ]),
    );
    // And the imported corpus is in the same state, not just the same log.
    const article = await value(target.call('articles.get', { id: 1 }));
    expect(article.status).toBe('approved');
    expect(article.cleaned).toContain('包养网');
    expect((await value(target.call('articles.get', { id: 3 }))).status).toBe('pending');
  });

  it('a cancelled import keeps nothing and says so', async () => {
    const source = await reviewedCorpus('source');
    const path = await exportBundle(source, 'cancelled.zip');
    const target = corpus('target');
    const controller = new AbortController();
    controller.abort();
    const result = await target.call('bundles.import', { path }, { signal: controller.signal });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('cancelled');
      expect(result.error.message).toMatch(/cancelled\.zip was cancelled; nothing was imported/);
    }
    expect((await value(target.call('corpus.stats', {}))).articles).toBe(0);
    // The same bundle, not cancelled, then imports whole.
    const report = await value(target.call('bundles.import', { path }));
    expect(report.articles).toEqual({ added: 8, merged: 0 });
  });

  it('writes annotations with code-point positions and a manifest that names every file', async () => {
    const source = await reviewedCorpus('source');
    const entries = await readZip(await exportBundle(source, 'b.zip'));
    expect([...entries.keys()].sort()).toEqual(
      [
        'README.txt',
        'annotations.jsonld',
        'articles.jsonl',
        'decisions.jsonl',
        'facts.jsonl',
        'manifest.json',
        'tags.json',
      ].sort(),
    );
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as {
      files: Record<string, { sha256: string }>;
      createdBy: string;
    };
    expect(manifest.createdBy).toBe('lin');
    for (const [name, { sha256 }] of Object.entries(manifest.files))
      expect(createHash('sha256').update(entries.get(name)!).digest('hex')).toBe(sha256);
    const collection = JSON.parse(entries.get('annotations.jsonld')!.toString()) as {
      first: {
        items: { target: { selector: { type: string; start?: number; exact?: string }[] } }[];
      };
    };
    const item = collection.first.items[0]!;
    expect(item.target.selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    // Each fact is described in full once, in facts.jsonl; its article lists the fields of
    // the export record, and the id that finds the rest.
    const firstArticle = JSON.parse(entries.get('articles.jsonl')!.toString().split('\n')[0]!) as {
      facts: Record<string, unknown>[];
    };
    expect(firstArticle.facts.length).toBeGreaterThan(0);
    expect(Object.keys(firstArticle.facts[0]!).sort()).toEqual(
      [
        'id',
        'kind',
        'quote',
        'start',
        'end',
        'value',
        'unit',
        'qualifier',
        'role',
        'status',
        'tags',
      ].sort(),
    );
  });

  it("gives each fact in facts.jsonl the keys that group it with the other articles' facts", async () => {
    const source = await reviewedCorpus('source');
    const facts = (await readZip(await exportBundle(source, 'keys.zip')))
      .get('facts.jsonl')!
      .toString()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const fact of facts) {
      expect(fact).not.toHaveProperty('corroboratedBy');
      expect(fact).toHaveProperty('corroborationKey');
      expect(fact).toHaveProperty('topicKey');
    }
    // Every corroboration the corpus shows an editor is one key shared in the bundle.
    let shown = 0;
    for (const fact of facts) {
      const { corroboratedBy } = await value(
        source.call('facts.related', { id: fact.id as number }),
      );
      for (const other of corroboratedBy) {
        const line = facts.find((f) => f.id === other.factId)!;
        expect(fact.corroborationKey).not.toBeNull();
        expect(line.corroborationKey).toBe(fact.corroborationKey);
        shown++;
      }
      if (fact.corroborationKey === null) expect(corroboratedBy).toEqual([]);
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('still imports a format-3 bundle, whose decisions named the exporting corpus ids', async () => {
    const source = await reviewedCorpus('source');
    const current = await readZip(await exportBundle(source, 'v4.zip'));
    const asFormat3 = await format3Lines(source);
    const v3 = join(dir, 'v3.zip');
    writeFileSync(v3, rawZip(rebuilt(current, asFormat3)));
    const lines = (await readZip(v3)).get('decisions.jsonl')!.toString();
    expect(lines).toContain('"targetId"');
    expect(lines).not.toContain('"target"');
    await expectImportedAsToday(v3, 3, current);
  });

  it('still imports a format-2 bundle, whose facts listed related facts by local ids', async () => {
    const source = await reviewedCorpus('source');
    const current = await readZip(await exportBundle(source, 'v4.zip'));
    const asFormat3 = await format3Lines(source);
    const v2 = join(dir, 'v2.zip');
    writeFileSync(
      v2,
      rawZip(
        rebuilt(current, (files) => {
          asFormat3(files);
          asFormat2(files);
        }),
      ),
    );
    await expectImportedAsToday(v2, 2, current);
  });

  it('refuses a format-3 fact written the format-2 way, naming the file, line and field', async () => {
    const source = await reviewedCorpus('source');
    const current = await readZip(await exportBundle(source, 'v3.zip'));
    const mixed = join(dir, 'mixed.zip');
    writeFileSync(
      mixed,
      rawZip(
        rebuilt(current, (files) => {
          const v3Manifest = files.get('manifest.json')!;
          asFormat2(files);
          files.set('manifest.json', v3Manifest);
        }),
      ),
    );
    const check = await value(corpus('target').call('bundles.verify', { path: mixed }));
    expect(check.ok).toBe(false);
    expect(check.problems.join(' ')).toMatch(/facts\.jsonl line 1: corroborationKey/);
  });

  it('still imports a format-1 bundle, which repeated each fact in full inside its article', async () => {
    const source = await reviewedCorpus('source');
    const current = await readZip(await exportBundle(source, 'v4.zip'));
    const asFormat3 = await format3Lines(source);
    const v1 = join(dir, 'v1.zip');
    writeFileSync(
      v1,
      rawZip(
        rebuilt(current, (files) => {
          asFormat3(files);
          asFormat2(files);
          const full = new Map<number, Record<string, unknown>>();
          for (const line of files.get('facts.jsonl')!.toString().trim().split('\n')) {
            const fact = JSON.parse(line) as Record<string, unknown>;
            for (const key of ['article', 'articleId', 'startCodePoint', 'endCodePoint'])
              delete fact[key];
            full.set(fact.id as number, fact);
          }
          const articles = files
            .get('articles.jsonl')!
            .toString()
            .trim()
            .split('\n')
            .map((line) => {
              const record = JSON.parse(line) as { facts: { id: number }[] };
              return JSON.stringify({ ...record, facts: record.facts.map((f) => full.get(f.id)) });
            });
          files.set('articles.jsonl', Buffer.from(`${articles.join('\n')}\n`));
          const manifest = JSON.parse(files.get('manifest.json')!.toString()) as Record<
            string,
            unknown
          >;
          files.set(
            'manifest.json',
            Buffer.from(JSON.stringify({ ...manifest, formatVersion: 1 })),
          );
        }),
      ),
    );
    await expectImportedAsToday(v1, 1, current);
  });
});

describe('merging a bundle into a corpus that has the same articles', () => {
  it('keeps both logs and lets the later decision win, reporting every disagreement', async () => {
    const theirs = corpus('theirs');
    const ours = corpus('ours');
    await value(theirs.call('articles.import', { paths: [samplesDir] }));
    await value(ours.call('articles.import', { paths: [samplesDir] }));
    await value(ours.call('articles.setStatus', { id: 1, status: 'rejected', editor: 'wu' }));
    await pause();
    await value(theirs.call('articles.setStatus', { id: 1, status: 'approved', editor: 'lin' }));
    await value(theirs.call('articles.setStatus', { id: 2, status: 'rejected', editor: 'lin' }));
    await pause();
    await value(ours.call('articles.setStatus', { id: 2, status: 'approved', editor: 'wu' }));
    await value(theirs.call('articles.setStatus', { id: 4, status: 'approved', editor: 'lin' }));

    const report = await value(
      ours.call('bundles.import', { path: await exportBundle(theirs, 't.zip') }),
    );
    expect(report.articles).toEqual({ added: 0, merged: 8 });
    expect(report.decisions.added).toBe(3);
    const byTarget = new Map(report.conflicts.map((c) => [c.target, c]));
    expect(byTarget.get('article 1')).toMatchObject({
      ours: 'rejected',
      theirs: 'approved',
      kept: 'theirs',
    });
    expect(byTarget.get('article 2')).toMatchObject({
      ours: 'approved',
      theirs: 'rejected',
      kept: 'ours',
    });
    expect(report.conflicts).toHaveLength(2);
    const status = async (id: number) => (await value(ours.call('articles.get', { id }))).status;
    expect(await status(1)).toBe('approved');
    expect(await status(2)).toBe('approved');
    expect(await status(4)).toBe('approved'); // only they decided: no conflict
    const history = await value(ours.call('articles.history', { id: 1 }));
    expect(history.map((d) => d.editor).sort()).toEqual(['lin', 'wu']);

    // Importing the same bundle again adds nothing.
    const again = await value(ours.call('bundles.import', { path: join(dir, 't.zip') }));
    expect(again.decisions).toEqual({ added: 0, alreadyPresent: 3 });
  });
});
