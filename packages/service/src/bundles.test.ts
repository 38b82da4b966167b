import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import type { ProgressEvent } from '@winnow/contract';
import { value } from './testing/value.ts';
import { rawZip } from './testing/rawZip.ts';
import { format3Lines } from './testing/legacyBundle.ts';
import { readZip, review, samplesDir } from './testing/bundleCorpus.ts';
import type { Entries } from './testing/bundleCorpus.ts';
import type { RawEntry } from './testing/rawZip.ts';

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

/** Rebuilds a bundle with some files changed, the manifest's checksums made right again. */
function rebuilt(
  entries: Entries,
  change: (files: Map<string, Buffer>) => void,
  fixManifest = true,
) {
  const files = new Map(entries);
  change(files);
  if (fixManifest) {
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as {
      files: Record<string, { sha256: string; bytes: number }>;
    };
    for (const name of Object.keys(manifest.files)) {
      const data = files.get(name)!;
      manifest.files[name] = {
        sha256: createHash('sha256').update(data).digest('hex'),
        bytes: data.length,
      };
    }
    files.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
  }
  return [...files].map(([name, data]): RawEntry => ({ name, data, deflate: true }));
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
    expect(check).toMatchObject({ ok: true, formatVersion: 4, problems: [] });
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

describe('hostile and broken bundles', () => {
  async function fixture() {
    const source = await reviewedCorpus('source');
    const entries = await readZip(await exportBundle(source, 'good.zip'));
    const target = corpus('target');
    await value(
      target.call('articles.import', { paths: [join(samplesDir, '01-lab-network.txt')] }),
    );
    await value(target.call('articles.setStatus', { id: 1, status: 'rejected', editor: 'wu' }));
    return { entries, target };
  }

  /** Everything a corpus holds that an import could change. */
  function snapshot(service: WinnowService) {
    const db = service.store.db;
    return [
      'article',
      'article_text',
      'cleaned_chunk',
      'edit',
      'fact',
      'tag',
      'article_tag',
      'fact_tag',
      'decision',
      'source_file',
    ]
      .map((table) =>
        db
          .prepare(`SELECT * FROM ${table}`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort()
          .join('\n'),
      )
      .join('\n');
  }

  const cases: [string, (entries: Entries) => RawEntry[], RegExp][] = [
    [
      'a path that climbs out with ../',
      (e) => [...rebuilt(e, () => {}), { name: '../../escaped.txt', data: Buffer.from('x') }],
      /climbs out of the bundle/,
    ],
    [
      'an absolute path',
      (e) => [...rebuilt(e, () => {}), { name: '/tmp/escaped.txt', data: Buffer.from('x') }],
      /absolute path/,
    ],
    [
      'a drive letter',
      (e) => [...rebuilt(e, () => {}), { name: 'C:\\escaped.txt', data: Buffer.from('x') }],
      /names a drive/,
    ],
    [
      'a symbolic link',
      (e) =>
        rebuilt(e, () => {}).map((entry) =>
          entry.name === 'tags.json'
            ? { ...entry, mode: 0o120777, data: Buffer.from('/etc/passwd') }
            : entry,
        ),
      /symbolic link/,
    ],
    [
      'a zip bomb',
      (e) => rebuilt(e, (files) => files.set('facts.jsonl', Buffer.alloc(64 * 1024 * 1024, 32))),
      /zip bomb/,
    ],
    [
      'an entry that declares more than the size limit',
      (e) =>
        rebuilt(e, () => {}).map((entry) =>
          entry.name === 'facts.jsonl' ? { ...entry, declaredSize: 65 * 1024 ** 3 } : entry,
        ),
      /the entry "facts\.jsonl" would unpack to 69793218560 bytes, over the limit/,
    ],
    [
      'an entry that inflates past its declared size',
      (e) =>
        rebuilt(e, () => {}).map((entry) =>
          entry.name === 'articles.jsonl' ? { ...entry, declaredSize: 10 } : entry,
        ),
      /"articles\.jsonl" is damaged \(it holds more than the 10 bytes its entry declares\)/,
    ],
    [
      'an entry that holds fewer bytes than it declares',
      (e) =>
        rebuilt(e, () => {}).map((entry) =>
          entry.name === 'tags.json' ? { ...entry, declaredSize: entry.data.length + 100 } : entry,
        ),
      /"tags\.json" is damaged \(it holds \d+ bytes, not the \d+ its entry declares\)/,
    ],
    [
      'an entry compressed with a method Winnow does not read',
      (e) =>
        rebuilt(e, () => {}).map((entry) =>
          entry.name === 'facts.jsonl' ? { ...entry, method: 12 } : entry,
        ),
      /"facts\.jsonl" is compressed with method 12, which Winnow does not read/,
    ],
    [
      'a wrong checksum',
      (e) => rebuilt(e, (files) => files.set('tags.json', Buffer.from('[]\n')), false),
      /tags\.json does not match its checksum/,
    ],
    [
      'a changed article whose lines still read well (found only after applying it)',
      (e) =>
        rebuilt(
          e,
          (files) => {
            const lines = files.get('articles.jsonl')!.toString().split('\n');
            const article = JSON.parse(lines[0]!) as { title: string };
            article.title = `${article.title} (changed)`;
            lines[0] = JSON.stringify(article);
            files.set('articles.jsonl', Buffer.from(lines.join('\n')));
          },
          false,
        ),
      /articles\.jsonl does not match its checksum/,
    ],
    [
      'a damaged line in a file whose checksum no longer matches (the checksum is named)',
      (e) =>
        rebuilt(
          e,
          (files) => {
            const lines = files.get('facts.jsonl')!.toString().split('\n');
            lines[1] = '{"article": "broken';
            files.set('facts.jsonl', Buffer.from(lines.join('\n')));
          },
          false,
        ),
      /facts\.jsonl does not match its checksum/,
    ],
    [
      'a manifest that counts more articles than the bundle holds',
      (e) =>
        rebuilt(e, (files) => {
          const manifest = JSON.parse(files.get('manifest.json')!.toString()) as {
            counts: { articles: number };
          };
          manifest.counts.articles += 1;
          files.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
        }),
      /the manifest counts \d+ articles but the bundle holds \d+/,
    ],
    [
      'malformed JSON',
      (e) =>
        rebuilt(e, (files) => {
          const lines = files.get('facts.jsonl')!.toString().split('\n');
          lines[2] = '{"article": "broken';
          files.set('facts.jsonl', Buffer.from(lines.join('\n')));
        }),
      /facts\.jsonl line 3 is not JSON/,
    ],
    [
      'an article longer than the corpus keeps (every export must handle what is stored)',
      (e) =>
        rebuilt(e, (files) => {
          const lines = files.get('articles.jsonl')!.toString().split('\n');
          const article = JSON.parse(lines[0]!) as { raw: string };
          article.raw = '长'.repeat(500_001);
          lines[0] = JSON.stringify(article);
          files.set('articles.jsonl', Buffer.from(lines.join('\n')));
        }),
      /articles\.jsonl line 1: raw: the article is 500,001 characters long; Winnow keeps articles up to 500,000 characters/,
    ],
    [
      'an unknown format version',
      (e) =>
        rebuilt(
          e,
          (files) => {
            const manifest = JSON.parse(files.get('manifest.json')!.toString()) as Record<
              string,
              unknown
            >;
            files.set(
              'manifest.json',
              Buffer.from(JSON.stringify({ ...manifest, formatVersion: 99 })),
            );
          },
          false,
        ),
      /format version 99 is not one this Winnow reads/,
    ],
    [
      'a fact that articles.jsonl lists and facts.jsonl does not describe',
      (e) =>
        rebuilt(e, (files) => {
          const lines = files.get('facts.jsonl')!.toString().trim().split('\n');
          lines.splice(1, 1);
          files.set('facts.jsonl', Buffer.from(`${lines.join('\n')}\n`));
        }),
      /articles\.jsonl line 1 lists fact \d+ of article \d+, but facts\.jsonl line 2 describes fact/,
    ],
    [
      'a fact whose two records disagree',
      (e) =>
        rebuilt(e, (files) => {
          const lines = files.get('facts.jsonl')!.toString().trim().split('\n');
          const fact = JSON.parse(lines[0]!) as { status: string };
          fact.status = fact.status === 'approved' ? 'rejected' : 'approved';
          lines[0] = JSON.stringify(fact);
          files.set('facts.jsonl', Buffer.from(`${lines.join('\n')}\n`));
        }),
      /articles\.jsonl line 1 and facts\.jsonl line 1 disagree on the status of fact/,
    ],
    [
      'an unexpected file',
      (e) => [...rebuilt(e, () => {}), { name: 'run.sh', data: Buffer.from('x') }],
      /not a file a Winnow bundle holds/,
    ],
    [
      'a decision Winnow does not know, found while applying',
      (e) =>
        rebuilt(e, (files) => {
          const lines = files.get('decisions.jsonl')!.toString().trim().split('\n');
          const first = JSON.parse(lines[0]!) as Record<string, unknown>;
          lines.push(
            JSON.stringify({
              ...first,
              id: 9999,
              action: 'article.explode',
              at: '2999-01-01T00:00:00.000Z',
            }),
          );
          files.set('decisions.jsonl', Buffer.from(`${lines.join('\n')}\n`));
          const manifest = JSON.parse(files.get('manifest.json')!.toString()) as {
            counts: { decisions: number };
          };
          manifest.counts.decisions += 1;
          files.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
        }),
      /does not know: article\.explode/,
    ],
  ];

  it.each(cases)(
    'refuses %s, names the problem, writes nothing and changes nothing',
    async (_label, make, message) => {
      const { entries, target } = await fixture();
      const path = join(dir, 'hostile.zip');
      writeFileSync(path, rawZip(make(entries)));
      const before = snapshot(target);
      const listing = readdirSync(dir).sort();
      const verified = await value(target.call('bundles.verify', { path }));
      const imported = await target.call('bundles.import', { path });
      expect(imported.ok).toBe(false);
      if (!imported.ok) {
        expect(imported.error.code).toBe('bad_input');
        expect(imported.error.message).toMatch(message);
        expect(imported.error.message).toContain('hostile.zip');
      }
      if (!/while applying/.test(_label)) {
        expect(verified.ok).toBe(false);
        expect(verified.problems[0]).toMatch(message);
      }
      expect(snapshot(target)).toBe(before);
      expect(readdirSync(dir).sort()).toEqual(listing);
      expect(existsSync(join(dir, '..', 'escaped.txt'))).toBe(false);
    },
  );
});

describe('other export formats', () => {
  it('CSV of facts: BOM, CRLF, quoted cells, formulas defused', async () => {
    const service = await reviewedCorpus('c');
    const out = join(dir, 'facts.csv');
    const summary = await value(service.call('articles.export', { format: 'csv', out }));
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^article_id,article_title,published_at,language,kind,quote,value/);
    expect(lines).toHaveLength(summary.facts + 1);
    expect(text).toContain('中国与东盟联合实验室网络正式启动');
  });

  it('Markdown: a folder with one file per article and its facts as a table', async () => {
    const service = await reviewedCorpus('m');
    const out = join(dir, 'md');
    await value(service.call('articles.export', { format: 'md', out, language: 'zh' }));
    const files = readdirSync(out);
    expect(files.length).toBe(6);
    const first = readFileSync(join(out, files.sort()[0]!), 'utf8');
    expect(first).toMatch(/^# 中国与东盟联合实验室网络正式启动/);
    expect(first).toContain('| kind | quote | value |');
  });

  it('ClaimReview: only approved facts tagged "checked"', async () => {
    const service = await reviewedCorpus('r');
    const out = join(dir, 'claims.jsonld');
    const summary = await value(service.call('articles.export', { format: 'claimreview', out }));
    expect(summary.facts).toBe(1);
    const reviews = JSON.parse(readFileSync(out, 'utf8')) as {
      '@type': string;
      claimReviewed: string;
    }[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!['@type']).toBe('ClaimReview');
  });

  it('a selection exports only what it selects', async () => {
    const service = await reviewedCorpus('s');
    const out = join(dir, 'tagged.jsonl');
    const summary = await value(
      service.call('articles.export', { format: 'jsonl', out, tag: '重要' }),
    );
    expect(summary.articles).toBe(1);
    const unknown = await service.call('articles.export', { format: 'jsonl', out, tag: 'nope' });
    expect(unknown.ok).toBe(false);
  });

  it('a cancelled export leaves nothing behind', async () => {
    const service = await reviewedCorpus('x');
    const out = join(dir, 'cancelled.zip');
    const controller = new AbortController();
    controller.abort();
    const result = await service.call(
      'articles.export',
      { format: 'bundle', out },
      { signal: controller.signal },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(readdirSync(dir).filter((name) => name.includes('cancelled'))).toEqual([]);
  });

  it('an export cancelled halfway, on its own thread, stops and leaves nothing behind', async () => {
    const service = corpus('halfway');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 40; i++)
      writeFileSync(
        join(folder, `n${i}.txt`),
        `第${i}号简讯\n\n联合实验室今年新增${i + 3}个合作项目,涉及${i + 10}个国家。\n`,
      );
    await value(service.call('articles.import', { paths: [folder] }));
    const out = join(dir, 'halfway.zip');
    const controller = new AbortController();
    const seen: number[] = [];
    const result = await service.call(
      'articles.export',
      { format: 'bundle', out },
      {
        signal: controller.signal,
        onProgress: (event) => {
          seen.push(event.done);
          controller.abort();
        },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThan(40);
    expect(readdirSync(dir).filter((name) => name.includes('halfway.zip'))).toEqual([]);
    // The corpus is untouched and exports whole afterwards.
    const whole = await value(service.call('articles.export', { format: 'bundle', out }));
    expect(whole.articles).toBe(40);
  });
});
