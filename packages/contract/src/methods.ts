import { z } from 'zod';
import { articleTooLongMessage, MAX_ARTICLE_CHARS } from './limits.ts';
import {
  articleStatuses,
  ArticleStatusSchema,
  EditorEditStateSchema,
  EditStateSchema,
  FactStatusSchema,
} from './article.ts';
import type { Article, Fact, RelatedFact } from './article.ts';
import { exportFormats, removalKinds } from './values.ts';
import type {
  ImportReport,
  ArticlePage,
  Decision,
  Tag,
  TagUsage,
  CorpusCheck,
  ExportSummary,
  BundleImportReport,
  BundlePrepareReport,
  BundleCheck,
  RecleanReport,
  CorpusStats,
  Settings,
  CleaningBlock,
  SpamPhrases,
  SpamSuggestions,
  NextArticle,
  Dashboard,
} from './values.ts';

const id = z.number().int().positive();
/** Who made a decision: recorded with it, and whose undo stack it joins. */
const editor = z.string().trim().min(1).max(100);
/**
 * What the editor's desk showed before the decision (the status, state, value or whether
 * the tag was on). When another editor changed it since, the decision is refused with
 * `conflict` rather than overwriting theirs; without it, the decision is simply made.
 */
const seen = <T extends z.ZodType>(shown: T) => shown.optional();
/**
 * A tag's name, in Unicode's composed form (NFC): 'é' typed as e + a combining accent (as
 * some keyboards send it) names the same tag as 'é', not a second one that looks the same.
 */
const tagName = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .transform((name) => name.normalize('NFC'));

