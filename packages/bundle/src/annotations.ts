import type { ExportRecord, Fact } from '@winnow/contract';

/**
 * W3C Web Annotation for a fact: its evidence as a TextQuoteSelector (exact, prefix,
 * suffix) and a TextPositionSelector (start, end in Unicode code points, as the model
 * requires) on the article's cleaned text, which the bundle identifies by the source
 * file's hash. The body describes the fact in Winnow's terms.
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function factAnnotation(
  article: Pick<ExportRecord, 'sha256'>,
  fact: Fact,
  codePoint: (utf16Offset: number) => number,
) {
  return annotationAt(article.sha256, fact, spanOf(fact, codePoint));
}

/** factAnnotation's text, as annotationJson writes it. */
export function factAnnotationJson(
  article: Pick<ExportRecord, 'sha256'>,
  fact: Fact,
  codePoint: (utf16Offset: number) => number,
): string {
  return annotationJson(article.sha256, fact, spanOf(fact, codePoint));
}

const spanOf = (fact: Fact, codePoint: (utf16Offset: number) => number) =>
  fact.start >= 0 ? { start: codePoint(fact.start), end: codePoint(fact.end) } : null;

/** What an annotation says of a fact: all of it is also on the fact's line of facts.jsonl. */
export type AnnotatedFact = Pick<
  Fact,
  | 'id'
  | 'quote'
  | 'prefix'
  | 'suffix'
  | 'kind'
  | 'value'
  | 'valueMax'
  | 'unit'
  | 'subject'
  | 'qualifier'
  | 'role'
  | 'speaker'
  | 'status'
>;

/** What an annotation's body says of its fact, in the one order both writers keep. */
function describedAs(fact: AnnotatedFact) {
  return {
    kind: fact.kind,
    value: fact.value,
    valueMax: fact.valueMax,
    unit: fact.unit,
    subject: fact.subject,
    qualifier: fact.qualifier,
    role: fact.role,
    speaker: fact.speaker,
    status: fact.status,
  };
}

/**
 * The annotation of a fact of the article whose source has hash `sha256`, with its span in
 * code points (null when the fact lost its anchor). An export that keeps facts.jsonl
 * writes annotations.jsonld from its lines with this, the same bytes as from the fact.
 */
export function annotationAt(
  sha256: string,
  fact: AnnotatedFact,
  span: { start: number; end: number } | null,
) {
  const selectors: unknown[] = [
    { type: 'TextQuoteSelector', exact: fact.quote, prefix: fact.prefix, suffix: fact.suffix },
  ];
  if (span) selectors.push({ type: 'TextPositionSelector', start: span.start, end: span.end });
  return {
    id: `urn:winnow:fact:${sha256}:${fact.id}`,
    type: 'Annotation',
    motivation: 'describing',
    body: {
      type: 'TextualBody',
      purpose: 'describing',
      format: 'application/json',
      value: JSON.stringify(describedAs(fact)),
    },
    target: {
      source: `urn:sha256:${sha256}`,
      selector: selectors.length === 1 ? selectors[0] : selectors,
    },
  };
}

/**
 * The same text as `JSON.stringify(annotationAt(sha256, fact, span))`, written directly:
 * an export writes one annotation per fact (hundreds of thousands), and building the
 * nested objects only to serialise them cost about a third more than the text itself.
 * Every value goes through JSON.stringify as it would in the object; a fact whose texts
 * are not all strings, or a span whose ends are not numbers (which the object would
 * serialise differently), takes the object.
 */
export function annotationJson(
  sha256: string,
  fact: AnnotatedFact,
  span: { start: number; end: number } | null,
): string {
  const { quote, prefix, suffix } = fact;
  if (typeof quote !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string')
    return JSON.stringify(annotationAt(sha256, fact, span));
  // Nor a span whose ends are not numbers: JSON.stringify(undefined) is no JSON text, where
  // the object leaves the key out.
  if (span && (typeof span.start !== 'number' || typeof span.end !== 'number'))
    return JSON.stringify(annotationAt(sha256, fact, span));
  const json = JSON.stringify;
  const body = json(describedAs(fact));
  const exact = `{"type":"TextQuoteSelector","exact":${json(quote)},"prefix":${json(prefix)},"suffix":${json(suffix)}}`;
  const selector = span
    ? `[${exact},{"type":"TextPositionSelector","start":${json(span.start)},"end":${json(span.end)}}]`
    : exact;
  return `{"id":${json(`urn:winnow:fact:${sha256}:${fact.id}`)},"type":"Annotation","motivation":"describing","body":{"type":"TextualBody","purpose":"describing","format":"application/json","value":${json(body)}},"target":{"source":${json(`urn:sha256:${sha256}`)},"selector":${selector}}}`;
}

/** The collection is written as a stream: this opening, items joined by commas, then the close. */
export function annotationCollectionOpening(label: string): string {
  return `{"@context":"${ANNOTATION_CONTEXT}","type":"AnnotationCollection","label":${JSON.stringify(label)},"first":{"type":"AnnotationPage","items":[\n`;
}
export const ANNOTATION_COLLECTION_CLOSING = '\n]}}\n';
