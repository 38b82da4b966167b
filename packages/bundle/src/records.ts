import { z } from 'zod';
import { articleTooLongMessage, factKinds, MAX_ARTICLE_CHARS } from '@winnow/contract';

/**
 * The records inside a bundle, with the schemas an import checks every line against.
 * Ids are the exporting corpus's own: they tie facts, edits and decisions together inside
 * the bundle, and an import maps them to its own ids.
 */
const related = z.strictObject({
  articleId: z.number().int(),
  factId: z.number().int(),
  title: z.string().nullable(),
  language: z.string().nullable(),
  quote: z.string(),
  value: z.union([z.string(), z.number()]).nullable(),
});

export const FactSchema = z.strictObject({
  id: z.number().int().positive(),
  kind: z.enum(factKinds),
  quote: z.string(),
  start: z.number().int().min(-1),
  end: z.number().int().min(-1),
  prefix: z.string(),
  suffix: z.string(),
  value: z.union([z.string(), z.number()]).nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  qualifier: z.string().nullable(),
  role: z.string().nullable(),
  speaker: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  extractor: z.string(),
  extractorVersion: z.string(),
  orphan: z.boolean(),
  status: z.enum(['pending', 'approved', 'rejected']),
  tags: z.array(z.string()),
});

export const EditSchema = z.strictObject({
  id: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  replacement: z.string(),
  rule: z.string(),
  reason: z.string(),
  confidence: z.number().min(0).max(1),
  state: z.enum(['applied', 'proposed', 'accepted', 'reverted']),
});

/**
 * A fact as articles.jsonl lists it: the export record's fields, with the id that finds its
 * full record in facts.jsonl. Each fact is described in full once, in facts.jsonl; the
 * article record keeps what a reader of the article needs.
 */
export const ArticleFactSchema = z.strictObject({
  id: z.number().int().positive(),
  kind: z.enum(factKinds),
  quote: z.string(),
  start: z.number().int().min(-1),
  end: z.number().int().min(-1),
  value: z.union([z.string(), z.number()]).nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  role: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'rejected']),
  tags: z.array(z.string()),
});
export type ArticleFact = z.infer<typeof ArticleFactSchema>;

const articleFields = {
  id: z.number().int().positive(),
  sourcePath: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  sourceName: z.string().nullable(),
  language: z.string().nullable(),
  script: z.enum(['Hans', 'Hant']).nullable(),
  status: z.enum(['pending', 'approved', 'rejected']),
  tags: z.array(z.string()).default([]),
  // The corpus's own article limit: what a bundle brings in, every export must handle.
  raw: z.string().max(MAX_ARTICLE_CHARS, {
    error: (issue) =>
      articleTooLongMessage(typeof issue.input === 'string' ? issue.input.length : 0),
  }),
  cleaned: z.string(),
  edits: z.array(EditSchema),
};
export const ArticleRecordSchema = z.strictObject({
  ...articleFields,
  facts: z.array(ArticleFactSchema),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
/** Format version 1 repeated every fact in full inside its article. */
export const ArticleRecordSchemaV1 = z.strictObject({
  ...articleFields,
  facts: z.array(
    FactSchema.extend({ corroboratedBy: z.array(related), contradictedBy: z.array(related) }),
  ),
});

export const TagSchema = z.strictObject({
  id: z.number().int().positive(),
  name: z.string().min(1),
  colour: z.string(),
  description: z.string(),
});
export const TagsSchema = z.array(TagSchema);
export type TagRecord = z.infer<typeof TagSchema>;

/** A decision as the bundle carries it: tag ids inside values are replaced by tag names. */
export const DecisionSchema = z.strictObject({
  id: z.number().int().positive(),
  at: z.string(),
  editor: z.string(),
  kind: z.enum(['act', 'undo', 'redo']),
  action: z.string(),
  targetType: z.enum(['article', 'edit', 'fact', 'tag']),
  targetId: z.number().int().positive(),
  article: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reverts: z.number().int().positive().nullable(),
});
export type DecisionRecord = z.infer<typeof DecisionSchema>;

const factLineFields = {
  article: z.string().regex(/^[0-9a-f]{64}$/),
  articleId: z.number().int().positive(),
  startCodePoint: z.number().int().nonnegative().nullable(),
  endCodePoint: z.number().int().nonnegative().nullable(),
};

/**
 * A line of facts.jsonl. Facts that share a `corroborationKey` report the same figure;
 * facts that share a `topicKey` count the same thing, and may disagree on how many. The
 * keys are portable and complete, where lists of related facts named the exporting
 * corpus's own article ids (often of articles outside the bundle) and only the first few.
 */
export const FactLineSchema = FactSchema.extend({
  ...factLineFields,
  corroborationKey: z.string().nullable(),
  topicKey: z.string().nullable(),
});
/** What every version's facts.jsonl line gives an import: the fact and its article. */
export type FactLine = z.infer<typeof FactSchema> & {
  [K in keyof typeof factLineFields]: z.infer<(typeof factLineFields)[K]>;
};

/**
 * Format versions 1 and 2 listed, with each fact, up to three related facts of the
 * exporting corpus. An import recomputes what corroborates what, so the lists are read
 * and set aside.
 */
export const FactLineSchemaV2 = FactSchema.extend({
  ...factLineFields,
  corroboratedBy: z.array(related),
  contradictedBy: z.array(related),
});
