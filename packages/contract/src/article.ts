import { z } from 'zod';

export const articleStatuses = ['pending', 'approved', 'rejected'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
export const ArticleStatusSchema = z.enum(articleStatuses);

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
  /** applied or proposed by the pipeline; accepted or reverted by an editor. */
  state: 'applied' | 'proposed' | 'accepted' | 'reverted';
};

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
  status: 'pending' | 'approved' | 'rejected';
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
