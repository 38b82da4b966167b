import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openService } from '../service.ts';
import type { WinnowService } from '../service.ts';
import { review } from './bundleCorpus.ts';
import type { Entries } from './bundleCorpus.ts';
import type { RawEntry } from './rawZip.ts';
import { value } from './value.ts';

/**
 * Corpora in a fresh folder for each test of the file that calls this (at its top level),
 * closed and removed after the test.
 */
export function tempCorpora(prefix: string) {
  let dir = '';
  const services: WinnowService[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    for (const service of services.splice(0)) service.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const corpus = (name: string): WinnowService => {
    const service = openService({ dbPath: join(dir, `${name}.sqlite`) });
    services.push(service);
    return service;
  };
  return {
    /** This test's folder. */
    get dir() {
      return dir;
    },
    corpus,
    /** A corpus with the samples and one of every kind of decision. */
    reviewedCorpus: (name: string) => review(corpus(name)),
    exportBundle: async (service: WinnowService, name: string): Promise<string> => {
      const out = join(dir, name);
      await value(service.call('articles.export', { format: 'bundle', out, editor: 'lin' }));
      return out;
    },
  };
}

/** Rebuilds a bundle with some files changed, the manifest's checksums made right again. */
export function rebuilt(
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
