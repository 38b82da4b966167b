import { z } from 'zod';
import { ArticleStatusSchema, EditStateSchema, FactStatusSchema } from './article.ts';

/**
 * What every decision means, once: for each action, the value it sets (a schema), the
 * kind of thing its target id names, where further ids sit inside its value, how the
 * desk describes it, and how conflict messages name it. The service acts, undoes and
 * redoes through this registry, and bundles translate every id a decision names through
 * it — so an action cannot be added without saying how it travels between desks and how
 * the history shows it (the registry's type requires both).
 */

/** The kinds of thing a decision names by id. */
export const idKinds = ['article', 'fact', 'edit', 'tag'] as const;
export type IdKind = (typeof idKinds)[number];

/**
 * Where ids sit inside a decision's value: the value itself is an id, a record is keyed
 * by ids (a bulk decision: each target's state), a list of ids, or named fields that hold
 * any of these.
 */
export type IdPlaces =
  | IdKind
  | { byId: IdKind; each?: IdPlaces }
  | { list: IdKind }
  | { fields: Readonly<Record<string, IdPlaces>> };

/**
 * How an id is written in a bundle, where the other desk's ids mean nothing. Each is a
 * string, so that it can key a bulk decision's record as the local id did.
 */
export const portableIdForms = {
  article: 'the sha256 of its source file',
  fact: 'its article, kind, quote and span in the raw text (null for an orphan)',
  edit: 'its article, rule and span in the raw text',
  tag: 'its name',
} as const satisfies Record<IdKind, string>;

export type PortableFact = {
  article: string;
  kind: string;
  quote: string;
  /** The fact's span in the raw text, the same on every desk; null for an orphan. */
  rawStart: number | null;
  rawEnd: number | null;
};
export type PortableEdit = { article: string; rule: string; start: number; end: number };

export const portableFactId = (f: PortableFact): string =>
  JSON.stringify([f.article, f.kind, f.rawStart, f.rawEnd, f.quote]);
export const portableEditId = (e: PortableEdit): string =>
  JSON.stringify([e.article, e.rule, e.start, e.end]);

/** A portable fact or edit id read back; null when it is neither. */
export function parsePortableId(kind: 'fact', id: string): PortableFact | null;
export function parsePortableId(kind: 'edit', id: string): PortableEdit | null;
export function parsePortableId(
  kind: 'fact' | 'edit',
  id: string,
): PortableFact | PortableEdit | null {
  let parts: unknown;
  try {
    parts = JSON.parse(id);
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || typeof parts[0] !== 'string') return null;
  if (kind === 'edit') {
    const [article, rule, start, end] = parts as [string, unknown, unknown, unknown];
    if (typeof rule !== 'string' || typeof start !== 'number' || typeof end !== 'number')
      return null;
    return { article, rule, start, end };
  }
  const [article, factKind, rawStart, rawEnd, quote] = parts as unknown[];
  const span = (v: unknown): v is number | null => v === null || typeof v === 'number';
  if (typeof factKind !== 'string' || typeof quote !== 'string') return null;
  if (!span(rawStart) || !span(rawEnd)) return null;
  return {
    article: article as string,
    kind: factKind,
    quote,
    rawStart,
    rawEnd,
  };
}

/**
 * Walks the ids in a value and replaces each with `translate`'s answer. An id it cannot
 * translate (undefined) drops its entry from a record or list — a bulk decision then
 * names only what the other desk has — and makes a field, or the whole value, untranslatable
 * (the result is undefined).
 */
