import type { BundleImportReport, ProgressEvent } from '@winnow/contract';
import { RULE, WinnowFailure } from '@winnow/contract';
import { portableEditId, portableFactId } from '@winnow/contract';
import type { ArticleRecord, DecisionRecord, DecisionRecordV3, FactLine } from '@winnow/bundle';
import { forgetFactWords, storageErrorOf } from '@winnow/store';
import type { Store } from '@winnow/store';
import { newFactRow } from '../facts/facts.ts';
import { DecisionMerge } from './importDecisions.ts';
import { LegacyIds } from './legacyDecisions.ts';
import { ImportTags } from './importTags.ts';
import { LocalIds, rawSpanOf, segmentsOf } from './portableIds.ts';
import { BundleProblem, openBundle } from './readBundle.ts';
import type { OpenedBundle } from './readBundle.ts';
import { articlesWithFacts, decisionRecords } from './bundleRecords.ts';
import {
  checkAgainstManifest,
  checksumBehind,
  hashTheRestAside,
  nothingFound,
  readTags,
} from './verifyBundle.ts';

/**
 * Importing a bundle into a corpus: all or nothing. One transaction reads the bundle once,
 * checking every line as it adds what is new and merges what both corpora hold; the files
 * are hashed on the way, and only when every checksum and count matches the manifest is
 * the transaction committed — otherwise it is rolled back and nothing is kept. Articles
 * are the same article when their source files have the same sha256; their edits and facts
 * are the same when their portable ids are (portableIds.ts). The decisions follow the
 * articles (importDecisions.ts).
 */
type Context = {
  onProgress?: ((event: ProgressEvent) => void) | undefined;
  /** Stops the import between articles; the transaction is rolled back. */
  signal?: AbortSignal | undefined;
};

type Maps = {
  tags: ImportTags;
  /** Portable ids for the exporting corpus's ids, in a bundle older than version 4. */
  legacy: LegacyIds | null;
};

/** The decisions of an older bundle name ids of its records: note which, before reading them. */
async function legacyIds(bundle: OpenedBundle): Promise<LegacyIds | null> {
  if (bundle.manifest.formatVersion >= 4) return null;
  const legacy = new LegacyIds();
  for await (const decision of decisionRecords(bundle)) legacy.want(decision as DecisionRecordV3);
  return legacy;
}

const noTags = (name: string): number => {
  throw new Error(`No tag is looked up while merging articles (asked for ${name}).`);
};

/** An edit of the bundle without the exporting corpus's id. */
const withoutId = ({ id: _id, ...edit }: ArticleRecord['edits'][number]) => edit;

/** A fact's portable id, from a bundle's article record (its edits give the raw span). */
function recordFactIds(record: ArticleRecord, facts: readonly FactLine[]): string[] {
  const segments = segmentsOf(record.raw, record.edits);
  return facts.map((f) =>
    portableFactId({ ...f, article: record.sha256, ...rawSpanOf(segments, f) }),
  );
}

function newReport(): BundleImportReport {
  return {
    articles: { added: 0, merged: 0 },
    facts: { added: 0, updated: 0 },
    tags: { added: 0, merged: [] },
    decisions: { added: 0, alreadyPresent: 0 },
    conflicts: [],
  };
}

function addArticle(
  store: Store,
  record: ArticleRecord,
  facts: FactLine[],
  maps: Maps,
  report: BundleImportReport,
  jobId: number,
) {
  const importedAt = new Date().toISOString();
  const sourceFileId = store.sourceFiles.insert({
    sha256: record.sha256,
    path: record.sourcePath,
    sizeBytes: Buffer.byteLength(record.raw),
    mediaType: 'text/plain',
    encoding: record.encoding,
    importedAt,
  });
  const id = store.articles.insert({
    sourceFileId,
    importJobId: jobId,
    title: record.title,
    publishedAt: record.publishedAt,
    sourceName: record.sourceName,
    language: record.language,
    script: record.script,
    raw: record.raw,
    cleaned: record.cleaned,
    warnings: [],
    importedAt,
  });
  store.articles.setStatus(id, record.status);
  for (const name of record.tags) store.tags.setOnArticle(id, maps.tags.carrying(name), true);
  // An editor's edit stays the editor's: a desk that cleans the article again keeps it.
  for (const edit of record.edits.map(withoutId))
    store.edits.insert({ ...edit, articleId: id, pipelineVersion: null });
  addFacts(store, id, facts, maps, report);
  report.articles.added++;
  return id;
}

/** Facts new to an article, inserted together (its count of pending facts raised once). */
function addFacts(
  store: Store,
  articleId: number,
  facts: FactLine[],
  maps: Maps,
  report: BundleImportReport,
) {
  const localIds = store.facts.insertMany(
    articleId,
    facts.map((fact) =>
      newFactRow(articleId, {
        ...fact,
        start: fact.orphan ? null : fact.start,
        end: fact.orphan ? null : fact.end,
      }),
    ),
  );
  facts.forEach((fact, i) => {
    const localId = localIds[i]!;
    if (fact.orphan) store.facts.markOrphan(localId);
    for (const name of fact.tags) store.tags.setOnFact(localId, maps.tags.carrying(name), true);
    report.facts.added++;
  });
}

