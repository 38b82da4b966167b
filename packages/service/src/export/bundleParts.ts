import { join } from 'node:path';
import { ANNOTATION_COLLECTION_CLOSING, annotationCollectionOpening } from '@winnow/bundle/write';
import type { ArticleFilter, Store } from '@winnow/store';
import { shareRecipe } from './articleShare.ts';
import { BatchBuilder, deflateSegment, PART_NAMES, releaseBatch } from './batchBuild.ts';
import { damagedInWords, selectedBatches } from './batchPlan.ts';
import type { BuiltBatch, PartName, Segment } from './batchBuild.ts';
import { CONTROL, CONTROL_WORDS, WRITER_AHEAD } from './partsControl.ts';
import { CorpusWideExport } from '../bundles/corpusWideExport.ts';
import { PortableNames } from '../bundles/portableIds.ts';
import { DeflatedEntry } from './zip/deflatedEntry.ts';
import type { DeflatedEntrySummary } from './zip/deflatedEntry.ts';

export { PART_NAMES, selectedBatches };
export type { PartName };

export type PartsWritten = {
  parts: Record<PartName, DeflatedEntrySummary>;
  counts: { articles: number; facts: number; decisions: number };
};

/** What the writing thread is told: before each article, after each batch written. */
export type PartsHooks = {
  /** Throws to stop (a cancel). */
  beforeArticle: () => void;
  /** With the number of articles written so far. */
  afterBatch: (done: number) => void;
};

/** The batches a second thread builds and hands over (partsThread.ts). */
export type BatchHelper = {
  /** The words both threads claim batches with (CONTROL). */
  readonly control: Int32Array;
  /** The batch of that index, if it has arrived (taken: asked once). */
  take(index: number): BuiltBatch | undefined;
  /** Resolves when another batch arrives; rejects if the second thread failed. */
  arrival(): Promise<void>;
};

let separator: Segment | null = null;
/** The comma between two batches' annotations, deflated once. */
const annotationSeparator = () => (separator ??= deflateSegment(Buffer.from(',\n')));

const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the bundle's growing files, each deflated into its own file in `workDir`. The
 * selection is cut into batches of articles; this thread and, where one runs, a second
 * (`helper`, on its own connection to the same snapshot) each claim the next batch not yet
 * claimed and build it whole — reading, JSON, encoding and deflating — and this thread
 * writes the batches in order, hashing their bytes. So both cores build, neither reads an
 * article the other has read, and the bytes are the same whoever built what.
 */
export async function writeParts(
  store: Store,
  filter: ArticleFilter,
  workDir: string,
  hooks: PartsHooks,
  helper: BatchHelper | null,
): Promise<PartsWritten> {
  const batches = selectedBatches(store, filter);
  const builder = new BatchBuilder(store, shareRecipe());
  const control = helper?.control ?? new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4));
  const open = new Map<PartName, DeflatedEntry>(
    PART_NAMES.map((name) => [name, new DeflatedEntry(join(workDir, `${name}.deflated`))]),
  );
  const annotations = open.get('annotations.jsonld')!;
  const counts = { articles: 0, facts: 0, decisions: 0 };
  let annotated = false;
  const write = (batch: BuiltBatch) => {
    for (const name of PART_NAMES) {
      const segments = batch.parts[name];
      if (name === 'annotations.jsonld' && segments.length > 0) {
        if (annotated) annotations.writeSegment(annotationSeparator().raw, separator!.deflated);
        annotated = true;
      }
      const entry = open.get(name)!;
      for (const { raw, deflated } of segments) entry.writeSegment(raw, deflated);
    }
    counts.articles += batch.articles;
    counts.facts += batch.facts;
    counts.decisions += batch.decisions;
    releaseBatch(batch);
  };
  // Batches built here ahead of the one to write next, which the helper is building.
  const held = new Map<number, BuiltBatch>();
  try {
    annotations.write(annotationCollectionOpening('Facts reviewed in Winnow'));
    let next = 0;
    while (next < batches.length) {
      // A cancel is seen between batches too: the helper may have built all that is left.
      hooks.beforeArticle();
      const batch = held.get(next) ?? helper?.take(next);
      if (batch) {
        held.delete(next);
        write(batch);
        next++;
        Atomics.store(control, CONTROL.written, next);
        Atomics.notify(control, CONTROL.written);
        hooks.afterBatch(counts.articles);
        // Lets the helper's batches in (they arrive as messages).
        if (helper) await nextTask();
        continue;
      }
      const claimed = Atomics.load(control, CONTROL.claimed);
      if (claimed <= next || (claimed < batches.length && claimed - next < WRITER_AHEAD)) {
        const index = Atomics.add(control, CONTROL.claimed, 1);
        if (index < batches.length) {
          held.set(index, builder.build(index, batches[index]!, hooks.beforeArticle));
          if (helper) await nextTask();
          continue;
        }
      }
      if (!helper) throw new Error(`batch ${next} of the export was claimed by no thread`);
      await helper.arrival();
    }
    annotations.write(ANNOTATION_COLLECTION_CLOSING);
    // The decisions on the corpus as a whole, as far as they concern these articles: after
    // every article's own decisions, written by this thread alone (bundles/README.md).
    const corpusWide = new CorpusWideExport(store);
    for (const batch of batches) for (const id of batch) corpusWide.saw(id);
    const wide = corpusWide.lines(new PortableNames(store));
    open.get('decisions.jsonl')!.write(wide.text);
    counts.decisions += wide.count;
    const parts = {} as PartsWritten['parts'];
    for (const [name, entry] of open) parts[name] = entry.finish();
    return { parts, counts };
  } catch (error) {
    throw damagedInWords(error);
  } finally {
    for (const entry of open.values()) entry.abandon();
  }
}
