import { RULE } from '@winnow/contract';
import { join } from 'node:path';
import yauzl from 'yauzl';
import type { WinnowService } from '../service.ts';
import { value } from './value.ts';

export const samplesDir = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'samples');

/** Imports the samples into `service` and makes one of every kind of decision. */
export async function review(service: WinnowService): Promise<WinnowService> {
  await value(service.call('articles.import', { paths: [samplesDir] }));
  const checked = await value(service.call('tags.create', { name: 'checked', colour: '#2f6f5e' }));
  const important = await value(service.call('tags.create', { name: '重要', colour: '#aa3300' }));
  const first = await value(service.call('articles.get', { id: 1 }));
  const figure = first.facts.find((f) => f.kind === 'quantity')!;
  const spam = first.edits.find((e) => e.rule === RULE.spamInjectedPhrase)!;
  const editor = 'lin';
  await value(service.call('articles.setStatus', { id: 1, status: 'approved', editor }));
  await value(service.call('articles.tag', { id: 2, tagId: important.id, on: true, editor }));
  await value(service.call('facts.setStatus', { id: figure.id, status: 'approved', editor }));
  await value(service.call('facts.tag', { id: figure.id, tagId: checked.id, on: true, editor }));
  await value(service.call('edits.setState', { id: spam.id, state: 'reverted', editor }));
  await value(service.call('articles.setStatus', { id: 3, status: 'rejected', editor: 'wu' }));
  await value(service.call('decisions.undo', { editor: 'wu' }));
  return service;
}

/** A zip's entries by name, each inflated. */
export type Entries = Map<string, Buffer>;

export function readZip(path: string): Promise<Entries> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: Entries = new Map();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const parts: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => parts.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.readEntry();
    });
  });
}
