import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';
import { rawZip } from './testing/rawZip.ts';
import { readZip, samplesDir } from './testing/bundleCorpus.ts';
import type { Entries } from './testing/bundleCorpus.ts';
import type { RawEntry } from './testing/rawZip.ts';
import { rebuilt, tempCorpora } from './testing/tempCorpora.ts';

const desks = tempCorpora('winnow-bundles-');
const { corpus, reviewedCorpus, exportBundle } = desks;

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
      'an article whose text is not valid UTF-8 (its checksum made to match)',
      (e) =>
        rebuilt(e, (files) => {
          // A byte 0xFF in the middle of the first article's raw text: decoded leniently it
          // would come in as U+FFFD, the editor's text silently garbled.
          const data = Buffer.from(files.get('articles.jsonl')!);
          let at = data.indexOf('"raw":"') + 7;
          while (data[at]! < 0x80) at++;
          data[at] = 0xff;
          files.set('articles.jsonl', data);
        }),
      /articles\.jsonl.*not valid UTF-8/,
    ],
    [
      'a manifest that is not valid UTF-8',
      (e) =>
        rebuilt(
          e,
          (files) => {
            const manifest = files.get('manifest.json')!.toString();
            const at = manifest.indexOf('"formatVersion"');
            files.set(
              'manifest.json',
              Buffer.concat([
                Buffer.from(`${manifest.slice(0, at)}"note":"`),
                Buffer.from([0xe6, 0xb5]),
                Buffer.from(`",${manifest.slice(at)}`),
              ]),
            );
          },
          false,
        ),
      /manifest\.json.*not valid UTF-8/,
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
      const path = join(desks.dir, 'hostile.zip');
      writeFileSync(path, rawZip(make(entries)));
      const before = snapshot(target);
      const listing = readdirSync(desks.dir).sort();
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
      expect(readdirSync(desks.dir).sort()).toEqual(listing);
      expect(existsSync(join(desks.dir, '..', 'escaped.txt'))).toBe(false);
    },
  );

  it('refuses a zip of 60,000 entries at the first a bundle cannot hold, not after reading all', async () => {
    // Read one by one before any was checked, these held verify (and an import, which runs
    // alone) for ten seconds; a ZIP64 directory of millions, for many minutes.
    const { entries, target } = await fixture();
    const path = join(desks.dir, 'many.zip');
    const many = Array.from({ length: 60_000 }, () => ({
      name: 'README.txt',
      data: Buffer.alloc(0),
    }));
    writeFileSync(path, rawZip([...rebuilt(entries, () => {}), ...many]));
    const before = snapshot(target);
    const started = performance.now();
    const verified = await value(target.call('bundles.verify', { path }));
    // Now a few milliseconds; before, 8 s under the test runner.
    expect(performance.now() - started).toBeLessThan(2_000);
    const imported = await target.call('bundles.import', { path });
    expect(verified.problems[0]).toMatch(/the entry "README\.txt" appears twice/);
    expect(imported.ok).toBe(false);
    expect(snapshot(target)).toBe(before);
  });
});
