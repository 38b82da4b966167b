import { fail, isMethodName, methodSchemas, ok, WinnowFailure } from '@winnow/contract';
import type { MethodName, ProgressEvent, Result, ValidParams, Value } from '@winnow/contract';
import { DatabaseFromFutureError, openStore } from '@winnow/store';
import type { Store } from '@winnow/store';
import { exportJsonl } from './exportArticles.ts';
import { importFiles } from './importFiles.ts';
import type { Logger } from './logger.ts';
import { silentLogger } from './logger.ts';
import { toArticle } from './records.ts';
import { addSamplesToNewCorpus } from './samples.ts';

export type CallContext = {
  onProgress?: (event: ProgressEvent) => void;
};

export type ServiceOptions = {
  dbPath: string;
  /** When set, a new empty corpus is seeded with the articles in this folder. */
  samplesDir?: string | null;
  logger?: Logger;
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
  close(): void;
};

type Handlers = {
  [M in MethodName]: (params: ValidParams<M>, context: CallContext) => Value<M>;
};

function handlers(store: Store): Handlers {
  return {
    'articles.import': (params, context) => importFiles(store, params.paths, context.onProgress),
    'articles.list': (params) => {
      const after = params.after === undefined ? 0 : Number.parseInt(params.after, 10);
      if (!Number.isSafeInteger(after) || after < 0) {
        throw new WinnowFailure(
          'bad_request',
          `"after" is not a cursor this corpus gave out: ${params.after}`,
        );
      }
      const filter = {
        status: params.status,
        language: params.language,
        query: params.query || undefined,
      };
      const articles = store.articles.page(filter, after, params.limit + 1);
      const more = articles.length > params.limit;
      const shown = more ? articles.slice(0, params.limit) : articles;
      return {
        articles: shown,
        nextCursor: more ? String(shown[shown.length - 1]?.id) : null,
        total: store.articles.count(filter),
      };
    },
    'articles.get': (params) => {
      const row = store.articles.get(params.id);
      if (!row)
        throw new WinnowFailure('not_found', `There is no article ${params.id} in this corpus.`);
      return toArticle(row);
    },
    'articles.export': (params, context) => exportJsonl(store, params, context.onProgress),
    'corpus.stats': () => ({
      articles: store.articles.count({}),
      byStatus: store.articles.countByStatus(),
      byLanguage: store.articles.countByLanguage(),
    }),
  };
}

export function openService(options: ServiceOptions): WinnowService {
  const logger = options.logger ?? silentLogger;
  const store = openStore(options.dbPath);
  if (options.samplesDir) {
    const report = addSamplesToNewCorpus(store, options.samplesDir);
    if (report) logger.info(`New corpus: added ${report.imported} sample articles.`);
  }
  const table = handlers(store);

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
    try {
      const handler = table[method] as (p: unknown, c: CallContext) => unknown;
      return ok(await handler(parsed.data, context));
    } catch (error) {
      if (error instanceof WinnowFailure) return fail(error.code, error.message, error.details);
      if (error instanceof DatabaseFromFutureError) return fail('conflict', error.message);
      const message = error instanceof Error ? error.message : String(error);
      logger.error(`${method} failed: ${message}`);
      return fail('internal', `${method} failed: ${message}`);
    }
  }

  return {
    store,
    call: (method, params, context) =>
      callByName(method, params, context) as Promise<Result<Value<typeof method>>>,
    callByName,
    close: () => store.close(),
  };
}
