import { fail, isMethodName, methodSchemas, ok, WinnowFailure } from '@winnow/contract';
import type { MethodName, ProgressEvent, Result, Value } from '@winnow/contract';
import { DatabaseFromFutureError, openStore, storageErrorOf } from '@winnow/store';
import type { Store } from '@winnow/store';
import { checkCorpus } from '@winnow/store';
import { decodeCursor, encodeCursor } from './articles/cursor.ts';
import { dashboard, nextArticle, readSettings, writeSettings } from './articles/desk.ts';
import { verifyBundle } from './bundles/verifyBundle.ts';
import { exportOnThread } from './export/exportThread.ts';
import { FragmentKeeper } from './fragments/fragmentKeeper.ts';
import type { KeeperOptions } from './fragments/fragmentKeeper.ts';
import { prepareForExport } from './fragments/prepareFragments.ts';
import type { Logger } from './shared/logger.ts';
import { silentLogger } from './shared/logger.ts';
import { loadFacts, VIEW_RELATED_LIMIT } from './facts/loadFacts.ts';
import { createTag } from './articles/createTag.ts';
import { loadArticle, loadArticleFacts } from './export/records.ts';
import type * as EditingCalls from './editingCalls.ts';
import type { EditingMethod, Handler } from './editingCalls.ts';

export type CallContext = {
  onProgress?: (event: ProgressEvent) => void;
  /** Long work (exports, bundle imports) stops when this aborts, leaving nothing behind. */
  signal?: AbortSignal;
};

export type ServiceOptions = {
  dbPath: string;
  /** When set, a new empty corpus is seeded with the articles in this folder. */
  samplesDir?: string | null;
  logger?: Logger;
  /**
   * Keep every article's share of a bundle ready in the background (a thread of its own),
   * so exports copy it: for the desk (serve, the desktop app), not for one-off commands.
   */
  keepBundleFragments?: boolean | KeeperOptions;
};

export type WinnowService = {
  readonly store: Store;
  /** Validates `params` against the contract, runs the method, never throws. */
  call<M extends MethodName>(
    method: M,
    params: unknown,
    context?: CallContext,
  ): Promise<Result<Value<M>>>;
  /** The same for a method name that came from outside (a URL, a message). */
  callByName(method: string, params: unknown, context?: CallContext): Promise<Result<unknown>>;
  /**
   * Settles once the service has done what it does on opening: a new corpus's samples are
   * added in the background, with the editing code they need (calls wait for them anyway;
   * this is for whoever reads the file directly).
   */
  readonly ready: Promise<void>;
  close(): void;
};

/**
 * Above this many matches a list page walks the sort order's index (expected rows read:
 * page size × corpus size ÷ matches); below it, the matches are found and sorted.
 */
const ORDER_FIRST_ABOVE = 2_000;

/** Methods that run alone: nothing else starts until they finish. */
const EXCLUSIVE = new Set<MethodName>(['bundles.import']);

/** Long work the background preparation of exports stands aside for. */
const KEEPER_HOLDS = new Set<MethodName>([
  'articles.import',
  'bundles.import',
  'articles.export',
  'bundles.prepare',
]);

/** Methods that change nothing a bundle holds: no need to prepare exports after them. */
const READS = new Set<MethodName>([
  'articles.list',
  'articles.get',
  'facts.ofArticle',
  'facts.related',
  'articles.history',
  'tags.list',
  'tags.usage',
  'articles.next',
  'corpus.dashboard',
  'spam.list',
  'spam.suggest',
  'conversion.get',
  'settings.get',
  'articles.export',
  'bundles.verify',
  'bundles.prepare',
  'corpus.stats',
  'blocks.list',
  'edits.rules',
]);

type Handlers = { [M in MethodName]?: Handler<M> };

