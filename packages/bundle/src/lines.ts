import type { ArticleEdit, ExportRecord, Fact } from '@winnow/contract';
import { jsonlLine } from './jsonl.ts';
import type { ArticleFact } from './records.ts';

/**
 * The lines of a bundle's files, built from export records. Kept apart from the schemas
 * (records.ts) so that a thread that only writes bundles does not load a validator.
 */
export {
  ANNOTATION_COLLECTION_CLOSING,
  annotationAt,
  annotationCollectionOpening,
  annotationJson,
  factAnnotation,
  factAnnotationJson,
} from './annotations.ts';
export type { AnnotatedFact } from './annotations.ts';

/** What an article's line says of each fact: all of it is also on the fact's line of facts.jsonl. */
export type ListedFact = Pick<
  Fact,
  | 'id'
  | 'kind'
  | 'quote'
  | 'start'
  | 'end'
  | 'value'
  | 'unit'
  | 'qualifier'
  | 'role'
  | 'status'
  | 'tags'
>;

export function articleFact(fact: ListedFact): ArticleFact {
  return {
    id: fact.id,
    kind: fact.kind,
    quote: fact.quote,
    start: fact.start,
    end: fact.end,
    value: fact.value,
    unit: fact.unit,
    qualifier: fact.qualifier,
    role: fact.role,
    status: fact.status,
    tags: fact.tags,
  };
}

/** An export record whose edits say who made them (a bundle carries that, since version 4). */
export type BundleArticle = Omit<ExportRecord, 'edits'> & {
  edits: (ArticleEdit & { origin: 'pipeline' | 'manual' })[];
};

/** An article as articles.jsonl holds it: its facts listed, not described in full. */
export function articleLine(record: BundleArticle): string {
  return articleLineWith(record, record.facts.map(articleFact));
}

/** The same line with its facts listed from elsewhere (the lines of facts.jsonl); `record.facts` is not read. */
export function articleLineWith(record: BundleArticle, facts: ArticleFact[]): string {
  // The key keeps its place in the record: the line's bytes do not depend on where the facts came from.
  return jsonlLine({ ...record, facts });
}

/** Which figure a fact reports and what it counts, for grouping facts across articles. */
export type FactKeys = { corroborationKey: string | null; topicKey: string | null };

/**
 * facts.jsonl: each fact with its article, positions also in code points, and the keys
 * that group it with the facts that agree or may disagree with it.
 */
export function factLine(
  article: Pick<ExportRecord, 'id' | 'sha256'>,
  fact: Fact,
  codePoint: (utf16Offset: number) => number,
  keys: FactKeys,
) {
  const anchored = fact.start >= 0;
  // Every field named (the lists of related facts stay behind: the keys say the same).
  return {
    article: article.sha256,
    articleId: article.id,
    id: fact.id,
    kind: fact.kind,
    quote: fact.quote,
    start: fact.start,
    end: fact.end,
    prefix: fact.prefix,
    suffix: fact.suffix,
    value: fact.value,
    valueMax: fact.valueMax,
    unit: fact.unit,
    subject: fact.subject,
    qualifier: fact.qualifier,
    role: fact.role,
    speaker: fact.speaker,
    confidence: fact.confidence,
    extractor: fact.extractor,
    extractorVersion: fact.extractorVersion,
    orphan: fact.orphan,
    status: fact.status,
    tags: fact.tags,
    startCodePoint: anchored ? codePoint(fact.start) : null,
    endCodePoint: anchored ? codePoint(fact.end) : null,
    corroborationKey: keys.corroborationKey,
    topicKey: keys.topicKey,
  };
}