/** A day of the calendar as YYYY-MM-DD: an editor's date is stored and exported as given. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2024-05-08')
  .refine(
    (date) => {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      const at = new Date(Date.UTC(year, month - 1, day));
      return at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
    },
    { message: 'expected a day that exists, such as 2024-02-29' },
  );

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
    source: z.string().min(1).max(200).optional(),
    tagId: id.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    hasPendingFacts: z.boolean().optional(),
    hasWarnings: z.boolean().optional(),
    hasProposedEdits: z.boolean().optional(),
    /** Articles where an edit of this rule was made (in any state). */
    rule: z.string().min(1).max(100).optional(),
    query: z.string().max(200).optional(),
    /** Search the raw text (what the cleaner removed too) instead of the cleaned text. */
    searchIn: z.enum(['cleaned', 'raw']).optional(),
    sort: z.enum(['imported', 'date', 'title', 'pendingFacts']).default('imported'),
    limit: z.number().int().min(1).max(500).default(50),
    after: z.string().max(400).optional(),
  }),
  'articles.setStatus': z.strictObject({
    id,
    status: ArticleStatusSchema,
    seen: seen(ArticleStatusSchema),
    editor,
  }),
  'articles.tag': z.strictObject({
    id,
    tagId: id,
    on: z.boolean(),
    seen: seen(z.boolean()),
    editor,
  }),
  'facts.tag': z.strictObject({ id, tagId: id, on: z.boolean(), seen: seen(z.boolean()), editor }),
  'articles.history': z.strictObject({ id }),
  /** Cleans the article again with the current pipeline, keeping editors' decisions on edits. */
  'articles.reclean': z.strictObject({ id }),
  'tags.create': z.strictObject({
    name: tagName,
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #2f6f5e')
      .default('#6b7280'),
    description: z.string().max(500).default(''),
  }),
  'tags.list': z.strictObject({}),
  'facts.setStatus': z.strictObject({
    id,
    status: FactStatusSchema,
    seen: seen(FactStatusSchema),
    editor,
  }),
  /** Accept or revert one of the cleaner's edits; facts are re-anchored on the new text. */
  'edits.setState': z.strictObject({
    id,
    state: EditStateSchema,
    seen: seen(EditStateSchema),
    editor,
  }),
  'decisions.undo': z.strictObject({ editor }),
  'decisions.redo': z.strictObject({ editor }),
  /** `facts: false` leaves the facts out (the desk fetches them alongside, with facts.ofArticle). */
  'articles.get': z.strictObject({ id, facts: z.boolean().default(true) }),
  'facts.ofArticle': z.strictObject({ id }),
  /** Every fact that corroborates or contradicts one fact (an opened article lists a few). */
  'facts.related': z.strictObject({ id }),
  'settings.get': z.strictObject({}),
  'settings.set': z.strictObject({
    editor: editor.optional(),
    language: z.enum(['en', 'zh']).optional(),
    theme: z.enum(['light', 'dark']).optional(),
  }),
  /** Accept or revert every edit of a rule, in one article or (without articleId) everywhere. */
  'edits.setStateByRule': z.strictObject({
    rule: z.string().min(1).max(100),
    articleId: id.optional(),
    state: EditorEditStateSchema,
    editor,
  }),
  /** The editor's own version of the cleaned text, recorded as manual edits on the raw text. */
  'articles.editCleaned': z.strictObject({
    id,
    cleaned: z.string().max(MAX_ARTICLE_CHARS, {
      error: (issue) =>
        articleTooLongMessage(typeof issue.input === 'string' ? issue.input.length : 0),
    }),
    /**
     * textDigest of the cleaned text the editor began from: when another editor changed
     * the text since, the edit is refused (a conflict) instead of putting back what they
     * removed, or taking out what they restored.
     */
    seen: seen(z.string().max(64)),
    editor,
  }),
  'facts.setStatusMany': z.strictObject({
    ids: z.array(id).min(1).max(5_000),
    status: FactStatusSchema,
    editor,
  }),
  /** Correct a fact's normalized value (a number, an ISO date or a name). */
  'facts.setValue': z.strictObject({
    id,
    value: z.union([z.number().finite(), z.string().trim().min(1).max(500)]),
    seen: seen(z.union([z.number(), z.string().max(100_000)]).nullable()),
    editor,
  }),
  /**
   * Renames, recolours or redescribes a tag: a decision (its undo gives back what changed).
   * `seen`: the fields as the editor's desk showed them; changed since by someone else, the
   * edit is refused as a conflict.
   */
  'tags.update': z.strictObject({
    id,
    name: tagName.optional(),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #2f6f5e')
      .optional(),
    description: z.string().max(500).optional(),
    seen: seen(
      z.strictObject({
        name: z.string().optional(),
        colour: z.string().optional(),
        description: z.string().optional(),
      }),
    ),
    editor,
  }),
  /**
   * Every article and fact tagged `from` gets `into`; `from` is then deleted. A decision:
   * one undo brings `from` back on exactly what it was on, and takes `into` off what only
   * the merge put it on.
   */
  'tags.merge': z.strictObject({ from: id, into: id, editor }),
  /** How many articles and facts carry each tag. */
  'tags.usage': z.strictObject({}),
  /** Deletes a tag and takes it off everything; a decision, so one undo brings all back. */
  'tags.delete': z.strictObject({ id, editor }),
  /** The review queue: the next pending article, those needing attention first. */
  'articles.next': z.strictObject({ after: id.optional() }),
  'corpus.dashboard': z.strictObject({}),
  'spam.list': z.strictObject({}),
  /** Reads the newest `sample` articles for phrases injected across them (not on the list yet). */
  'spam.suggest': z.strictObject({ sample: z.number().int().min(10).max(5_000).default(2_000) }),
  'conversion.get': z.strictObject({}),
  /** Convert the script on import and re-clean (OpenCC, as explained edits), or null: off. */
  'conversion.set': z.strictObject({ to: z.enum(['Hans', 'Hant']).nullable() }),
  /** Replaces the corpus's spam list (null: back to the default); later imports and re-cleans use it. */
  'spam.set': z.strictObject({
    phrases: z.array(z.string().max(200)).max(5_000).nullable(),
    /**
     * The list the editor's dialog showed (spam.list's phrases): when another editor
     * saved the list since, this save is refused rather than dropping what they added.
     */
    seen: seen(z.array(z.string().max(200)).max(5_000)),
  }),
  'articles.export': z.strictObject({
    format: z.enum(exportFormats).default('jsonl'),
    status: z.enum(['any', ...articleStatuses]).default('any'),
    tag: tagName.optional(),
    language: z.string().min(1).max(16).optional(),
    source: z.string().min(1).max(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    query: z.string().max(200).optional(),
    /** Recorded in a bundle's manifest as its author. */
    editor: editor.default('winnow'),
    /** A file path on the machine that runs the service (a folder for Markdown). */
    out: z.string().min(1).max(4096),
  }),
  'bundles.verify': z.strictObject({ path: z.string().min(1).max(4096) }),
  'bundles.import': z.strictObject({ path: z.string().min(1).max(4096) }),
  /** `again`: forget every kept share first and build them all anew. */
  'bundles.prepare': z.strictObject({ again: z.boolean().default(false) }),
  /**
   * Removes a stretch of the article as an editor's edit of that kind (`pane` says which
   * text the offsets are in); `toEnd` takes everything from `start` to the end. Facts
   * quoted from the removed text are dropped with it; one undo brings both back.
   */
  'articles.removeText': z.strictObject({
    id,
    pane: z.enum(['raw', 'cleaned']),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    as: z.enum(removalKinds).default('other'),
    toEnd: z.boolean().default(false),
    /**
     * The selected text as the desk showed it: when the pane's text at these offsets is
     * another now (another editor changed the article), nothing is removed (a conflict).
     */
    seen: seen(z.string().max(MAX_ARTICLE_CHARS)),
    /**
     * textDigest of the cleaned text the desk showed. The selection alone cannot tell a
     * moved text from the same one: after a re-clean (or another editor's edit) the same
     * offsets may hold the same characters of another sentence, and "to the end" reaches
     * text the editor never saw. When it differs, nothing is removed (a conflict).
     */
    seenCleaned: seen(z.string().max(64)),
    editor,
  }),
  /**
   * The cleaner removes this block wherever it appears from now on: in the articles of
   * this article's source, or in the whole corpus. It is removed from this article at
   * once (its facts dropped with it), from the others when they are cleaned again.
   */
  'articles.removeBlock': z.strictObject({
    id,
    text: z.string().trim().min(4).max(20_000),
    scope: z.enum(['source', 'corpus']),
    editor,
  }),
  'blocks.list': z.strictObject({}),
  /** Stops (or starts again) removing a block; a decision with undo. */
  'blocks.set': z.strictObject({
    text: z.string().trim().min(4).max(20_000),
    source: z.string().min(1).max(200).nullable(),
    /** The article the block was taught from (as blocks.list gives it). */
    articleId: id,
    on: z.boolean(),
    editor,
  }),
  /** An editor's title, date or source; an editor's title is kept by later re-cleans. */
  'articles.setFields': z
    .strictObject({
      id,
      title: z.string().trim().min(1).max(500).optional(),
      publishedAt: isoDate.nullable().optional(),
      sourceName: z.string().trim().min(1).max(200).nullable().optional(),
      editor,
    })
    .refine(
      (p) => p.title !== undefined || p.publishedAt !== undefined || p.sourceName !== undefined,
      'expected a title, a date or a source',
    ),
  'articles.setStatusMany': z.strictObject({
    ids: z.array(id).min(1).max(5_000),
    status: ArticleStatusSchema,
    editor,
  }),
  'articles.tagMany': z.strictObject({
    ids: z.array(id).min(1).max(5_000),
    tagId: id,
    on: z.boolean(),
    editor,
  }),
  'edits.setStateMany': z.strictObject({
    ids: z.array(id).min(1).max(5_000),
    state: EditorEditStateSchema,
    editor,
  }),
  /** The cleaner's rules that made edits in this corpus, with how many, for the list's filter. */
  'edits.rules': z.strictObject({}),
  'corpus.stats': z.strictObject({}),
  'corpus.check': z.strictObject({ fix: z.boolean().default(false) }),
} as const;

