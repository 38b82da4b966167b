import { RULE } from '@winnow/contract';
import { createHash } from 'node:crypto';
import { articleLine, BUNDLE_FORMAT_VERSION, factAnnotation, factLine } from '@winnow/bundle/write';
import type { BundleArticle } from '@winnow/bundle';
// The keys alone: an export thread need not load the extractors.
import { corroborationKey, topicKey } from '@winnow/facts/corroboration';
import { codePointIndex } from '@winnow/facts/offsets';

/** The bundle files in which each article has a share of its own, kept between exports. */
export const KEPT_PARTS = ['articles.jsonl', 'facts.jsonl', 'annotations.jsonld'] as const;
export type KeptPart = (typeof KEPT_PARTS)[number];

/**
 * One article's share of each named file, as text: its line of articles.jsonl, its facts'
 * lines of facts.jsonl, its facts' annotations joined by the commas between them (the
 * writer puts a comma between two articles' annotations and the collection around them).
 */
export function articleShare(
  record: BundleArticle,
  names: readonly KeptPart[],
): Partial<Record<KeptPart, string>> {
  const share: Partial<Record<KeptPart, string>> = {};
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
        .map((fact) => JSON.stringify(factAnnotation(record, fact, codePoint!)))
        .join(',\n');
  }
  return share;
}

/**
 * An article with one of everything a share can hold: an edit, tags, a fact anchored
 * after a character outside the Basic Multilingual Plane (so code points and UTF-16
 * offsets differ) and one that lost its anchor.
 */
const SAMPLE: BundleArticle = {
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
 * Names the code that builds shares: the format version and a hash of the sample's
 * shares. Any change to how a share is written changes the sample's, so fragments kept
 * from before the change are never used.
 */
export function shareRecipe(): string {
  if (recipe === null) {
    const digest = createHash('sha256')
      .update(JSON.stringify(articleShare(SAMPLE, KEPT_PARTS)))
      .digest('hex');
    recipe = `${BUNDLE_FORMAT_VERSION}-${digest.slice(0, 16)}`;
  }
  return recipe;
}