/** The methods answered without the cleaner and the fact extractors (editingCalls.ts). */
function handlers(store: Store): { [M in Exclude<MethodName, EditingMethod>]: Handler<M> } {
  return {
    'articles.list': (params) => {
      const { limit, sort, after, query, searchIn, ...rest } = params;
      const words = query?.trim() || undefined;
      const filter = searchIn === 'raw' ? { ...rest, rawQuery: words } : { ...rest, query: words };
      const { total, capped } = store.articles.count(filter);
      // Many matches: walking the sort order fills a page quickly. Few: sort just those.
      const plan = capped || total > ORDER_FIRST_ABOVE ? 'order-first' : 'filter-first';
      const cursor = after === undefined ? null : decodeCursor(after);
      const rows = store.articles.page(filter, sort, cursor, limit + 1, plan);
      const more = rows.length > limit;
      const shown = more ? rows.slice(0, limit) : rows;
      const last = shown[shown.length - 1];
      return {
        articles: shown.map(({ sortKey: _sortKey, ...summary }) => summary),
        nextCursor: more && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
        total,
        totalIsCapped: capped,
      };
    },
    'articles.get': (params) => {
      const row = store.articles.get(params.id);
      if (!row)
        throw new WinnowFailure('not_found', `There is no article ${params.id} in this corpus.`);
      return loadArticle(store, row, undefined, VIEW_RELATED_LIMIT, params.facts);
    },
    'facts.ofArticle': (params) => {
      if (store.articles.status(params.id) === null)
        throw new WinnowFailure('not_found', `There is no article ${params.id} in this corpus.`);
      return loadArticleFacts(store, params.id, undefined, VIEW_RELATED_LIMIT);
    },
    'facts.related': (params) => {
      const fact = store.facts.get(params.id);
      if (!fact)
        throw new WinnowFailure('not_found', `There is no fact ${params.id} in this corpus.`);
      const found = loadFacts(store, fact.articleId).find((f) => f.id === params.id);
      return {
        corroboratedBy: found?.corroboratedBy ?? [],
        contradictedBy: found?.contradictedBy ?? [],
      };
    },
    'articles.history': (params) => store.decisions.forArticle(params.id),
    'tags.create': (params) => {
      const id = createTag(store, params.name, params.colour, params.description);
      return { id, name: params.name, colour: params.colour, description: params.description };
    },
    'tags.list': () => store.tags.list().map(({ createdAt: _createdAt, ...tag }) => tag),
    'tags.usage': () => store.tags.usage(),
    'articles.next': (params) => nextArticle(store, params.after),
    'corpus.dashboard': () => dashboard(store),
    'settings.get': () => readSettings(store),
    'settings.set': (params) => writeSettings(store, params),
    'articles.export': (params, context) => exportOnThread(store, params, context),
    'bundles.verify': (params, context) => verifyBundle(params.path, context),
    'bundles.prepare': (params, context) => {
      if (params.again) store.bundleFragments.clear();
      return prepareForExport(store, context);
    },
    'corpus.check': (params) => checkCorpus(store, params),
    'edits.rules': () => store.review.ruleCounts(),
    'corpus.stats': () => ({
      articles: store.articles.count({}).total,
      byStatus: store.articles.countByStatus(),
      byLanguage: store.articles.countByLanguage(),
    }),
  };
}

