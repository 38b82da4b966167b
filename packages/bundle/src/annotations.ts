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
  const selectors: unknown[] = [
    { type: 'TextQuoteSelector', exact: fact.quote, prefix: fact.prefix, suffix: fact.suffix },
  ];
  if (fact.start >= 0) {
    selectors.push({
      type: 'TextPositionSelector',
      start: codePoint(fact.start),
      end: codePoint(fact.end),
    });
  }
  return {
    id: `urn:winnow:fact:${article.sha256}:${fact.id}`,
    type: 'Annotation',
    motivation: 'describing',
    body: {
      type: 'TextualBody',
      purpose: 'describing',
      format: 'application/json',
      value: JSON.stringify({
        kind: fact.kind,
        value: fact.value,
        valueMax: fact.valueMax,
        unit: fact.unit,
        subject: fact.subject,
        qualifier: fact.qualifier,
        role: fact.role,
        speaker: fact.speaker,
        status: fact.status,
      }),
    },
    target: {
      source: `urn:sha256:${article.sha256}`,
      selector: selectors.length === 1 ? selectors[0] : selectors,
    },
  };
}

/** The collection is written as a stream: this opening, items joined by commas, then the close. */
export function annotationCollectionOpening(label: string): string {
  return `{"@context":"${ANNOTATION_CONTEXT}","type":"AnnotationCollection","label":${JSON.stringify(label)},"first":{"type":"AnnotationPage","items":[\n`;
}
export const ANNOTATION_COLLECTION_CLOSING = '\n]}}\n';
