import type { ArticleSummary } from './article.ts';
import type { DecisionAction, IdKind } from './decisions.ts';

/**
 * What the service's methods answer with (methods.ts maps each method to one): reports,
 * pages, the decision log's rows, the desk's figures.
 */

/** Per-file outcome of an import, shown to the editor as the import report. */
export type ImportFileOutcome = {
  path: string;
  outcome: 'imported' | 'duplicate' | 'skipped' | 'failed';
  articleId: number | null;
  message: string | null;
};

export type ImportReport = {
  jobId: number;
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
  /** true when there are more than `total` matches (counting stops at a cap). */
  totalIsCapped: boolean;
};

/** One row of the decision log: who did what to which thing, and what it was before. */
export type Decision = {
  id: number;
  at: string;
  editor: string;
  kind: 'act' | 'undo' | 'redo';
  /** One of the registry's actions (decisions.ts): what the decision means. */
  action: DecisionAction;
  targetType: IdKind;
  targetId: number;
  articleId: number | null;
  before: unknown;
  after: unknown;
  reverts: number | null;
};

export type Tag = { id: number; name: string; colour: string; description: string };
export type TagUsage = { id: number; articles: number; facts: number };

export type CorpusCheck = {
  ok: boolean;
  problems: Array<{ check: string; message: string; fixable: boolean; fixed: boolean }>;
};

export const exportFormats = ['bundle', 'jsonl', 'csv', 'md', 'claimreview'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export type ExportSummary = {
  path: string;
  format: ExportFormat;
  articles: number;
  /** Facts written (CSV, bundle, ClaimReview); for JSONL and Markdown, inside the articles. */
  facts: number;
  bytes: number;
};

/** What importing a bundle did, and every place where the two corpora disagreed. */
export type BundleImportReport = {
  articles: { added: number; merged: number };
  facts: { added: number; updated: number };
  /**
   * `merged`: names of the bundle's that this corpus had merged into another tag (the
   * merge in force), and the tag their articles, facts and decisions landed on.
   */
  tags: { added: number; merged: Array<{ name: string; into: string }> };
  decisions: { added: number; alreadyPresent: number };
  conflicts: Array<{
    target: string;
    field: string;
    ours: unknown;
    theirs: unknown;
    kept: 'ours' | 'theirs';
    why: string;
  }>;
};

/**
 * What preparing the corpus for export did: each article's share of a bundle's larger
 * files is built once and kept until the article changes, so an export copies it.
 */
export type BundlePrepareReport = {
  /** Articles whose shares were built now. */
  prepared: number;
  /** Articles that lacked current shares when the work began. */
  lacking: number;
  /** Shares that an earlier version of Winnow built, removed. */
  removed: number;
  /** False when the work was stopped before every article had its shares. */
  finished: boolean;
};

export type BundleCheck = {
  ok: boolean;
  formatVersion: number | null;
  counts: { articles: number; facts: number; tags: number; decisions: number } | null;
  problems: string[];
};

/** What re-cleaning an article with the current pipeline changed. */
export type RecleanReport = {
  articleId: number;
  pipelineVersion: number;
  /**
   * `decisionsKept`: edits an editor accepted or reverted, kept as decided (the cleaner's
   * edits it no longer makes among them). `toReview`: the new cleaner's edits over a
   * stretch an editor decided or typed — stored proposed, not applied, for an editor to decide.
   */
  edits: { before: number; after: number; decisionsKept: number; toReview: number[] };
  cleanedChanged: boolean;
  /** How each fact found its evidence again in the new cleaned text. */
  facts: { position: number; quote: number; fuzzy: number; orphan: number };
};

export type CorpusStats = {
  articles: number;
  byStatus: Record<string, number>;
  byLanguage: Record<string, number>;
};

/** Per-machine preferences the desk keeps in the corpus: who is editing, how it looks. */
export type Settings = {
  editor: string | null;
  language: 'en' | 'zh' | null;
  theme: 'light' | 'dark' | null;
};

/**
 * A block of text an editor asked the cleaner to remove wherever it appears: in the
 * articles of one source, or (source null) in the whole corpus.
 */
export type CleaningBlock = {
  text: string;
  source: string | null;
  /** The article it was taught from. */
  articleId: number;
};

/** How an editor removes a selection: as which kind of unwanted text. */
export const removalKinds = ['chrome', 'spam', 'other'] as const;
export type RemovalKind = (typeof removalKinds)[number];

/** The injected-spam phrases the cleaner removes in this corpus. */
export type SpamPhrases = { phrases: string[]; isDefault: boolean };

/** Phrases that recur across the corpus's articles and read as injected: for the editor to judge. */
export type SpamSuggestions = {
  /** How many of the newest articles were read. */
  scanned: number;
  phrases: { phrase: string; articles: number; examples: string[] }[];
};

/** The next article that needs an editor, and why it was chosen. */
export type NextArticle = {
  id: number | null;
  reason: 'proposed_edits' | 'pending_facts' | 'warnings' | 'pending' | null;
  /** Pending articles left, this one included. */
  remaining: number;
};

export type Dashboard = {
  byStatus: Record<string, number>;
  /** Decisions per day (most recent 30 days with any), by what was decided. */
  reviewByDay: Array<{ day: string; articles: number; facts: number; edits: number }>;
  factsByKind: Array<{ kind: string; pending: number; approved: number; rejected: number }>;
  /** The rules that change most text, with how editors treated their edits. */
  rules: Array<{
    rule: string;
    applied: number;
    proposed: number;
    accepted: number;
    reverted: number;
  }>;
  warnings: {
    articles: number;
    examples: Array<{ id: number; title: string | null; warnings: string[] }>;
  };
};
