import { join } from 'node:path';
import { ANNOTATION_COLLECTION_CLOSING, annotationCollectionOpening } from '@winnow/bundle/write';
import { WinnowFailure } from '@winnow/contract/result';
import type { ArticleFilter, BundleFragment, Store } from '@winnow/store';
import { articleShare, KEPT_PARTS, shareRecipe } from './articleShare.ts';
import type { KeptPart } from './articleShare.ts';
import { bundleRecordOf } from './recordBatches.ts';
import { CorpusWideExport } from '../bundles/corpusWideDecisions.ts';
import { PortableNames, portableDecision } from '../bundles/portableIds.ts';
import { selectedIds } from './selection.ts';
import { DamagedChunkError, deflateChunk, DeflatedEntry } from './zip/deflatedEntry.ts';
import type { DeflatedChunk, DeflatedEntrySummary } from './zip/deflatedEntry.ts';

/** The files of a bundle that grow with the selection, written while the articles stream. */
export const PART_NAMES = [
  'articles.jsonl',
  'facts.jsonl',
  'annotations.jsonld',
  'decisions.jsonl',
] as const;
export type PartName = (typeof PART_NAMES)[number];

/**
 * Which parts a second thread writes when one can run. Building every line (nothing kept),
 * annotations.jsonld needs the least of each article (see `partsDetail`): measured on
 * 19,693 articles, the threads were busy 31.2 s and 23.6 s; with facts.jsonl there
 * instead, 34.7 s and 30.1 s. Copying kept shares, the work follows the bytes (inflated
 * and hashed again): articles.jsonl and facts.jsonl are 1.03 GB of that selection,
 * annotations.jsonld 0.74 GB, so decisions.jsonl (a query per article) goes with the latter.
 */
export const SECOND_THREAD_PARTS: readonly PartName[] = ['annotations.jsonld', 'decisions.jsonl'];

/** How much of each article the parts need: annotations and decisions, only its anchors. */
export const partsDetail = (names: readonly PartName[]): 'full' | 'anchors' =>
  names.every((name) => name === 'annotations.jsonld' || name === 'decisions.jsonl')
    ? 'anchors'
    : 'full';

export type PartsWritten = {
  parts: Partial<Record<PartName, DeflatedEntrySummary>>;
  counts: { articles: number; facts: number; decisions: number };
};

/** What a thread writing parts is told: before each article, after every few. */
export type PartsHooks = {
  /** Throws to stop (a cancel). */
  beforeArticle: () => void;
  /** With the number of articles written so far. */
  afterBatch: (done: number) => void;
};

const ARTICLES_PER_PROGRESS = 16;

let separator: DeflatedChunk | null = null;
/** The comma between two articles' annotations, deflated once. */
const annotationSeparator = () => (separator ??= deflateChunk(',\n'));

/**
 * Writes the chosen parts for every selected article, each deflated into its own file in
 * `workDir`. An article's share of the larger files is copied from the fragments the
 * corpus keeps (bundle_fragment) when they are current, and built from its rows when not.
 * Either way the same bytes result, on whichever thread writes them, so the parts of one
 * bundle can be written on two threads that read the same snapshot of the corpus.
 */
export function writeParts(
  store: Store,
  filter: ArticleFilter,
  names: readonly PartName[],
  workDir: string,
  hooks: PartsHooks,
): PartsWritten {
  const recipe = shareRecipe();
  const detail = partsDetail(names);
  const shared = KEPT_PARTS.filter((name) => names.includes(name));
  const open = new Map<PartName, DeflatedEntry>(
    names.map((name) => [name, new DeflatedEntry(join(workDir, `${name}.deflated`))]),
  );
  const annotations = open.get('annotations.jsonld');
  const decisions = open.get('decisions.jsonl');
  const counts = { articles: 0, facts: 0, decisions: 0 };
  const portable = new PortableNames(store);
  const corpusWide = decisions ? new CorpusWideExport(store) : null;
  let annotated = false;
  const appendText = (name: KeptPart, text: string) => {
    if (name !== 'annotations.jsonld') return open.get(name)!.write(text);
    if (text === '') return;
    annotations!.write(annotated ? `,\n${text}` : text);
    annotated = true;
  };
  const appendKept = (name: KeptPart, fragment: BundleFragment, id: number) => {
    const what = `the kept ${name} fragment of article ${id}`;
    if (name !== 'annotations.jsonld') return open.get(name)!.writeDeflated(fragment, what);
    if (fragment.bytes === 0) return;
    if (annotated) annotations!.writeDeflated(annotationSeparator(), 'a comma');
    annotations!.writeDeflated(fragment, what);
    annotated = true;
  };
  try {
    annotations?.write(annotationCollectionOpening('Facts reviewed in Winnow'));
    let sinceProgress = 0;
    for (const ids of selectedIds(store, filter)) {
      const keptOf = shared.map((name) => store.bundleFragments.many(ids, name, recipe));
      for (const id of ids) {
        hooks.beforeArticle();
        let sha256: string | null = null;
        let facts: number;
        const kept = keptOf.map((found) => found.get(id));
        if (shared.length > 0 && kept.every(Boolean)) {
          facts = kept[0]!.facts;
          shared.forEach((name, i) => appendKept(name, kept[i]!, id));
        } else {
          const row = store.articles.get(id);
          if (!row) continue;
          const record = bundleRecordOf(store, row, detail);
          sha256 = record.sha256;
          facts = record.facts.length;
          const share = articleShare(record, shared);
          for (const name of shared) appendText(name, share[name]!);
        }
        if (decisions) {
          const log = store.decisions.forArticle(id);
          if (log.length > 0) sha256 ??= store.articles.sha256(id);
          let lines = '';
          for (const decision of log)
            lines += `${JSON.stringify(portableDecision(portable, decision, sha256))}\n`;
          decisions.write(lines);
          counts.decisions += log.length;
          corpusWide?.saw(id);
        }
        counts.articles++;
        counts.facts += facts;
        if (++sinceProgress === ARTICLES_PER_PROGRESS) {
          hooks.afterBatch(counts.articles);
          sinceProgress = 0;
        }
      }
    }
    hooks.afterBatch(counts.articles);
    annotations?.write(ANNOTATION_COLLECTION_CLOSING);
    // The decisions on the corpus as a whole, as far as they concern these articles.
    if (decisions && corpusWide) {
      const wide = corpusWide.lines(portable);
      decisions.write(wide.text);
      counts.decisions += wide.count;
    }
    const parts: PartsWritten['parts'] = {};
    for (const [name, entry] of open) parts[name] = entry.finish();
    return { parts, counts };
  } catch (error) {
    if (!(error instanceof DamagedChunkError)) throw error;
    throw new WinnowFailure(
      'internal',
      `${error.message}. Nothing was exported; "winnow bundle prepare --again" builds every kept share anew.`,
    );
  } finally {
    for (const entry of open.values()) entry.abandon();
  }
}
