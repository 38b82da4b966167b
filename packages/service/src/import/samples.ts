import { existsSync } from 'node:fs';
import type { ImportReport } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { importFilesHere } from './importFiles.ts';

const SAMPLES_ADDED = 'samples_added_at';

/**
 * A new, empty corpus starts with the sample articles so the first run shows something
 * real. It happens once: an editor who deletes the samples does not get them back.
 */
export function addSamplesToNewCorpus(store: Store, samplesDir: string): ImportReport | null {
  if (store.meta.get(SAMPLES_ADDED) !== null) return null;
  if (store.articles.count({}).total > 0 || !existsSync(samplesDir)) return null;
  const report = importFilesHere(store, [samplesDir]);
  store.meta.set(SAMPLES_ADDED, new Date().toISOString());
  return report;
}
