import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BundlePrepareReport } from '@winnow/contract';
import { openService } from './service.ts';
import type { ServiceOptions, WinnowService } from './service.ts';
import { readZip, review, samplesDir } from './testing/bundleCorpus.ts';
import type { Entries } from './testing/bundleCorpus.ts';
import { value } from './testing/value.ts';

let dir: string;
const services: WinnowService[] = [];

function corpus(name: string, options: Partial<ServiceOptions> = {}): WinnowService {
  const service = openService({ dbPath: join(dir, `${name}.sqlite`), ...options });
  services.push(service);
  return service;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-fragments-'));
});
afterEach(() => {
  for (const service of services.splice(0)) service.close();
  rmSync(dir, { recursive: true, force: true });
});

let exports = 0;
async function exportBundle(service: WinnowService): Promise<Entries> {
  const out = join(dir, `export-${++exports}.zip`);
  await value(service.call('articles.export', { format: 'bundle', out, editor: 'lin' }));
  return readZip(out);
}

/** Fragments kept per article, for the articles that have any. */
function kept(service: WinnowService): Map<number, number> {
  const rows = service.store.db
    .prepare<[], { articleId: number; n: number }>(
      'SELECT article_id AS articleId, count(*) AS n FROM bundle_fragment GROUP BY article_id',
    )
    .all();
  return new Map(rows.map((r) => [r.articleId, r.n]));
}

/**
 * Two bundles hold the same files, byte for byte. Only the manifest's creation time and
 * the README's line that repeats it may differ.
 */
function expectSameBundle(actual: Entries, expected: Entries) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, data] of expected) {
    if (name === 'manifest.json' || name === 'README.txt') continue;
    expect(actual.get(name)!.equals(data), `${name} differs`).toBe(true);
  }
  const files = (entries: Entries) => {
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as {
      files: Record<string, unknown>;
    };
    delete manifest.files['README.txt'];
    return manifest.files;
  };
  expect(files(actual)).toEqual(files(expected));
}

