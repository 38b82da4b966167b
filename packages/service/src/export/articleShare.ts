import { RULE } from '@winnow/contract/plain';
import { createHash } from 'node:crypto';
import {
  annotationJson,
  articleFact,
  articleLine,
  articleLineWith,
  BUNDLE_FORMAT_VERSION,
  factAnnotationJson,
  factLine,
  writeShares,
} from '@winnow/bundle/write';
import type { AnnotatedFact, ListedFact, ShareSink } from '@winnow/bundle/write';
import type { BundleArticle } from '@winnow/bundle';
// The keys alone: an export thread need not load the extractors.
import { corroborationKey, topicKey } from '@winnow/facts/corroboration';
import { codePointIndex } from '@winnow/facts/offsets';

/** The bundle files in which each article has a share of its own. */
export const SHARED_PARTS = ['articles.jsonl', 'facts.jsonl', 'annotations.jsonld'] as const;
export type SharedPart = (typeof SHARED_PARTS)[number];

/**
 * The one share kept between exports (bundle_fragment), deflated. The article's other
 * shares are written from it when the bundle is: its annotations say nothing its facts'
 * lines do not (annotationAt), its line of articles.jsonl lists those facts (articleFact)
 * beside texts, edits and tags the article's own rows hold. Keeping all three took 2.2×
 * the raw files at 100,000 articles; this one, about a third of that.
 */
export const KEPT_PART = 'facts.jsonl' satisfies SharedPart;
/** Kept shares are compressed once, in the background, and copied into every bundle: level 6 makes them a fifth smaller than the export's own level 1. */
export const KEPT_DEFLATE_LEVEL = 6;

/**
 * One article's share of each named file, as text: its line of articles.jsonl, its facts'
 * lines of facts.jsonl, its facts' annotations joined by the commas between them (the
 * writer puts a comma between two articles' annotations and the collection around them).
 */
export function articleShare(
  record: BundleArticle,
  names: readonly SharedPart[],
): Partial<Record<SharedPart, string>> {
  const share: Partial<Record<SharedPart, string>> = {};
  const codePoint =
    names.includes('facts.jsonl') || names.includes('annotations.jsonld')
      ? codePointIndex(record.cleaned)
      : null;
  for (const name of names) {
    if (name === 'articles.jsonl') share[name] = articleLine(record);
    else if (name === 'facts.jsonl') {
      let text = '';
      for (const fact of record.facts)
        text += `${JSON.stringify(
          factLine(record, fact, codePoint!, {
            corroborationKey: corroborationKey(fact),
            topicKey: topicKey(fact),
          }),
        )}\n`;
      share[name] = text;
    } else
      share[name] = record.facts
        .map((fact) => factAnnotationJson(record, fact, codePoint!))
        .join(',\n');
  }
  return share;
}

/**
 * All three shares at once (shareTexts: one pass over the facts, each field escaped once):
 * the same text as `articleShare(record, SHARED_PARTS)`, which an export writes for every
 * article nothing was kept for.
 */
export function allShares(record: BundleArticle): Record<SharedPart, string> {
  const texts = { article: '', facts: '', annotations: '' };
  writeAllShares(record, {
    article: (text) => (texts.article += text),
    fact: (text) => (texts.facts += text),
    annotation: (text) => (texts.annotations += text),
  });
  return {
    'articles.jsonl': texts.article,
    'facts.jsonl': texts.facts,
    'annotations.jsonld': texts.annotations,
  };
}

/** The same, a piece at a time into `sink` (writeShares). */
export function writeAllShares(record: BundleArticle, sink: ShareSink): void {
  writeShares(record, codePointIndex(record.cleaned), factKeys, sink);
}

const factKeys = (fact: BundleArticle['facts'][number]) => ({
  corroborationKey: corroborationKey(fact),
  topicKey: topicKey(fact),
});

