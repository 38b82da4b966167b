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

/** A fact with its evidence; offsets are into the cleaned text, in UTF-16 units. */
export type Fact = {
  kind: FactKind;
  quote: string;
  start: number;
  end: number;
  value: string | number | null;
  unit: string | null;
  qualifier: string | null;
  role: string | null;
  status: 'pending' | 'approved' | 'rejected';
  tags: string[];
};

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
  edits: Edit[];
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
  edits: Edit[];
  facts: Fact[];
};