describe('kept bundle fragments', () => {
  it('an export copies the facts share, writes the others from it, and the same bytes as an export that builds every share', async () => {
    const service = await review(corpus('desk'));
    expect(kept(service).size).toBe(0);
    const built = await exportBundle(service);

    const report = await value(service.call('bundles.prepare', {}));
    expect(report).toEqual({ prepared: 8, lacking: 8, removed: 0, finished: true });
    expect([...kept(service).values()]).toEqual(Array(8).fill(1));
    expectSameBundle(await exportBundle(service), built);

    // It is really what the export copies, and the other files are written from it: a
    // fact's quote changed behind the export's back shows up in all three.
    const db = service.store.db;
    const row = db
      .prepare<[], { articleId: number; data: Buffer }>(
        'SELECT article_id AS articleId, data FROM bundle_fragment ORDER BY bytes DESC LIMIT 1',
      )
      .get()!;
    const lines = inflateRawSync(row.data, { finishFlush: constants.Z_SYNC_FLUSH }).toString();
    const { quote } = JSON.parse(lines.split('\n')[0]!) as { quote: string };
    const forged = lines.replace(`"quote":${JSON.stringify(quote)}`, '"quote":"FORGED!!"');
    expect(forged).not.toBe(lines);
    db.prepare('UPDATE bundle_fragment SET data = ?, bytes = ? WHERE article_id = ?').run(
      deflateRawSync(forged, { finishFlush: constants.Z_SYNC_FLUSH }),
      Buffer.byteLength(forged),
      row.articleId,
    );
    const copied = await exportBundle(service);
    expect(copied.get('facts.jsonl')!.toString()).toContain('"quote":"FORGED!!"');
    expect(copied.get('articles.jsonl')!.toString()).toContain('"quote":"FORGED!!"');
    expect(copied.get('annotations.jsonld')!.toString()).toContain('"exact":"FORGED!!"');
  });

  it('every change to an article forgets its fragments, and the export is still what building gives', async () => {
    const service = await review(corpus('desk'));
    const editor = 'lin';
    const prepare = async () => {
      await value(service.call('bundles.prepare', {}));
      expect(kept(service).size).toBe(8);
    };
    /** After `change`, exactly the articles in `touched` have lost their fragments. */
    const expectForgotten = async (touched: number[], change: () => Promise<unknown>) => {
      await prepare();
      await change();
      const left = kept(service);
      for (let id = 1; id <= 8; id++)
        expect(left.get(id) ?? 0, `article ${id}`).toBe(touched.includes(id) ? 0 : 1);
    };
    const article = await value(service.call('articles.get', { id: 4 }));
    const fact = article.facts[0]!;
    const edit = article.edits[0]!;
    const tags = await value(service.call('tags.list', {}));
    const important = tags.find((t) => t.name === '重要')!;
    const checked = tags.find((t) => t.name === 'checked')!;

    await expectForgotten([4], () =>
      value(service.call('articles.setStatus', { id: 4, status: 'approved', editor })),
    );
    await expectForgotten([4], () =>
      value(service.call('facts.setStatus', { id: fact.id, status: 'rejected', editor })),
    );
    await expectForgotten([4], () =>
      value(service.call('facts.tag', { id: fact.id, tagId: important.id, on: true, editor })),
    );
    await expectForgotten([4], () =>
      value(service.call('articles.tag', { id: 4, tagId: checked.id, on: true, editor })),
    );
    await expectForgotten([4], () =>
      value(service.call('edits.setState', { id: edit.id, state: 'reverted', editor })),
    );
    await expectForgotten([4], () => value(service.call('decisions.undo', { editor })));
    await expectForgotten([4], () =>
      value(
        service.call('articles.editCleaned', {
          id: 4,
          cleaned: `${article.cleaned}\n编者按。`,
          editor,
        }),
      ),
    );
    await expectForgotten([5], () => value(service.call('articles.reclean', { id: 5 })));
    // A renamed tag: every article that carries it, itself or on one of its facts.
    // 重要 is on article 2 and on a fact of 4; checked on a fact of 1 and on article 4.
    await expectForgotten([2, 4], () =>
      value(service.call('tags.update', { id: important.id, name: '要闻', editor })),
    );
    await expectForgotten([1, 4], () =>
      value(service.call('tags.update', { id: checked.id, name: '已核', editor })),
    );
    await expectForgotten([2, 4], () =>
      value(service.call('tags.merge', { from: important.id, into: checked.id, editor })),
    );

    // Now some articles are kept and some are not: the export mixes copies and shares
    // built on the spot, and must be what building every share gives.
    await value(service.call('facts.setStatus', { id: fact.id, status: 'approved', editor }));
    expect(kept(service).get(4)).toBeUndefined();
    const mixed = await exportBundle(service);
    service.store.db.exec('DELETE FROM bundle_fragment');
    expectSameBundle(mixed, await exportBundle(service));
  });

  it('fragments an earlier Winnow built are removed and never used', async () => {
    const service = await review(corpus('desk'));
    await value(service.call('bundles.prepare', {}));
    const built = await exportBundle(service);
    service.store.db.exec(
      "UPDATE bundle_fragment SET recipe = '2-0000000000000000' WHERE article_id <= 3",
    );
    // Not used: what the export writes for those articles is built again.
    service.store.db.exec("UPDATE bundle_fragment SET data = X'0000ffff' WHERE article_id <= 3");
    expectSameBundle(await exportBundle(service), built);
    expect(await value(service.call('bundles.prepare', {}))).toEqual({
      prepared: 3,
      lacking: 3,
      removed: 3,
      finished: true,
    });
  });

  it('a damaged fragment stops the export with the article named, and nothing is left behind', async () => {
    const service = await review(corpus('desk'));
    await value(service.call('bundles.prepare', {}));
    service.store.db.exec(
      "UPDATE bundle_fragment SET bytes = bytes + 1 WHERE article_id = 2 AND part = 'facts.jsonl'",
    );
    const out = join(dir, 'damaged.zip');
    const result = await service.call('articles.export', { format: 'bundle', out, editor: 'lin' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/facts\.jsonl fragment of article 2 inflates to/);
      expect(result.error.message).toContain('winnow bundle prepare --again');
    }
    expect(readdirSync(dir).filter((name) => name.includes('damaged'))).toEqual([]);
    // What the message says to do: every share built anew, and the export goes through.
    expect(await value(service.call('bundles.prepare', { again: true }))).toMatchObject({
      prepared: 8,
      finished: true,
    });
    await exportBundle(service);
  });

  it.each(['thread', 'here'] as const)(
    'the desk keeps them in the background after an import, and again after a change (on %s)',
    async (on) => {
      const reports: BundlePrepareReport[] = [];
      let heard: () => void = () => {};
      const service = corpus('desk', {
        keepBundleFragments: {
          delayMs: 20,
          rest: 0,
          on,
          onReport: (report) => {
            reports.push(report);
            heard();
          },
        },
      });
      const next = () => new Promise<void>((resolve) => (heard = resolve));
      let report = next();
      await value(service.call('articles.import', { paths: [samplesDir] }));
      await report;
      // The import may have started before the first run ended: wait until all are kept.
      while (reports.at(-1)!.lacking > reports.at(-1)!.prepared || kept(service).size < 8) {
        report = next();
        await report;
      }
      expect([...kept(service).values()]).toEqual(Array(8).fill(1));

      report = next();
      await value(service.call('articles.setStatus', { id: 6, status: 'approved', editor: 'lin' }));
      expect(kept(service).get(6)).toBeUndefined();
      await report;
      expect(reports.at(-1)).toMatchObject({ prepared: 1, lacking: 1, finished: true });
      expect(kept(service).get(6)).toBe(1);
    },
  );
});