/** What a line of facts.jsonl gives back when read: enough to annotate and to list the fact. */
type KeptFactLine = AnnotatedFact &
  ListedFact & { article: string; startCodePoint: number | null; endCodePoint: number | null };

/**
 * An article's shares of articles.jsonl and annotations.jsonld, written from its kept
 * share of facts.jsonl (`factsText`, the lines as the bundle holds them) and its record
 * read without its facts: the same bytes as articleShare builds from the whole record.
 */
export function sharesFromFacts(
  record: BundleArticle,
  factsText: string,
): Record<'articles.jsonl' | 'annotations.jsonld', string> {
  // Every line ends with a newline, and JSON.stringify writes none inside one.
  const lines =
    factsText === ''
      ? []
      : factsText
          .slice(0, -1)
          .split('\n')
          .map((line) => JSON.parse(line) as KeptFactLine);
  const annotations = lines.map((line) =>
    annotationJson(
      line.article,
      line,
      line.startCodePoint === null ? null : { start: line.startCodePoint, end: line.endCodePoint! },
    ),
  );
  return {
    'articles.jsonl': articleLineWith(record, lines.map(articleFact)),
    'annotations.jsonld': annotations.join(',\n'),
  };
}

/**
 * An article with one of everything a share can hold: an edit, tags, a fact anchored
 * after a character outside the Basic Multilingual Plane (so code points and UTF-16
 * offsets differ) and one that lost its anchor.
 */
export const SAMPLE: BundleArticle = {
  id: 7,
  sourcePath: '/desk/in/sample.html',
  sha256: 'a'.repeat(64),
  encoding: 'gb18030',
  title: '样例',
  publishedAt: '2026-01-02',
  sourceName: '某报',
  language: 'zh',
  script: 'Hans',
  status: 'approved',
  raw: '𠀀中国已与80多个国家签署协议。广告',
  cleaned: '𠀀中国已与80多个国家签署协议。',
  tags: ['checked'],
  edits: [
    {
      id: 3,
      start: 17,
      end: 19,
      replacement: '',
      rule: RULE.spamPhrase,
      reason: 'spam',
      confidence: 0.9,
      state: 'applied',
      origin: 'pipeline',
    },
  ],
  facts: [
    {
      id: 11,
      kind: 'quantity',
      quote: '80多个国家',
      start: 6,
      end: 12,
      prefix: '𠀀中国已与',
      suffix: '签署协议。',
      value: 80,
      valueMax: null,
      unit: '国家',
      subject: 'country',
      qualifier: 'more_than',
      role: null,
      speaker: null,
      confidence: 0.85,
      extractor: 'zh-numbers',
      extractorVersion: '1',
      orphan: false,
      status: 'approved',
      tags: ['checked'],
      corroboratedBy: [],
      contradictedBy: [],
    },
    {
      id: 12,
      kind: 'organization',
      quote: '科学技术部',
      start: -1,
      end: -1,
      prefix: '',
      suffix: '',
      value: '科学技术部',
      valueMax: null,
      unit: null,
      subject: null,
      qualifier: null,
      role: 'source',
      speaker: '王',
      confidence: 0.7,
      extractor: 'organizations',
      extractorVersion: '1',
      orphan: true,
      status: 'pending',
      tags: [],
      corroboratedBy: [],
      contradictedBy: [],
    },
  ],
};

let recipe: string | null = null;

/**
 * Names the code that builds kept shares: the format version and a hash of which share is
 * kept and the sample's. Any change to how it is written changes the sample's, so
 * fragments kept from before the change (or of other parts) are never used.
 */
export function shareRecipe(): string {
  if (recipe === null) {
    const digest = createHash('sha256')
      .update(JSON.stringify([KEPT_PART, articleShare(SAMPLE, [KEPT_PART])]))
      .digest('hex');
    recipe = `${BUNDLE_FORMAT_VERSION}-${digest.slice(0, 16)}`;
  }
  return recipe;
}
