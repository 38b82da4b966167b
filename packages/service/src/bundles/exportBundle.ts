import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { DecisionRecord, Manifest, Selection } from '@winnow/bundle';
import {
  ANNOTATION_COLLECTION_CLOSING,
  annotationCollectionOpening,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  factAnnotation,
  factLine,
  jsonlLine,
} from '@winnow/bundle';
import { WINNOW_VERSION } from '@winnow/contract';
import { codePointIndex } from '@winnow/facts';
import type { DecisionRow, Store } from '@winnow/store';
import type { ExportJob } from './exportJob.ts';

/** Deflate level 1: JSON compresses well even so, and the export stays fast. */
const COMPRESSION = { compressionLevel: 1 };

/** A file written beside the bundle while articles stream, hashed as it is written. */
class SideFile {
  readonly path: string;
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;

  constructor(path: string) {
    this.path = path;
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    if (text === '') return;
    const buffer = Buffer.from(text);
    this.hash.update(buffer);
    this.bytes += writeSync(this.fd, buffer);
  }

  close(): { sha256: string; bytes: number } {
    closeSync(this.fd);
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }
}

/** Tag ids inside decision values become tag names: ids mean nothing in another corpus. */
export function portableDecision(
  store: Store,
  row: DecisionRow,
  sha256: string | null,
): DecisionRecord {
  const named = (value: unknown) => {
    if (value && typeof value === 'object' && 'tagId' in value) {
      const { tagId, ...rest } = value as { tagId: number };
      return { ...rest, tag: store.tags.get(tagId)?.name ?? null };
    }
    return value;
  };
  return {
    id: row.id,
    at: row.at,
    editor: row.editor,
    kind: row.kind,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    article: sha256,
    before: named(row.before),
    after: named(row.after),
    reverts: row.reverts,
  };
}

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
    'facts.jsonl         one fact per line with its article, positions also in Unicode code points',
    'annotations.jsonld  the facts as W3C Web Annotations (TextQuoteSelector + TextPositionSelector)',
    'tags.json           the tags, with colours and descriptions',
    'decisions.jsonl     every editorial decision on these articles: who, when, before and after',
    '',
    'Check it with: winnow bundle verify FILE. Import it with: winnow bundle import FILE --db CORPUS.',
    '',
  ].join('\n');
}

/**
 * Writes a Winnow bundle. Articles stream straight into the zip; facts, annotations and
 * decisions are written beside it in the same pass and added after; the manifest, with
 * every file's hash, comes last. Memory stays flat whatever the selection's size.
 */
export async function exportBundle(
  store: Store,
  job: ExportJob,
  selection: Selection,
  editor: string,
): Promise<{ articles: number; facts: number }> {
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(job.partial));
  const files: Manifest['files'] = {};
  const counts = { articles: 0, facts: 0, tags: 0, decisions: 0 };
  const facts = new SideFile(join(job.workDir, 'facts.jsonl'));
  const annotations = new SideFile(join(job.workDir, 'annotations.jsonld'));
  const decisions = new SideFile(join(job.workDir, 'decisions.jsonl'));
  annotations.write(annotationCollectionOpening('Facts reviewed in Winnow'));
  let firstAnnotation = true;

  const articleHash = createHash('sha256');
  let articleBytes = 0;
  // An error in any entry (a cancel, a full disk) must end the export, not hang it.
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  function* articleLines(): Generator<Buffer> {
    for (const batch of job.records()) {
      const factLines: string[] = [];
      const annotationItems: string[] = [];
      const decisionLines: string[] = [];
      for (const record of batch) {
        // One article at a time into the zip: the stream never holds more than that.
        const chunk = Buffer.from(jsonlLine(record));
        articleHash.update(chunk);
        articleBytes += chunk.length;
        yield chunk;
        const codePoint = codePointIndex(record.cleaned);
        for (const fact of record.facts) {
          factLines.push(`${JSON.stringify(factLine(record, fact, codePoint))}\n`);
          annotationItems.push(JSON.stringify(factAnnotation(record, fact, codePoint)));
        }
        const log = store.decisions.forArticle(record.id);
        for (const decision of log)
          decisionLines.push(
            `${JSON.stringify(portableDecision(store, decision, record.sha256))}\n`,
          );
        counts.articles++;
        counts.facts += record.facts.length;
        counts.decisions += log.length;
      }
      facts.write(factLines.join(''));
      if (annotationItems.length > 0) {
        annotations.write((firstAnnotation ? '' : ',\n') + annotationItems.join(',\n'));
        firstAnnotation = false;
      }
      decisions.write(decisionLines.join(''));
    }
  }

  zip.addReadStreamLazy('articles.jsonl', COMPRESSION, (done) => {
    // Byte mode: the stream buffers a few kilobytes ahead, not sixteen articles.
    const stream = Readable.from(articleLines(), { objectMode: false });
    stream.once('error', (error) => zip.emit('error', error));
    done(null, stream);
  });
  const closed = new Map<string, { sha256: string; bytes: number }>();
  for (const side of [facts, annotations, decisions]) {
    const name = side.path.slice(job.workDir.length + 1);
    zip.addReadStreamLazy(name, COMPRESSION, (done) => {
      // Its turn comes after articles.jsonl is complete, so the side file is too.
      if (side === annotations) side.write(ANNOTATION_COLLECTION_CLOSING);
      closed.set(name, side.close());
      done(null, createReadStream(side.path));
    });
  }
  const tags = store.tags
    .list()
    .map(({ id, name, colour, description }) => ({ id, name, colour, description }));
  counts.tags = tags.length;
  const tagsJson = Buffer.from(`${JSON.stringify(tags, null, 2)}\n`);
  zip.addBuffer(tagsJson, 'tags.json', COMPRESSION);
  zip.addReadStreamLazy('README.txt', (done) => {
    done(null, Readable.from([Buffer.from(readme(manifestWithoutFiles()))]));
  });
  const createdAt = new Date().toISOString();
  const manifestWithoutFiles = () => ({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    winnowVersion: WINNOW_VERSION,
    createdAt,
    createdBy: editor,
    selection,
    counts,
  });
  zip.addReadStreamLazy('manifest.json', (done) => {
    const digest = (buffer: Buffer) => ({
      sha256: createHash('sha256').update(buffer).digest('hex'),
      bytes: buffer.length,
    });
    files['articles.jsonl'] = { sha256: articleHash.digest('hex'), bytes: articleBytes };
    for (const [name, summary] of closed) files[name] = summary;
    files['tags.json'] = digest(tagsJson);
    files['README.txt'] = digest(Buffer.from(readme(manifestWithoutFiles())));
    const manifest: Manifest = { ...manifestWithoutFiles(), files };
    done(null, Readable.from([Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]));
  });
  zip.end();
  await Promise.race([written, failed]);
  return { articles: counts.articles, facts: counts.facts };
}
