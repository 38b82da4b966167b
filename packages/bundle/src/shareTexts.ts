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

/**
 * JSON texts of the values facts repeat (kinds, units, subjects, statuses, extractors,
 * keys, small values), kept rather than escaped again for each of hundreds of thousands of
 * facts: each escape was a new string, and garbage. `inner`: the same text escaped again,
 * as it stands inside a JSON string (an annotation's body). Bounded: a corpus of distinct
 * values clears it now and then.
 */
class Words {
  private readonly texts = new Map<string, string>();
  private readonly inners = new Map<string, string>();

  json(value: string | number | boolean | null): string {
    if (typeof value !== 'string') return json(value);
    let text = this.texts.get(value);
    if (text === undefined) {
      text = json(value);
      if (this.texts.size >= WORDS_KEPT) this.texts.clear();
      this.texts.set(value, text);
    }
    return text;
  }

  inner(value: string | number | boolean | null): string {
    // A number's, a boolean's or null's JSON text has nothing to escape.
    if (typeof value !== 'string') return json(value);
    let text = this.inners.get(value);
    if (text === undefined) {
      text = json(json(value)).slice(1, -1);
      if (this.inners.size >= WORDS_KEPT) this.inners.clear();
      this.inners.set(value, text);
    }
    return text;
  }
}

const WORDS_KEPT = 20_000;
const words = new Words();

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
    const kind = words.json(fact.kind);
    const quote = json(fact.quote);
    const prefix = json(fact.prefix);
    const suffix = json(fact.suffix);
    const value = words.json(fact.value);
    const valueMax = words.json(fact.valueMax);
    const unit = words.json(fact.unit);
    const subject = words.json(fact.subject);
    const qualifier = words.json(fact.qualifier);
    const role = words.json(fact.role);
    const speaker = words.json(fact.speaker);
    const status = words.json(fact.status);
    const tags = fact.tags.length === 0 ? '[]' : json(fact.tags);
    const start = json(fact.start);
    const end = json(fact.end);
    sink.fact(
      `${head}${id},"kind":${kind},"quote":${quote},"start":${start},"end":${end},"prefix":${prefix},"suffix":${suffix},"value":${value},"valueMax":${valueMax},"unit":${unit},"subject":${subject},"qualifier":${qualifier},"role":${role},"speaker":${speaker},"confidence":${json(fact.confidence)},"extractor":${words.json(fact.extractor)},"extractorVersion":${words.json(fact.extractorVersion)},"orphan":${json(fact.orphan)},"status":${status},"tags":${tags},"startCodePoint":${span ? json(span.start) : 'null'},"endCodePoint":${span ? json(span.end) : 'null'},"corroborationKey":${words.json(keys.corroborationKey)},"topicKey":${words.json(keys.topicKey)}}\n`,
    );
    if (articleStart !== null)
      sink.article(
        escapedPiece(
          `${i > 0 ? ',' : ''}{"id":${id},"kind":${kind},"quote":${quote},"start":${start},"end":${end},"value":${value},"unit":${unit},"qualifier":${qualifier},"role":${role},"status":${status},"tags":${tags}}`,
        ),
      );
    // annotationJson's body: the JSON text of the fact's description, as a string. Escaping
    // goes character by character, so the string is the escaped pieces joined.
    const body = `"{\\"kind\\":${words.inner(fact.kind)},\\"value\\":${words.inner(fact.value)},\\"valueMax\\":${words.inner(fact.valueMax)},\\"unit\\":${words.inner(fact.unit)},\\"subject\\":${words.inner(fact.subject)},\\"qualifier\\":${words.inner(fact.qualifier)},\\"role\\":${words.inner(fact.role)},\\"speaker\\":${words.inner(fact.speaker)},\\"status\\":${words.inner(fact.status)}}"`;
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
