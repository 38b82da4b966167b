import { z } from 'zod';
import { ArticleStatusSchema } from './article.ts';
import type { Article, ArticleSummary } from './article.ts';

/** Per-file outcome of an import, shown to the editor as the import report. */
export type ImportFileOutcome = {
  path: string;
  outcome: 'imported' | 'duplicate' | 'skipped' | 'failed';
  articleId: number | null;
  message: string | null;
};

export type ImportReport = {
  imported: number;
  duplicates: number;
  skipped: number;
  failed: number;
  files: ImportFileOutcome[];
};

export type ArticlePage = {
  articles: ArticleSummary[];
  /** Pass back as `after` to get the next page; null on the last page. */
  nextCursor: string | null;
  total: number;
};

export type ExportSummary = {
  path: string;
  format: 'jsonl';
  articles: number;
  bytes: number;
};

export type CorpusStats = {
  articles: number;
  byStatus: Record<string, number>;
  byLanguage: Record<string, number>;
};

const id = z.number().int().positive();

/**
 * The one contract. Each method names its params schema (validated at the service
 * boundary, whatever the transport) and, as a type, its value.
 */
export const methodSchemas = {
  'articles.import': z.strictObject({
    paths: z.array(z.string().min(1)).min(1).max(10_000),
  }),
  'articles.list': z.strictObject({
    status: ArticleStatusSchema.optional(),
    language: z.string().min(1).max(16).optional(),
    query: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(500).default(50),
    after: z.string().max(100).optional(),
  }),
  'articles.get': z.strictObject({ id }),
  'articles.export': z.strictObject({
    format: z.enum(['jsonl']).default('jsonl'),
    status: z.enum(['any', 'pending', 'approved', 'rejected']).default('any'),
    /** A file path on the machine that runs the service. */
    out: z.string().min(1).max(4096),
  }),
  'corpus.stats': z.strictObject({}),
} as const;

export type MethodValues = {
  'articles.import': ImportReport;
  'articles.list': ArticlePage;
  'articles.get': Article;
  'articles.export': ExportSummary;
  'corpus.stats': CorpusStats;
};

export type MethodName = keyof typeof methodSchemas;
/** What a caller passes (defaults may be omitted). */
export type Params<M extends MethodName> = z.input<(typeof methodSchemas)[M]>;
/** What a handler receives, after validation and defaults. */
export type ValidParams<M extends MethodName> = z.output<(typeof methodSchemas)[M]>;
export type Value<M extends MethodName> = MethodValues[M];

export const methodNames = Object.keys(methodSchemas) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methodSchemas, name);
}