/** Whether a process with this id still runs (an import job's owner). */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function openService(options: ServiceOptions): WinnowService {
  const logger = options.logger ?? silentLogger;
  const store = openStore(options.dbPath);
  // A damaged corpus is open read-only: nothing is written at start, every change refused.
  const damaged = store.damage;
  if (damaged) logger.warn(damaged.message);
  const abandoned = damaged ? 0 : store.importJobs.markAbandoned(isAlive);
  if (abandoned > 0)
    logger.warn(`${abandoned} earlier import(s) were interrupted; run them again to finish them.`);
  const table: Handlers = handlers(store);
  let closed = false;
  let keeper: FragmentKeeper | null = null;
  const startKeeper = () => {
    const keeping = options.keepBundleFragments;
    if (closed || !keeping || damaged) return;
    keeper = FragmentKeeper.start(store, logger, typeof keeping === 'object' ? keeping : {});
    keeper?.poke();
  };
  // The editing methods' code (editingCalls.ts), loaded on first need. While it loads
  // every call waits, so that calls still run in the order they came in.
  let loading: Promise<typeof EditingCalls> | null = null;
  const loadEditing = () =>
    (loading ??= import('./editingCalls.ts').then((loaded) => {
      Object.assign(table, loaded.editingHandlers(store));
      loading = null;
      return loaded;
    }));
  let ready: Promise<void> = Promise.resolve();
  if (options.samplesDir && !damaged) {
    // A new corpus gets its samples before any call is answered and before the keeper
    // prepares anything, as when they were added here.
    const samplesDir = options.samplesDir;
    ready = loadEditing()
      .then(({ addSamplesToNewCorpus }) => {
        if (closed) return;
        const report = addSamplesToNewCorpus(store, samplesDir);
        if (report) logger.info(`New corpus: added ${report.imported} sample articles.`);
        startKeeper();
      })
      .catch((error: unknown) => logger.error(`The samples were not added: ${String(error)}`));
  } else {
    startKeeper();
    // The desk edits soon after it opens: it loads the editing code now, not on the first edit.
    if (options.keepBundleFragments && !damaged)
      loadEditing().catch((error: unknown) =>
        logger.error(`The editing methods could not load: ${String(error)}`),
      );
  }
  let exclusive: Promise<unknown> | null = null;

  async function callByName(
    method: string,
    params: unknown,
    context: CallContext = {},
  ): Promise<Result<unknown>> {
    if (!isMethodName(method)) return fail('unknown_method', `There is no method "${method}".`);
    const parsed = methodSchemas[method].safeParse(params ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      const first = issues[0];
      const where = first && first.path !== '' ? ` at "${first.path}"` : '';
      return fail(
        'bad_request',
        `Invalid parameters for ${method}${where}: ${first?.message ?? 'invalid'}`,
        issues,
      );
    }
    // Doctor may look (it repairs nothing in a damaged file); nothing else may write.
    if (
      damaged &&
      (!READS.has(method) || method === 'bundles.prepare') &&
      method !== 'corpus.check'
    )
      return fail('io_error', damaged.message, { storage: 'damaged' });
    // A bundle import holds a transaction across awaits: other calls wait for it, so
    // nothing of theirs lands inside it (or is rolled back with it).
    while (exclusive) await exclusive.catch(() => {});
    const release = KEEPER_HOLDS.has(method) ? keeper?.hold() : undefined;
    try {
      if (!table[method]) await loadEditing();
      else if (loading) await loading;
      const handler = table[method] as (p: unknown, c: CallContext) => unknown;
      const running = Promise.resolve(handler(parsed.data, context));
      if (EXCLUSIVE.has(method)) exclusive = running;
      try {
        const value = await running;
        if (!READS.has(method)) keeper?.poke();
        return ok(value);
      } finally {
        if (exclusive === running) exclusive = null;
      }
    } catch (error) {
      if (error instanceof WinnowFailure) return fail(error.code, error.message, error.details);
      if (error instanceof DatabaseFromFutureError) return fail('conflict', error.message);
      // The corpus file itself (full disk, read-only, locked, damaged): the words say what
      // to do, and `details.storage` lets the command line choose its exit code.
      const storage = storageErrorOf(error, store.path);
      if (storage) return fail('io_error', storage.message, { storage: storage.kind });
      const message = error instanceof Error ? error.message : String(error);
      logger.error(`${method} failed: ${message}`);
      return fail('internal', `${method} failed: ${message}`);
    } finally {
      release?.();
    }
  }

  return {
    store,
    call: (method, params, context) =>
      callByName(method, params, context) as Promise<Result<Value<typeof method>>>,
    callByName,
    ready,
    close: () => {
      closed = true;
      keeper?.close();
      store.close();
    },
  };
}
