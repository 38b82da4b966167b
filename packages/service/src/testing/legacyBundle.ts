import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Decision } from '@winnow/contract';
import type { WinnowService } from '../service.ts';
import { readZip } from './bundleCorpus.ts';
import { rawZip } from './rawZip.ts';
import { value } from './value.ts';

/**
 * What bundle format 3 wrote where format 4 writes portable ids: each decision named its
 * target by the exporting corpus's id (`targetId`) and kept the ids inside its values,
 * except a tag, written `{tag: name}`; edits did not say who made them. Built from the
 * exporting corpus's own log, as that Winnow wrote it.
 */
export async function format3Lines(source: WinnowService) {
  const tags = new Map((await value(source.call('tags.list', {}))).map((t) => [t.id, t.name]));
  const log = new Map<number, Decision>();
  const { articles } = await value(source.call('corpus.stats', {}));
  for (let id = 1; id <= articles; id++)
    for (const d of await value(source.call('articles.history', { id }))) log.set(d.id, d);
  const named = (v: unknown) => {
    if (v && typeof v === 'object' && 'tagId' in v) {
      const { tagId, ...rest } = v as { tagId: number };
      return { ...rest, tag: tags.get(tagId) ?? null };
    }
    return v;
  };
  return (files: Map<string, Buffer>) => {
    const lines = (name: string) => files.get(name)!.toString().trim().split('\n');
    const decisions = lines('decisions.jsonl').map((line) => {
      const d = JSON.parse(line) as { id: number; target?: string };
      delete d.target;
      const row = log.get(d.id)!;
      const old = { ...d, targetId: row.targetId, before: named(row.before) };
      return JSON.stringify({ ...old, after: named(row.after) });
    });
    files.set('decisions.jsonl', Buffer.from(`${decisions.join('\n')}\n`));
    const articlesLines = lines('articles.jsonl').map((line) => {
      const record = JSON.parse(line) as { edits: { origin?: string }[] };
      for (const edit of record.edits) delete edit.origin;
      return JSON.stringify(record);
    });
    files.set('articles.jsonl', Buffer.from(`${articlesLines.join('\n')}\n`));
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as Record<string, unknown>;
    files.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, formatVersion: 3 })));
  };
}

/** Writes `out`: the bundle at `path` with its files changed, the manifest's checksums made right. */
export async function rewriteBundle(
  path: string,
  out: string,
  change: (files: Map<string, Buffer>) => void,
): Promise<void> {
  const files = new Map(await readZip(path));
  change(files);
  const manifest = JSON.parse(files.get('manifest.json')!.toString()) as {
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
  writeFileSync(out, rawZip([...files].map(([name, data]) => ({ name, data, deflate: true }))));
}
