import type { Fact } from '@winnow/contract';
import { annotationJson } from './annotations.ts';
import { articleFact, articleLine, factLine } from './lines.ts';
import type { BundleArticle, FactKeys } from './lines.ts';

/**
 * An article's text in each of the bundle's three files that grow with its facts, written
 * in one pass over the facts: the same bytes as `articleLine(record)`, the facts' lines
 * (`JSON.stringify(factLine(…))` each, with its newline) and their annotations
 * (`annotationJson`, joined by ',\n').
 *
 * Why: an export writes every fact of the corpus into all three files. Built as objects
 * and serialised one file at a time, each fact cost three objects, a list entry and the
 * same quote escaped three times (prefix and suffix twice); here each field is escaped
 * once and the texts are joined directly.
 *
 * A value JSON.stringify writes differently on its own than inside an object (undefined,
 * a function, an object) would not give the same bytes; a fact with one takes the
 * objects instead.
 */
export type ShareTexts = { article: string; facts: string; annotations: string };

const json = JSON.stringify;

/** A value JSON.stringify writes the same at the top level as inside an object. */
const plain = (value: unknown): boolean =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean';

function writtenDirectly(fact: Fact, keys: FactKeys): boolean {
  return (
    plain(fact.id) &&
    typeof fact.kind === 'string' &&
    typeof fact.quote === 'string' &&
    typeof fact.prefix === 'string' &&
    typeof fact.suffix === 'string' &&
    typeof fact.start === 'number' &&
    typeof fact.end === 'number' &&
    plain(fact.value) &&
    plain(fact.valueMax) &&
    plain(fact.unit) &&
    plain(fact.subject) &&
    plain(fact.qualifier) &&
    plain(fact.role) &&
    plain(fact.speaker) &&
    plain(fact.confidence) &&
    plain(fact.extractor) &&
    plain(fact.extractorVersion) &&
    plain(fact.orphan) &&
    plain(fact.status) &&
    Array.isArray(fact.tags) &&
    fact.tags.every((tag) => typeof tag === 'string') &&
    plain(keys.corroborationKey) &&
    plain(keys.topicKey)
  );
}

/**
 * The start of the record's line as articleLine writes it, up to its facts' list
 * (`..."facts":[`), or null when the facts key is not the record's last (articleLineWith
 * keeps its place: the entries could not follow at the end).
 */
function articleHead(record: BundleArticle): string | null {
  const keys = Object.keys(record);
  if (keys[keys.length - 1] !== 'facts') return null;
  const empty = json({ ...record, facts: [] });
  if (!empty.endsWith('"facts":[]}')) return null;
  return empty.slice(0, -2);
}

/** jsonlLine's escapes, on a piece of a line: U+2028/U+2029 are single units, cut nowhere. */
function escapedPiece(text: string): string {
  if (!text.includes('\u2028') && !text.includes('\u2029')) return text;
  return text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Where the texts go, a piece at a time and in each file's order: the article's line in
 * pieces (its end included), each fact's line, each annotation (after the first, led by
 * ',\n'). A writer that encodes each piece at once holds no share whole as a string.
 */
export type ShareSink = {
  article(text: string): void;
  fact(text: string): void;
  annotation(text: string): void;
};

/** The three texts whole, as strings (shareTexts). */
export function shareTexts(
  record: BundleArticle,
  codePoint: (utf16Offset: number) => number,
  keysOf: (fact: Fact) => FactKeys,
): ShareTexts {
  const texts: ShareTexts = { article: '', facts: '', annotations: '' };
  writeShares(record, codePoint, keysOf, {
    article: (text) => (texts.article += text),
    fact: (text) => (texts.facts += text),
    annotation: (text) => (texts.annotations += text),
  });
  return texts;
}

export function writeShares(
  record: BundleArticle,
  codePoint: (utf16Offset: number) => number,
  keysOf: (fact: Fact) => FactKeys,
  sink: ShareSink,
): void {
  const sha = record.sha256;
  // The article's own fields in every fact's line: written directly when they are plain.
  const direct = typeof sha === 'string' && typeof record.id === 'number';
  const head = `{"article":${json(sha)},"articleId":${json(record.id)},"id":`;
  const articleStart = articleHead(record);
  if (articleStart !== null) sink.article(escapedPiece(articleStart));
  for (let i = 0; i < record.facts.length; i++) {
    const fact = record.facts[i]!;
    const keys = keysOf(fact);
    const span =
      fact.start >= 0 ? { start: codePoint(fact.start), end: codePoint(fact.end) } : null;
    if (!direct || !writtenDirectly(fact, keys)) {
      sink.fact(`${json(factLine(record, fact, codePoint, keys))}\n`);
      sink.annotation((i > 0 ? ',\n' : '') + annotationJson(sha, fact, span));
      if (articleStart !== null)
        sink.article(escapedPiece((i > 0 ? ',' : '') + json(articleFact(fact))));
      continue;
    }
    const id = json(fact.id);
    const kind = json(fact.kind);
    const quote = json(fact.quote);
    const prefix = json(fact.prefix);
    const suffix = json(fact.suffix);
    const value = json(fact.value);
    const valueMax = json(fact.valueMax);
    const unit = json(fact.unit);
    const subject = json(fact.subject);
    const qualifier = json(fact.qualifier);
    const role = json(fact.role);
    const speaker = json(fact.speaker);
    const status = json(fact.status);
    const tags = json(fact.tags);
    const start = json(fact.start);
    const end = json(fact.end);
    sink.fact(
      `${head}${id},"kind":${kind},"quote":${quote},"start":${start},"end":${end},"prefix":${prefix},"suffix":${suffix},"value":${value},"valueMax":${valueMax},"unit":${unit},"subject":${subject},"qualifier":${qualifier},"role":${role},"speaker":${speaker},"confidence":${json(fact.confidence)},"extractor":${json(fact.extractor)},"extractorVersion":${json(fact.extractorVersion)},"orphan":${json(fact.orphan)},"status":${status},"tags":${tags},"startCodePoint":${span ? json(span.start) : 'null'},"endCodePoint":${span ? json(span.end) : 'null'},"corroborationKey":${json(keys.corroborationKey)},"topicKey":${json(keys.topicKey)}}\n`,
    );
    if (articleStart !== null)
      sink.article(
        escapedPiece(
          `${i > 0 ? ',' : ''}{"id":${id},"kind":${kind},"quote":${quote},"start":${start},"end":${end},"value":${value},"unit":${unit},"qualifier":${qualifier},"role":${role},"status":${status},"tags":${tags}}`,
        ),
      );
    // annotationJson's text, its fields escaped above (the body is a JSON text in a string).
    const body = json(
      `{"kind":${kind},"value":${value},"valueMax":${valueMax},"unit":${unit},"subject":${subject},"qualifier":${qualifier},"role":${role},"speaker":${speaker},"status":${status}}`,
    );
    const exact = `{"type":"TextQuoteSelector","exact":${quote},"prefix":${prefix},"suffix":${suffix}}`;
    const selector = span
      ? `[${exact},{"type":"TextPositionSelector","start":${json(span.start)},"end":${json(span.end)}}]`
      : exact;
    sink.annotation(
      `${i > 0 ? ',\n' : ''}{"id":${json(`urn:winnow:fact:${sha}:${fact.id}`)},"type":"Annotation","motivation":"describing","body":{"type":"TextualBody","purpose":"describing","format":"application/json","value":${body}},"target":{"source":${json(`urn:sha256:${sha}`)},"selector":${selector}}}`,
    );
  }
  sink.article(articleStart === null ? articleLine(record) : ']}\n');
}
