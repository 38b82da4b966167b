import type { BundleImportReport, ProgressEvent } from '@winnow/contract';
import { WinnowFailure } from '@winnow/contract';
import type { ArticleRecord, DecisionRecord, FactLine } from '@winnow/bundle';
import { storageErrorOf } from '@winnow/store';
import type { ArticleFields, Store, TargetType } from '@winnow/store';
import { isKnownAction, setEditState } from '../decisions.ts';
import { newFactRow } from '../facts.ts';
import { portableDecision } from './bundleParts.ts';
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
import type { Found } from './verifyBundle.ts';

/**
 * Importing a bundle into a corpus: all or nothing. One transaction reads the bundle once,
 * checking every line as it adds what is new and merges what both corpora hold; the files
 * are hashed on the way, and only when every checksum and count matches the manifest is
 * the transaction committed — otherwise it is rolled back and nothing is kept. Articles
 * are the same article when their source files have the same sha256. Both sides'
 * decisions are kept in the log; where the two disagree on a current value (a status, an
 * edit's state, a tag), the more recent decision wins — ties keep ours — and every such
 * case is reported.
 */
type Context = {
  onProgress?: ((event: ProgressEvent) => void) | undefined;
  /** Stops the import between articles; the transaction is rolled back. */
  signal?: AbortSignal | undefined;
};

type Maps = {
  articles: Map<number, number>;
  /** Bundle id → local id, kept only for the facts and edits a decision names. */
  facts: TargetMap;
  edits: TargetMap;
  tags: Map<string, number>;
  decisions: Map<number, number>;
  /** sha256 of the source file → local article id. */
  bySha: Map<string, number>;
};

/**
 * Ids are mapped for the decisions that follow the articles: only the facts and edits a
 * decision names need remembering — a bundle of millions of facts and few decisions
 * would otherwise keep a map of them all.
 */
class TargetMap {
  private readonly wanted: Set<number>;
  private readonly found = new Map<number, number>();
  constructor(wanted: Set<number>) {
    this.wanted = wanted;
  }
  set(bundleId: number, localId: number): void {
    if (this.wanted.has(bundleId)) this.found.set(bundleId, localId);
  }
  get(bundleId: number): number | undefined {
    return this.found.get(bundleId);
  }
}

/** The facts and edits the bundle's decisions name. */
async function decisionTargets(bundle: OpenedBundle) {
  const targets = { fact: new Set<number>(), edit: new Set<number>() };
  for await (const { targetType, targetId } of decisionRecords(bundle))
    if (targetType === 'fact' || targetType === 'edit') targets[targetType].add(targetId);
  return targets;
}

const factKey = (f: { kind: string; quote: string; start: number | null; end: number | null }) =>
  `${f.kind}|${f.start}|${f.end}|${f.quote}`;
const editKey = (e: { start: number; end: number; rule: string }) =>
  `${e.start}|${e.end}|${e.rule}`;

function newReport(): BundleImportReport {
  return {
    articles: { added: 0, merged: 0 },
    facts: { added: 0, updated: 0 },
    tags: { added: 0 },
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
  maps.articles.set(record.id, id);
  maps.bySha.set(record.sha256, id);
  for (const name of record.tags)
    store.tags.setOnArticle(id, tagId(store, name, maps, report), true);
  for (const edit of record.edits) {
    const { id: sourceId, ...rest } = edit;
    maps.edits.set(
      sourceId,
      store.edits.insert({ ...rest, articleId: id, origin: 'pipeline', pipelineVersion: null }),
    );
  }
  addFacts(store, id, facts, maps, report);
  report.articles.added++;
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
    for (const name of fact.tags)
      store.tags.setOnFact(localId, tagId(store, name, maps, report), true);
    maps.facts.set(fact.id, localId);
    report.facts.added++;
  });
}

function tagId(store: Store, name: string, maps: Maps, report: BundleImportReport): number {
  const known = maps.tags.get(name.toLowerCase()) ?? store.tags.byName(name)?.id;
  if (known !== undefined) {
    maps.tags.set(name.toLowerCase(), known);
    return known;
  }
  const id = store.tags.create(name, '#6b7280', '');
  report.tags.added++;
  maps.tags.set(name.toLowerCase(), id);
  return id;
}

/** An article both corpora hold: map its edits and facts, add the facts only they have. */
function mergeArticle(
  store: Store,
  localId: number,
  record: ArticleRecord,
  facts: FactLine[],
  maps: Maps,
  report: BundleImportReport,
) {
  maps.articles.set(record.id, localId);
  maps.bySha.set(record.sha256, localId);
  const edits = new Map(store.edits.byArticle(localId).map((e) => [editKey(e), e.id]));
  for (const edit of record.edits) {
    const local = edits.get(editKey(edit));
    if (local !== undefined) maps.edits.set(edit.id, local);
  }
  const known = new Map(store.facts.byArticle(localId).map((f) => [factKey(f), f.id]));
  const added: FactLine[] = [];
  for (const fact of facts) {
    const local = known.get(
      factKey({
        ...fact,
        start: fact.orphan ? null : fact.start,
        end: fact.orphan ? null : fact.end,
      }),
    );
    if (local !== undefined) maps.facts.set(fact.id, local);
    else added.push(fact);
  }
  addFacts(store, localId, added, maps, report);
  report.articles.merged++;
}

