import { z } from 'zod';
import { ArticleStatusSchema, EditStateSchema, FactStatusSchema } from './article.ts';
import { decisionRoutes } from './decisionIds.ts';
import type { DecisionAction, DecisionRoute } from './decisionIds.ts';

export * from './decisionIds.ts';

/**
 * What every decision means, once: for each action, the value it sets (a schema), the
 * kind of thing its target id names, where further ids sit inside its value, how the
 * desk describes it, and how conflict messages name it. The service acts, undoes and
 * redoes through this registry, and bundles translate every id a decision names through
 * it — so an action cannot be added without saying how it travels between desks and how
 * the history shows it (the registry's type requires both).
 */

const id = z.number().int().positive();
/** Whether a tag is on a thing. */
export const TagMembershipSchema = z.strictObject({ tagId: id, on: z.boolean() });
/** A bulk decision's value: the state of each target by id (null: it was not there). */
const byId = <T extends z.ZodType>(each: T) => z.record(z.string(), each.nullable());
export const FactAnchorSchema = z.strictObject({
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
/** What a removal does to a fact: its status, and its evidence (null: dropped with the text). */
export const FactStateSchema = z.strictObject({
  status: FactStatusSchema,
  anchor: FactAnchorSchema.nullable(),
});
/** A block of the corpus's cleaning rules (known by the article it was taught from). */
export const BlockMembershipSchema = z.strictObject({
  text: z.string(),
  source: z.string().nullable(),
  articleId: id,
  on: z.boolean(),
});
export const RemovalSchema = z.strictObject({
  edits: byId(EditStateSchema),
  facts: byId(FactStateSchema),
  block: BlockMembershipSchema.optional(),
  /**
   * The article's title, when the removal changed it (the title's own line went and the
   * title followed the text's first line): undo gives the old title back, redo the new.
   */
  title: z.string().nullable().optional(),
});
export const ArticleFieldsSchema = z.strictObject({
  title: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  sourceName: z.string().nullable().optional(),
});
/**
 * A tag's deletion as a bundle carries it, and as the importing desk records it: the tag
 * (named for the history) on the listed articles and facts — all of them (`on`) or none.
 * A bundle is a merge of some articles, so another desk's deletion of a tag takes it off
 * only the things of the bundle's articles it was on; the tag itself, and whatever else
 * on that desk carries it, stay (bundles/README.md).
 */
export const TagOnListedSchema = z.strictObject({
  on: z.boolean(),
  name: z.string(),
  articles: z.array(id),
  facts: z.array(id),
});
/**
 * A tag as deleting it finds it: enough to bring it back, on everything it was on — or,
 * for a deletion that came in a bundle, the tag on the things it was taken off.
 */
export const TagSnapshotSchema = z.union([
  z.strictObject({ deleted: z.literal(true) }),
  z.strictObject({
    deleted: z.literal(false),
    name: z.string(),
    colour: z.string(),
    description: z.string(),
    createdAt: z.string(),
    articles: z.array(id),
    facts: z.array(id),
  }),
  TagOnListedSchema,
]);

/**
 * A tag's own fields as an edit of them (tags.update) sets them: only those it changes, so
 * that undoing a rename leaves a colour someone chose since alone.
 */
export const TagFieldsSchema = z.strictObject({
  name: z.string().optional(),
  colour: z.string().optional(),
  description: z.string().optional(),
});
const taggedThings = { articles: z.array(id), facts: z.array(id) };
/**
 * A merge of one tag (the decision's target) into another (`into`). Merged: the tag is gone
 * and `into` is on everything it was on (`articles`, `facts`). Not merged — what the merge
 * found, and what its undo brings back: the tag with its fields on those things. On both
 * sides `alsoInto` names the things that carried `into` already (they keep it; the others
 * lose it again). `intoName` names the other tag for the history.
 */
export const TagMergeSchema = z.union([
  z.strictObject({
    merged: z.literal(true),
    into: id,
    intoName: z.string(),
    name: z.string(),
    ...taggedThings,
    alsoInto: z.strictObject(taggedThings),
  }),
  z.strictObject({
    merged: z.literal(false),
    into: id,
    intoName: z.string(),
    name: z.string(),
    colour: z.string(),
    description: z.string(),
    createdAt: z.string(),
    ...taggedThings,
    alsoInto: z.strictObject(taggedThings),
  }),
]);

/** One action: its route (decisionIds.ts) and the schema of the value it sets. */
export type DecisionEntry = DecisionRoute & { value: z.ZodType };

export const decisionRegistry = {
  'article.status': { ...decisionRoutes['article.status'], value: ArticleStatusSchema },
  'article.tag': { ...decisionRoutes['article.tag'], value: TagMembershipSchema },
  'edit.state': { ...decisionRoutes['edit.state'], value: EditStateSchema },
  'fact.tag': { ...decisionRoutes['fact.tag'], value: TagMembershipSchema },
  'fact.status': { ...decisionRoutes['fact.status'], value: FactStatusSchema },
  'fact.value': {
    ...decisionRoutes['fact.value'],
    value: z.union([z.string(), z.number()]).nullable(),
  },
  'fact.statuses': { ...decisionRoutes['fact.statuses'], value: byId(FactStatusSchema) },
  'tag.delete': { ...decisionRoutes['tag.delete'], value: TagSnapshotSchema },
  'tag.update': { ...decisionRoutes['tag.update'], value: TagFieldsSchema },
  'tag.merge': { ...decisionRoutes['tag.merge'], value: TagMergeSchema },
  'edit.states': { ...decisionRoutes['edit.states'], value: byId(EditStateSchema) },
  'text.remove': { ...decisionRoutes['text.remove'], value: RemovalSchema },
  'cleaning.block': { ...decisionRoutes['cleaning.block'], value: BlockMembershipSchema },
  'article.fields': { ...decisionRoutes['article.fields'], value: ArticleFieldsSchema },
  'article.statuses': { ...decisionRoutes['article.statuses'], value: byId(ArticleStatusSchema) },
  'article.tags': { ...decisionRoutes['article.tags'], value: byId(TagMembershipSchema) },
} as const satisfies Record<DecisionAction, DecisionEntry>;

/** The value a decision of `A` sets (and, for undo, the one it found). */
export type DecisionValue<A extends DecisionAction> = z.infer<
  (typeof decisionRegistry)[A]['value']
>;

export type FactState = z.infer<typeof FactStateSchema>;
export type FactAnchor = z.infer<typeof FactAnchorSchema>;
export type BlockMembership = z.infer<typeof BlockMembershipSchema>;
export type Removal = z.infer<typeof RemovalSchema>;
export type TagMembership = z.infer<typeof TagMembershipSchema>;
export type TagSnapshot = z.infer<typeof TagSnapshotSchema>;
export type TagOnListed = z.infer<typeof TagOnListedSchema>;
export type TagFields = z.infer<typeof TagFieldsSchema>;
export type TagMerge = z.infer<typeof TagMergeSchema>;
export type ArticleFieldsValue = z.infer<typeof ArticleFieldsSchema>;
