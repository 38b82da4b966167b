import { z } from 'zod';

/**
 * The desk's vocabulary, spelled once: what an editor decided about an article or a fact,
 * the state of an edit, the kinds of fact. Everything else takes these lists and types
 * (lint rule `winnow/vocabulary` refuses a list or union that spells them again).
 */
/** What an editor decides about an article or a fact; pending is no decision yet. */
export const decidedStatuses = ['approved', 'rejected'] as const;
export type DecidedStatus = (typeof decidedStatuses)[number];
export const articleStatuses = ['pending', ...decidedStatuses] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
export const ArticleStatusSchema = z.enum(articleStatuses);

/** A fact is reviewed like an article: the same three words. */
export const factStatuses = articleStatuses;
export type FactStatus = ArticleStatus;
export const FactStatusSchema = z.enum(factStatuses);

/** The states the pipeline gives an edit: applied, or proposed when it is unsure. */
export const pipelineEditStates = ['applied', 'proposed'] as const;
export type PipelineEditState = (typeof pipelineEditStates)[number];
/** The states an editor gives an edit. */
export const editorEditStates = ['accepted', 'reverted'] as const;
export type EditorEditState = (typeof editorEditStates)[number];
export const editStates = [...pipelineEditStates, ...editorEditStates] as const;
export type EditState = (typeof editStates)[number];
export const EditStateSchema = z.enum(editStates);
export const EditorEditStateSchema = z.enum(editorEditStates);

/** Writing system of Chinese text: simplified or traditional (ISO 15924). */
export type Script = 'Hans' | 'Hant';

/** One change the cleaner (or an editor) makes to the raw text; offsets are UTF-16 units. */
export type Edit = {
  start: number;
  end: number;
  replacement: string;
  rule: string;
  reason: string;
  confidence: number;
  state: EditState;
};

/** Kinds whose value is a number or a date: where two readings overlap, one stays. */
export const numericFactKinds = ['quantity', 'money', 'percentage', 'agreement', 'date'] as const;
export const factKinds = [
  'quantity',
  'money',
  'percentage',
  'date',
  'person',
  'organization',
  'place',
  'agreement',
] as const;
export type FactKind = (typeof factKinds)[number];

/** A fact in another article that agrees with, or contradicts, one of this article's. */
export type RelatedFact = {
  articleId: number;
  factId: number;
  title: string | null;
  language: string | null;
  quote: string;
  value: string | number | null;
};

/**
 * A fact with its evidence. Offsets are into the cleaned text, in UTF-16 units (exports
 * that need code points convert); an orphan lost its anchor when the text changed and has
 * start = end = -1 until an editor places it again.
 */
export type Fact = {
  id: number;
  kind: FactKind;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  /** A number (quantity, money, percentage, agreement), an ISO date, or a normalized name. */
  value: string | number | null;
  /** The top of a range: 3至5家 → value 3, valueMax 5. */
  valueMax: number | null;
  /** The counted noun or unit as written (国家, countries, 人次), or a currency code. */
  unit: string | null;
  /** What is counted, the same in every language (country, scientist). */
  subject: string | null;
  qualifier: string | null;
  role: string | null;
  /** In transcripts, who was speaking. */
  speaker: string | null;
  confidence: number;
  extractor: string;
  extractorVersion: string;
  orphan: boolean;
  status: FactStatus;
  tags: string[];
  /** Facts in other articles with the same value for the same thing (any language). */
  corroboratedBy: RelatedFact[];
  /** Facts in reports of the same event that give this thing another value. */
  contradictedBy: RelatedFact[];
};

/** An edit as stored: the cleaner's (or an editor's) change with its id for decisions. */
export type ArticleEdit = Edit & { id: number };

/** What the article list shows: no texts, so a page of them stays small. */
export type ArticleSummary = {
  id: number;
  title: string | null;
  sourceName: string | null;
  publishedAt: string | null;
  language: string | null;
  script: Script | null;
  status: ArticleStatus;
  encoding: string;
  sizeBytes: number;
  warnings: string[];
  pendingFacts: number;
  importedAt: string;
};

export type Article = ArticleSummary & {
  sourcePath: string;
  sha256: string;
  kicker: string | null;
  byline: string | null;
  raw: string;
  cleaned: string;
  /** Names of the tags on the article. */
  tags: string[];
  edits: ArticleEdit[];
  facts: Fact[];
};

/**
 * The export record: one JSON object per article. Later work fills more of it but never
 * renames a field — downstream tools depend on these names.
 */
export type ExportRecord = {
  id: number;
  sourcePath: string;
  sha256: string;
  encoding: string;
  title: string | null;
  publishedAt: string | null;
  sourceName: string | null;
  language: string | null;
  script: Script | null;
  status: ArticleStatus;
  raw: string;
  cleaned: string;
  tags: string[];
  edits: ArticleEdit[];
  facts: Fact[];
};
