import { z } from 'zod';
import {
  articleTooLongMessage,
  ArticleStatusSchema,
  EditStateSchema,
  factKinds,
  FactStatusSchema,
  MAX_ARTICLE_CHARS,
  isEditorRule,
} from '@winnow/contract';

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
  status: FactStatusSchema,
  tags: z.array(z.string()),
});

/** Format versions 1 to 3 did not say who made an edit (see `editOrigin`). */
export const EditSchemaV3 = z.strictObject({
  id: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  replacement: z.string(),
  rule: z.string(),
  reason: z.string(),
  confidence: z.number().min(0).max(1),
  state: EditStateSchema,
});
/**
 * Since format version 4 an edit says whether the cleaner or an editor made it: a desk
 * that cleans the article again replaces the cleaner's edits and keeps the editor's.
 */
export const EditSchema = EditSchemaV3.extend({ origin: z.enum(['pipeline', 'manual']) });
export type EditRecord = z.infer<typeof EditSchema>;

/** Who made an edit of a bundle older than version 4: editors' rules are their own. */
export const editOrigin = (rule: string): EditRecord['origin'] =>
  isEditorRule(rule) ? 'manual' : 'pipeline';

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
  status: FactStatusSchema,
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
  status: ArticleStatusSchema,
  tags: z.array(z.string()).default([]),
  // The corpus's own article limit: what a bundle brings in, every export must handle.
  raw: z.string().max(MAX_ARTICLE_CHARS, {
    error: (issue) =>
      articleTooLongMessage(typeof issue.input === 'string' ? issue.input.length : 0),
  }),
  cleaned: z.string(),
};
export const ArticleRecordSchema = z.strictObject({
  ...articleFields,
  edits: z.array(EditSchema),
  facts: z.array(ArticleFactSchema),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
/** Format versions 2 and 3: edits without their origin. */
export const ArticleRecordSchemaV3 = z.strictObject({
  ...articleFields,
  edits: z.array(EditSchemaV3),
  facts: z.array(ArticleFactSchema),
});
/** Format version 1 repeated every fact in full inside its article. */
export const ArticleRecordSchemaV1 = z.strictObject({
  ...articleFields,
  edits: z.array(EditSchemaV3),
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

const decisionFields = {
  id: z.number().int().positive(),
  at: z.string(),
  editor: z.string(),
  kind: z.enum(['act', 'undo', 'redo']),
  action: z.string(),
  targetType: z.enum(['article', 'edit', 'fact', 'tag']),
  article: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reverts: z.number().int().positive().nullable(),
};
/**
 * A decision as the bundle carries it (format version 4): its target and every id inside
 * its values in their portable form (the contract's `portableIdForms`: an article by its
 * source's sha256, a fact by its kind, quote and raw span, an edit by rule and raw span, a
 * tag by name), so that any desk finds its own copies of them.
 */
export const DecisionSchema = z.strictObject({ ...decisionFields, target: z.string() });
export type DecisionRecord = z.infer<typeof DecisionSchema>;
/**
 * Format versions 1 to 3: the target and the ids inside values were the exporting
 * corpus's (only tag ids were written as names, `{tag: name}`); an import maps them
 * through the bundle's own records.
 */
export const DecisionSchemaV3 = z.strictObject({
  ...decisionFields,
  targetId: z.number().int().positive(),
});
export type DecisionRecordV3 = z.infer<typeof DecisionSchemaV3>;

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
