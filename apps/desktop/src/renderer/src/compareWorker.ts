/// <reference lib="webworker" />
/**
 * Comparisons run here, off the page's thread: two long texts that differ everywhere take
 * as long as they take, and the editor can keep scrolling and deciding meanwhile.
 */
import { compareTexts, WORKER_BUDGET } from './compare.ts';

export type CompareRequest = { id: number; before: string; after: string; language: string | null };

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, before, after, language } = event.data;
  self.postMessage({ id, result: compareTexts(before, after, language, WORKER_BUDGET) });
};