/**
 * An article both corpora hold: add the facts only they have, and the edits only their
 * editors caused — their own, and the removals of a block they taught ("remove this block
 * wherever it appears", which the cleaner makes only once the rule is here) — born
 * reverted, as such an edit is here: the decision that accepted it comes with the
 * bundle's decisions and is weighed against this corpus's.
 */
const taughtByEditor = (edit: { origin: string; rule: string }) =>
  edit.origin === 'manual' || edit.rule === RULE.chromeEditorBlock;

function mergeArticle(
  store: Store,
  localId: number,
  record: ArticleRecord,
  facts: FactLine[],
  maps: Maps,
  report: BundleImportReport,
) {
  const sha = record.sha256;
  // Only facts are looked up here, never a tag by name.
  const local = new LocalIds(store, noTags);
  const edits = new Set(
    store.edits.byArticle(localId).map((e) => portableEditId({ article: sha, ...e })),
  );
  for (const edit of record.edits.map(withoutId)) {
    if (!taughtByEditor(edit) || edits.has(portableEditId({ article: sha, ...edit }))) continue;
    store.edits.insert({ ...edit, state: 'reverted', articleId: localId, pipelineVersion: null });
  }
  const ids = recordFactIds(record, facts);
  const added = facts.filter((_fact, i) => local.of('fact', ids[i]) === undefined);
  addFacts(store, localId, added, maps, report);
  report.articles.merged++;
}

export async function importBundle(
  store: Store,
  path: string,
  context: Context = {},
): Promise<BundleImportReport> {
  const bundle = await openBundle(path);
  try {
    return await apply(store, bundle, context);
  } finally {
    bundle.close();
  }
}

async function apply(
  store: Store,
  bundle: OpenedBundle,
  context: Context,
): Promise<BundleImportReport> {
  const report = newReport();
  /** Articles this import merged (present before): their current values may conflict. */
  const merged = new Set<number>();
  /** Every article the bundle holds, merged or added. */
  const inBundle = new Set<number>();
  const total = bundle.manifest.counts.articles;
  const found = nothingFound();
  hashTheRestAside(bundle);
  store.db.exec('BEGIN IMMEDIATE');
  try {
    const maps: Maps = { tags: new ImportTags(store, report), legacy: await legacyIds(bundle) };
    const tags = await readTags(bundle);
    found.tags = tags.length;
    for (const tag of tags) maps.tags.carrying(tag.name, tag);
    const jobId = store.importJobs.create([bundle.path], total);
    let done = 0;
    for await (const { record, facts } of articlesWithFacts(bundle)) {
      if (context.signal?.aborted)
        throw new WinnowFailure(
          'cancelled',
          `The import of ${bundle.path} was cancelled; nothing was imported.`,
        );
      found.articles++;
      found.facts += facts.length;
      maps.legacy?.read(record, facts);
      const known = store.sourceFiles.idBySha256(record.sha256);
      const localId = known === null ? null : store.articles.idBySourceFile(known);
      if (localId === null) inBundle.add(addArticle(store, record, facts, maps, report, jobId));
      else {
        mergeArticle(store, localId, record, facts, maps, report);
        merged.add(localId);
        inBundle.add(localId);
      }
      done++;
      // Not at the last article: the decisions are still to come, and the end is reported
      // once, after the commit.
      if (done % 200 === 0 && done < total)
        context.onProgress?.({ type: 'progress', job: 'bundle import', done, total, item: null });
    }
    store.importJobs.finish(jobId);
    const decisions = new DecisionMerge({
      store,
      local: new LocalIds(store, maps.tags.logged),
      liveTag: maps.tags.live,
      merged,
      inBundle,
      report,
    });
    for await (const decision of decisionRecords(bundle)) {
      found.decisions++;
      decisions.add(
        maps.legacy?.portable(decision as DecisionRecordV3) ?? (decision as DecisionRecord),
      );
    }
    decisions.reconcile();
    // The bundle was read once; now that every file has been through, it must be the
    // bundle its manifest describes, or none of it is kept.
    await checkAgainstManifest(bundle, found);
    store.db.exec('COMMIT');
  } catch (error) {
    // SQLite ends the transaction itself on some errors (a full disk): rolling back again
    // would replace the real reason with "cannot rollback - no transaction is active".
    if (store.db.inTransaction) store.db.exec('ROLLBACK');
    // Its own transaction, not the store's: fact words it stored are gone (factWords.ts).
    forgetFactWords(store.db);
    const storage = storageErrorOf(error, store.path, `nothing of ${bundle.path} was imported`);
    if (storage) throw storage;
    await checksumBehind(bundle, error);
    if (error instanceof WinnowFailure && error.code === 'cancelled') throw error;
    // Whatever went wrong, the editor learns which bundle and that nothing was kept.
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    if (error instanceof BundleProblem) throw error;
    throw new BundleProblem(bundle.path, `${reason}; nothing was imported`);
  }
  context.onProgress?.({ type: 'progress', job: 'bundle import', done: total, total, item: null });
  return report;
}
