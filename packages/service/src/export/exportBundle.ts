import { join } from 'node:path';
import type { Manifest, Selection, TagRecord } from '@winnow/bundle';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '@winnow/bundle/write';
import { WINNOW_VERSION } from '@winnow/contract/version';
import type { Store } from '@winnow/store';
import { beginSnapshot, endSnapshot } from '@winnow/store';
import { PART_NAMES, writeParts } from './bundleParts.ts';
import type { PartsWritten } from './bundleParts.ts';
import type { ExportJob } from './exportJob.ts';
import { PartsThread } from './partsThread.ts';
import { DeflatedEntry } from './zip/deflatedEntry.ts';
import { writeZip } from './zip/writeZip.ts';
import type { ZipEntry } from './zip/writeZip.ts';

function readme(manifest: Omit<Manifest, 'files'>): string {
  return [
    'Winnow bundle',
    '',
    `Made by ${manifest.createdBy} with Winnow ${manifest.winnowVersion} on ${manifest.createdAt}.`,
    `Selection: ${JSON.stringify(manifest.selection)}`,
    `${manifest.counts.articles} articles, ${manifest.counts.facts} facts, ${manifest.counts.tags} tags, ${manifest.counts.decisions} decisions.`,
    '',
    'manifest.json       format version, who and when, the selection, counts, and the sha256 of every file',
    'articles.jsonl      one article per line: raw and cleaned text, the edits between them, facts, tags',
    'facts.jsonl         one fact per line with its article, positions also in Unicode code points,',
    '                    and keys: facts sharing a corroborationKey report the same figure',
    'annotations.jsonld  the facts as W3C Web Annotations (TextQuoteSelector + TextPositionSelector)',
    'tags.json           the tags, with colours and descriptions',
    'decisions.jsonl     every editorial decision on these articles: who, when, before and after;',
    '                    then the corpus-wide ones (a tag deleted, a cleaning rule) as far as they concern them',
    '',
    'Check it with: winnow bundle verify FILE. Import it with: winnow bundle import FILE --db CORPUS.',
    '',
  ].join('\n');
}

/**
 * Writes a Winnow bundle. The files that grow with the selection are deflated into the
 * work folder as the articles stream — on two threads where a second can run, each on its
 * own connection, both reading one snapshot of the corpus — then the zip is laid out
 * around them; the manifest, with every file's hash, comes last. Memory stays flat
 * whatever the selection's size.
 */
export async function exportBundle(
  store: Store,
  job: ExportJob,
  selection: Selection,
  editor: string,
): Promise<{ articles: number; facts: number }> {
  const helper = PartsThread.start(store, job.filter);
  let written: PartsWritten;
  let tags: TagRecord[];
  // A snapshot of our own only if the caller is not already in a transaction.
  const ownSnapshot = !store.db.inTransaction;
  try {
    if (helper) await helper.beginTogether(store);
    else if (ownSnapshot) beginSnapshot(store.db);
    written = await writeParts(
      store,
      job.filter,
      job.workDir,
      {
        beforeArticle: () => job.checkCancelled(),
        afterBatch: (done) => job.progress(done),
      },
      helper,
    );
    await helper?.finished;
    tags = store.tags
      .list()
      .map(({ id, name, colour, description }) => ({ id, name, colour, description }));
  } catch (error) {
    await helper?.stop();
    throw error;
  } finally {
    if (ownSnapshot) endSnapshot(store.db);
  }

  const { articles, facts, decisions } = written.counts;
  const counts = { articles, facts, decisions, tags: tags.length };
  const small = (name: string, text: string) => {
    const file = new DeflatedEntry(join(job.workDir, `${name}.deflated`));
    file.write(text);
    return file.finish();
  };
  const entries: ZipEntry[] = PART_NAMES.map((name) => ({ name, data: written.parts[name] }));
  entries.push({
    name: 'tags.json',
    data: small('tags.json', `${JSON.stringify(tags, null, 2)}\n`),
  });
  const described: Omit<Manifest, 'files'> = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    winnowVersion: WINNOW_VERSION,
    createdAt: new Date().toISOString(),
    createdBy: editor,
    selection,
    counts,
  };
  entries.push({ name: 'README.txt', data: small('README.txt', readme(described)) });
  const files: Manifest['files'] = {};
  for (const { name, data } of entries) files[name] = { sha256: data.sha256, bytes: data.bytes };
  const manifest: Manifest = { ...described, files };
  entries.push({
    name: 'manifest.json',
    data: small('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`),
  });
  job.checkCancelled();
  writeZip(job.partial, entries);
  return { articles: counts.articles, facts: counts.facts };
}