export function mapIds(
  places: IdPlaces | 'none',
  value: unknown,
  translate: (kind: IdKind, id: unknown) => unknown,
): unknown {
  if (places === 'none' || value === null || value === undefined) return value;
  if (typeof places === 'string') return translate(places, value);
  if (typeof value !== 'object') return value;
  if ('byId' in places) {
    const out: Record<string, unknown> = {};
    for (const [key, each] of Object.entries(value as Record<string, unknown>)) {
      const id = translate(places.byId, key) as string | number | undefined;
      if (id === undefined) continue;
      const mapped = places.each ? mapIds(places.each, each, translate) : each;
      if (mapped !== undefined || each === undefined) out[String(id)] = mapped;
    }
    return out;
  }
  if ('list' in places) {
    if (!Array.isArray(value)) return value;
    return value.map((id) => translate(places.list, id)).filter((id) => id !== undefined);
  }
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [field, inner] of Object.entries(places.fields)) {
    if (!(field in out)) continue;
    const mapped = mapIds(inner, out[field], translate);
    if (mapped === undefined) return undefined;
    out[field] = mapped;
  }
  return out;
}

/** Every id a value names, with its kind (in the order the value holds them). */
export function idsIn(places: IdPlaces | 'none', value: unknown): [IdKind, unknown][] {
  const found: [IdKind, unknown][] = [];
  mapIds(places, value, (kind, id) => {
    found.push([kind, id]);
    return id;
  });
  return found;
}

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
 * How a bundle carries an action: its portable form.
 * - `'with its articles'`: the decision is on one article (or on things of the bundle's
 *   articles); it is written with its article and, imported, joins the log as it was made,
 *   its ids translated (`ids`).
 * - `{ corpusWide }`: the decision is on the corpus as a whole (a tag, a cleaning rule) and
 *   belongs to no article. A bundle carries the part of it that concerns the bundle's
 *   articles, and the importing desk records only what it changes there — `corpusWide`
 *   says what that is. (The service's `corpusWideForms` implements each, bundles/README.md.)
 */
export type PortableForm = 'with its articles' | { corpusWide: string };

/** One action: see the top of this file. */
export type DecisionEntry = {
  /** The kind of thing the decision's target id names. */
  target: IdKind;
  value: z.ZodType;
  /** Where ids sit inside the value ('none': it holds none); a bundle translates each. */
  ids: IdPlaces | 'none';
  /** How a bundle carries it (see PortableForm). */
  portable: PortableForm;
  /** How a conflict or undo message names the target, followed by its id. */
  label: string;
  /** The desk's message keys that describe it in the history (apps/desktop i18n). */
  history: readonly [`decision.${string}`, ...`decision.${string}`[]];
};

const tagged = { fields: { tagId: 'tag' } } as const;
const WITH_ARTICLES = 'with its articles';

export const decisionRegistry = {
  'article.status': {
    target: 'article',
    value: ArticleStatusSchema,
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the status of article',
    history: ['decision.article.approved', 'decision.article.rejected', 'decision.article.pending'],
  },
  'article.tag': {
    target: 'article',
    value: TagMembershipSchema,
    ids: tagged,
    portable: WITH_ARTICLES,
    label: 'the tags of article',
    history: ['decision.article.tagged', 'decision.article.untagged'],
  },
  'edit.state': {
    target: 'edit',
    value: EditStateSchema,
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the state of edit',
    history: ['decision.edits.accepted', 'decision.edits.reverted', 'decision.edits.restored'],
  },
  'fact.tag': {
    target: 'fact',
    value: TagMembershipSchema,
    ids: tagged,
    portable: WITH_ARTICLES,
    label: 'the tags of fact',
    history: ['decision.fact.tagged', 'decision.fact.untagged'],
  },
  'fact.status': {
    target: 'fact',
    value: FactStatusSchema,
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the status of fact',
    history: ['decision.facts.approved', 'decision.facts.rejected', 'decision.facts.pending'],
  },
  'fact.value': {
    target: 'fact',
    value: z.union([z.string(), z.number()]).nullable(),
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the value of fact',
    history: ['decision.fact.value'],
  },
  'fact.statuses': {
    target: 'fact',
    value: byId(FactStatusSchema),
    ids: { byId: 'fact' },
    portable: WITH_ARTICLES,
    label: 'the statuses of facts',
    history: ['decision.facts.approved', 'decision.facts.rejected', 'decision.facts.pending'],
  },
  'tag.delete': {
    target: 'tag',
    value: TagSnapshotSchema,
    ids: { fields: { articles: { list: 'article' }, facts: { list: 'fact' } } },
    portable: {
      corpusWide:
        'the tag taken off the articles and facts of the bundle it was on, where it still is; the tag itself is kept',
    },
    label: 'the tag',
    history: [
      'decision.tag.deleted',
      'decision.tag.restored',
      'decision.tag.detached',
      'decision.tag.reattached',
    ],
  },
  'edit.states': {
    target: 'edit',
    value: byId(EditStateSchema),
    ids: { byId: 'edit' },
    portable: WITH_ARTICLES,
    label: 'the states of edits',
    history: ['decision.edits.accepted', 'decision.edits.reverted', 'decision.edits.restored'],
  },
  'text.remove': {
    target: 'article',
    value: RemovalSchema,
    ids: {
      fields: {
        edits: { byId: 'edit' },
        facts: { byId: 'fact' },
        block: { fields: { articleId: 'article' } },
      },
    },
    portable: WITH_ARTICLES,
    label: 'the text of article',
    history: ['decision.text.removed'],
  },
  'cleaning.block': {
    target: 'article',
    value: BlockMembershipSchema,
    ids: { fields: { articleId: 'article' } },
    portable: {
      corpusWide:
        'the rule added (text and scope; the source by name) unless the desk has it, or taken off when the desk has it taught from the same article',
    },
    label: 'the cleaning rule taught from article',
    history: ['decision.block.on', 'decision.block.off'],
  },
  'article.fields': {
    target: 'article',
    value: ArticleFieldsSchema,
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the fields of article',
    history: ['decision.article.fields'],
  },
  'article.statuses': {
    target: 'article',
    value: byId(ArticleStatusSchema),
    ids: { byId: 'article' },
    portable: WITH_ARTICLES,
    label: 'the statuses of articles',
    history: [
      'decision.articles.approved',
      'decision.articles.rejected',
      'decision.articles.pending',
    ],
  },
  'article.tags': {
    target: 'article',
    value: byId(TagMembershipSchema),
    ids: { byId: 'article', each: tagged },
    portable: WITH_ARTICLES,
    label: 'the tags of articles',
    history: ['decision.articles.tagged', 'decision.articles.untagged'],
  },
} as const satisfies Record<string, DecisionEntry>;

export type DecisionAction = keyof typeof decisionRegistry;
/** The value a decision of `A` sets (and, for undo, the one it found). */
export type DecisionValue<A extends DecisionAction> = z.infer<
  (typeof decisionRegistry)[A]['value']
>;
export const decisionActions = Object.keys(decisionRegistry) as DecisionAction[];

export const isDecisionAction = (action: string): action is DecisionAction =>
  Object.hasOwn(decisionRegistry, action);

/** The actions decided on the corpus as a whole, which a bundle carries narrowed. */
export type CorpusWideAction = {
  [A in DecisionAction]: (typeof decisionRegistry)[A]['portable'] extends { corpusWide: string }
    ? A
    : never;
}[DecisionAction];
export const isCorpusWide = (action: DecisionAction): action is CorpusWideAction =>
  decisionRegistry[action].portable !== WITH_ARTICLES;

export type FactState = z.infer<typeof FactStateSchema>;
export type FactAnchor = z.infer<typeof FactAnchorSchema>;
export type BlockMembership = z.infer<typeof BlockMembershipSchema>;
export type Removal = z.infer<typeof RemovalSchema>;
export type TagMembership = z.infer<typeof TagMembershipSchema>;
export type TagSnapshot = z.infer<typeof TagSnapshotSchema>;
export type TagOnListed = z.infer<typeof TagOnListedSchema>;
export type ArticleFieldsValue = z.infer<typeof ArticleFieldsSchema>;