export type MethodValues = {
  'articles.import': ImportReport;
  'articles.list': ArticlePage;
  'articles.get': Article;
  'facts.ofArticle': Fact[];
  'facts.related': { corroboratedBy: RelatedFact[]; contradictedBy: RelatedFact[] };
  /** The decision written, or null when nothing changed. */
  'articles.setStatus': Decision | null;
  'articles.tag': Decision | null;
  'facts.tag': Decision | null;
  'articles.history': Decision[];
  'articles.reclean': RecleanReport;
  'tags.create': Tag;
  'tags.list': Tag[];
  'facts.setStatus': Decision | null;
  'edits.setState': Decision | null;
  /** The undo row written, or null when there is nothing to undo. */
  'decisions.undo': Decision | null;
  'decisions.redo': Decision | null;
  'articles.export': ExportSummary;
  'settings.get': Settings;
  'settings.set': Settings;
  'edits.setStateByRule': Decision | null;
  'articles.editCleaned': Decision | null;
  'facts.setStatusMany': Decision | null;
  'facts.setValue': Decision | null;
  'tags.update': Decision | null;
  'tags.merge': Decision | null;
  'tags.usage': TagUsage[];
  'tags.delete': Decision | null;
  'articles.next': NextArticle;
  'corpus.dashboard': Dashboard;
  'spam.list': SpamPhrases;
  'spam.suggest': SpamSuggestions;
  'conversion.get': { to: 'Hans' | 'Hant' | null };
  'conversion.set': { to: 'Hans' | 'Hant' | null };
  'spam.set': SpamPhrases;
  'bundles.verify': BundleCheck;
  'bundles.import': BundleImportReport;
  'bundles.prepare': BundlePrepareReport;
  'corpus.stats': CorpusStats;
  'corpus.check': CorpusCheck;
  'articles.removeText': Decision | null;
  'articles.removeBlock': Decision | null;
  'blocks.list': CleaningBlock[];
  'blocks.set': Decision | null;
  'articles.setFields': Decision | null;
  'articles.setStatusMany': Decision | null;
  'articles.tagMany': Decision | null;
  'edits.setStateMany': Decision | null;
  'edits.rules': Array<{ rule: string; edits: number }>;
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