/** The value a decision's `after` means here: tag names become this corpus's tag ids. */
function localValue(store: Store, value: unknown, maps: Maps, report: BundleImportReport): unknown {
  if (value && typeof value === 'object' && 'tag' in value) {
    const { tag, ...rest } = value as { tag: string | null };
    return { tagId: tag === null ? null : tagId(store, tag, maps, report), ...rest };
  }
  return value;
}

function localTarget(type: TargetType, id: number, maps: Maps): number | undefined {
  if (type === 'article') return maps.articles.get(id);
  if (type === 'fact') return maps.facts.get(id);
  if (type === 'edit') return maps.edits.get(id);
  return undefined;
}

const signature = (
  d: Pick<DecisionRecord, 'at' | 'editor' | 'action' | 'kind' | 'before' | 'after'>,
) => JSON.stringify([d.at, d.editor, d.action, d.kind, d.before, d.after]);

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
  const total = bundle.manifest.counts.articles;
  const found = nothingFound();
  hashTheRestAside(bundle);
  store.db.exec('BEGIN IMMEDIATE');
  try {
    const targets = await decisionTargets(bundle);
    const maps: Maps = {
      articles: new Map(),
      facts: new TargetMap(targets.fact),
      edits: new TargetMap(targets.edit),
      tags: new Map(),
      decisions: new Map(),
      bySha: new Map(),
    };
    const tags = await readTags(bundle);
    found.tags = tags.length;
    for (const tag of tags) {
      const existing = store.tags.byName(tag.name);
      if (existing) maps.tags.set(tag.name.toLowerCase(), existing.id);
      else {
        maps.tags.set(
          tag.name.toLowerCase(),
          store.tags.create(tag.name, tag.colour, tag.description),
        );
        report.tags.added++;
      }
    }
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
      const known = store.sourceFiles.idBySha256(record.sha256);
      const localId = known === null ? null : store.articles.idBySourceFile(known);
      if (localId === null) addArticle(store, record, facts, maps, report, jobId);
      else {
        mergeArticle(store, localId, record, facts, maps, report);
        merged.add(localId);
      }
      done++;
      // Not at the last article: the decisions are still to come, and the end is reported
      // once, after the commit.
      if (done % 200 === 0 && done < total)
        context.onProgress?.({ type: 'progress', job: 'bundle import', done, total, item: null });
    }
    store.importJobs.finish(jobId);
    await importDecisions(store, bundle, maps, merged, report, found);
    // The bundle was read once; now that every file has been through, it must be the
    // bundle its manifest describes, or none of it is kept.
    await checkAgainstManifest(bundle, found);
    store.db.exec('COMMIT');
  } catch (error) {
    // SQLite ends the transaction itself on some errors (a full disk): rolling back again
    // would replace the real reason with "cannot rollback - no transaction is active".
    if (store.db.inTransaction) store.db.exec('ROLLBACK');
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

type Latest = { at: string; value: unknown };

/** Tag decisions are per tag, field decisions per set of fields: the key holds those too. */
function targetKey(action: string, targetId: number, value: unknown): string {
  const tag = value && typeof value === 'object' && 'tagId' in value ? value.tagId : null;
  const fields =
    action === 'article.fields' && value && typeof value === 'object'
      ? Object.keys(value).join(',')
      : null;
  return JSON.stringify([action, targetId, fields ?? tag]);
}

async function importDecisions(
  store: Store,
  bundle: OpenedBundle,
  maps: Maps,
  merged: Set<number>,
  report: BundleImportReport,
  found: Found,
) {
  // For articles both corpora hold: this corpus's log as it was before the import, and
  // the latest value each side decided for each thing.
  const ours = new Map<string, Latest>();
  const theirs = new Map<string, Latest>();
  const ourSignatures = new Map<number, Set<string>>();
  for await (const decision of decisionRecords(bundle)) {
    found.decisions++;
    const articleId = decision.article === null ? null : (maps.bySha.get(decision.article) ?? null);
    const targetId = localTarget(decision.targetType, decision.targetId, maps);
    if (targetId === undefined) continue; // its target is not in this bundle
    const after = localValue(store, decision.after, maps, report);
    if (articleId !== null && merged.has(articleId)) {
      let signatures = ourSignatures.get(articleId);
      if (!signatures) {
        const log = store.decisions.forArticle(articleId);
        signatures = new Set(log.map((d) => signature(portableDecision(store, d, null))));
        ourSignatures.set(articleId, signatures);
        for (const d of log)
          ours.set(targetKey(d.action, d.targetId, d.after), { at: d.at, value: d.after });
      }
      if (signatures.has(signature(decision))) {
        report.decisions.alreadyPresent++;
        continue;
      }
      const key = targetKey(decision.action, targetId, after);
      const previous = theirs.get(key);
      if (!previous || decision.at >= previous.at)
        theirs.set(key, { at: decision.at, value: after });
    }
    const id = store.decisions.append({
      at: decision.at,
      editor: decision.editor,
      kind: decision.kind,
      action: decision.action,
      targetType: decision.targetType,
      targetId,
      articleId,
      before: localValue(store, decision.before, maps, report),
      after,
      reverts: decision.reverts === null ? null : (maps.decisions.get(decision.reverts) ?? null),
    });
    maps.decisions.set(decision.id, id);
    report.decisions.added++;
  }
  reconcile(store, ours, theirs, report);
}

/** The decisions whose latest value is weighed against this corpus's (readCurrent, writeCurrent). */
const RECONCILED = new Set([
  'article.status',
  'fact.status',
  'edit.state',
  'article.tag',
  'fact.tag',
  'article.fields',
]);

/** Where both corpora decided the same thing differently, the later decision's value stands. */
function reconcile(
  store: Store,
  ours: Map<string, Latest>,
  theirs: Map<string, Latest>,
  report: BundleImportReport,
) {
  for (const [key, latest] of theirs) {
    const [action, targetId] = JSON.parse(key) as [string, number, unknown];
    // Decisions on many things at once or on the text (edit.states, text.remove…) name
    // the other corpus's edits and facts: they join the log, but are not replayed on this
    // corpus's copy of the article, and the report says so.
    if (!RECONCILED.has(action)) {
      if (!isKnownAction(action))
        throw new WinnowFailure(
          'bad_input',
          `The bundle holds a decision Winnow does not know: ${action}.`,
        );
      report.conflicts.push({
        target: `article ${targetId}`,
        field: action,
        ours: null,
        theirs: latest.value,
        kept: 'ours',
        why: `the bundle's ${action} decision (${latest.at}) names its own corpus's edits and facts; it is kept in the history, not replayed here`,
      });
      continue;
    }
    const current = readCurrent(store, action, targetId, latest.value);
    if (JSON.stringify(current) === JSON.stringify(latest.value)) continue;
    const mine = ours.get(key);
    const keepTheirs = mine === undefined || latest.at > mine.at;
    if (keepTheirs) writeCurrent(store, action, targetId, latest.value);
    if (mine !== undefined)
      report.conflicts.push({
        target: `${action.split('.')[0]} ${targetId}`,
        field: action,
        ours: current,
        theirs: latest.value,
        kept: keepTheirs ? 'theirs' : 'ours',
        why: keepTheirs
          ? `the bundle's decision (${latest.at}) is later than this corpus's (${mine.at})`
          : `this corpus's decision (${mine.at}) is as recent as or later than the bundle's (${latest.at})`,
      });
  }
}

function readCurrent(store: Store, action: string, targetId: number, value: unknown): unknown {
  switch (action) {
    case 'article.status':
      return store.articles.status(targetId);
    case 'fact.status':
      return store.facts.get(targetId)?.status ?? null;
    case 'edit.state':
      return store.edits.get(targetId)?.state ?? null;
    case 'article.tag': {
      const { tagId } = value as { tagId: number };
      return { tagId, on: store.tags.onArticle(targetId).includes(tagId) };
    }
    case 'fact.tag': {
      const { tagId } = value as { tagId: number };
      return { tagId, on: store.tags.onFact(targetId).includes(tagId) };
    }
    case 'article.fields': {
      const row = store.articles.get(targetId);
      const keys = Object.keys(value as object) as ('title' | 'publishedAt' | 'sourceName')[];
      return row ? Object.fromEntries(keys.map((key) => [key, row[key]])) : null;
    }
    default:
      throw new WinnowFailure(
        'bad_input',
        `The bundle holds a decision Winnow does not know: ${action}.`,
      );
  }
}

function writeCurrent(store: Store, action: string, targetId: number, value: unknown): void {
  switch (action) {
    case 'article.status':
      store.articles.setStatus(targetId, value as 'pending' | 'approved' | 'rejected');
      return;
    case 'fact.status':
      store.facts.setStatus(targetId, value as 'pending' | 'approved' | 'rejected');
      return;
    case 'edit.state':
      // The cleaned text follows the edit's state, and the facts follow the text.
      setEditState(store, targetId, value as 'applied' | 'proposed' | 'accepted' | 'reverted');
      return;
    case 'article.tag': {
      const { tagId, on } = value as { tagId: number; on: boolean };
      store.tags.setOnArticle(targetId, tagId, on);
      return;
    }
    case 'fact.tag': {
      const { tagId, on } = value as { tagId: number; on: boolean };
      store.tags.setOnFact(targetId, tagId, on);
      return;
    }
    case 'article.fields':
      store.articles.setFields(targetId, value as ArticleFields);
  }
}
