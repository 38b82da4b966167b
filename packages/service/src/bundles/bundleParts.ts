import { join } from 'node:path';
import {
  ANNOTATION_COLLECTION_CLOSING,
  annotationCollectionOpening,
  articleLine,
  factAnnotation,
  factLine,
} from '@winnow/bundle/write';
import type { DecisionRecord } from '@winnow/bundle';
import type { ExportRecord } from '@winnow/contract';
// The keys alone: an export thread need not load the extractors.
import { corroborationKey, topicKey } from '@winnow/facts/corroboration';
import { codePointIndex } from '@winnow/facts/offsets';
import type { DecisionRow, Store } from '@winnow/store';
import { DeflatedEntry } from './zip/deflatedEntry.ts';
import type { DeflatedEntrySummary } from './zip/deflatedEntry.ts';

/** The files of a bundle that grow with the selection, written while the articles stream. */
export const PART_NAMES = [
  'articles.jsonl',
  'facts.jsonl',
  'annotations.jsonld',
  'decisions.jsonl',
] as const;
export type PartName = (typeof PART_NAMES)[number];

/**
 * Which parts a second thread writes when one can run: annotations.jsonld needs the least
 * of each article (see `partsDetail`). Measured on 19,693 articles, the threads were then
 * busy 31.2 s and 23.6 s; with facts.jsonl there instead, 34.7 s and 30.1 s.
 */
export const SECOND_THREAD_PARTS: readonly PartName[] = ['annotations.jsonld'];

/** How much of each article the parts need: annotations alone need only facts' anchors. */
export const partsDetail = (names: readonly PartName[]): 'full' | 'anchors' =>
  names.every((name) => name === 'annotations.jsonld') ? 'anchors' : 'full';

export type PartsWritten = {
  parts: Partial<Record<PartName, DeflatedEntrySummary>>;
  counts: { articles: number; facts: number; decisions: number };
};

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

/**
 * Writes the chosen parts for every record, each deflated into its own file in `workDir`.
 * The same records give the same lines on whichever thread writes them, so the parts of
 * one bundle can be written on two threads that read the same snapshot of the corpus.
 */
export function writeParts(
  store: Store,
  batches: Iterable<ExportRecord[]>,
  names: readonly PartName[],
  workDir: string,
): PartsWritten {
  const open = new Map<PartName, DeflatedEntry>(
    names.map((name) => [name, new DeflatedEntry(join(workDir, `${name}.deflated`))]),
  );
  const articles = open.get('articles.jsonl');
  const facts = open.get('facts.jsonl');
  const annotations = open.get('annotations.jsonld');
  const decisions = open.get('decisions.jsonl');
  const counts = { articles: 0, facts: 0, decisions: 0 };
  try {
    annotations?.write(annotationCollectionOpening('Facts reviewed in Winnow'));
    let firstAnnotation = true;
    for (const batch of batches) {
      const factLines: string[] = [];
      const annotationItems: string[] = [];
      const decisionLines: string[] = [];
      for (const record of batch) {
        articles?.write(articleLine(record));
        if (facts || annotations) {
          const codePoint = codePointIndex(record.cleaned);
          for (const fact of record.facts) {
            if (facts)
              factLines.push(
                `${JSON.stringify(
                  factLine(record, fact, codePoint, {
                    corroborationKey: corroborationKey(fact),
                    topicKey: topicKey(fact),
                  }),
                )}\n`,
              );
            if (annotations)
              annotationItems.push(JSON.stringify(factAnnotation(record, fact, codePoint)));
          }
        }
        if (decisions) {
          const log = store.decisions.forArticle(record.id);
          for (const decision of log)
            decisionLines.push(
              `${JSON.stringify(portableDecision(store, decision, record.sha256))}\n`,
            );
          counts.decisions += log.length;
        }
        counts.articles++;
        counts.facts += record.facts.length;
      }
      facts?.write(factLines.join(''));
      if (annotationItems.length > 0) {
        annotations?.write((firstAnnotation ? '' : ',\n') + annotationItems.join(',\n'));
        firstAnnotation = false;
      }
      decisions?.write(decisionLines.join(''));
    }
    annotations?.write(ANNOTATION_COLLECTION_CLOSING);
    const parts: PartsWritten['parts'] = {};
    for (const [name, entry] of open) parts[name] = entry.finish();
    return { parts, counts };
  } finally {
    for (const entry of open.values()) entry.abandon();
  }
}
