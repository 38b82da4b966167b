import { numericFactKinds } from '@winnow/contract';
import { findChineseNumbers } from './extract/chineseNumbers.ts';
import { findDates } from './extract/dates.ts';
import { findEnglishNumbers } from './extract/englishNumbers.ts';
import { findNames } from './extract/names.ts';
import { topByline } from './extract/byline.ts';
import { findPeople } from './extract/people.ts';
import { findTurns, speakerAt } from './extract/speakers.ts';
import type { ExtractedFact, ExtractOptions, FoundFact } from './types.ts';
import { chromeLines } from './shape.ts';
import { readingView } from './view.ts';

/** Bumped whenever an extractor changes what it finds; stored with every fact. */
export const EXTRACTOR_VERSION = '5';

/** How much text around a quote is kept to find it again after the text changes. */
export const CONTEXT_CHARS = 32;

const NUMERIC = new Set<string>(numericFactKinds);
/** When two numeric readings overlap, the more specific one stays. */
const PRIORITY: Record<string, number> = {
  money: 5,
  percentage: 5,
  date: 4,
  agreement: 3,
  quantity: 2,
};

/** Disjoint spans kept so far, sorted by start: overlap checks in O(log n). */
class Spans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first span whose start is ≥ `at`. */
  private seek(at: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! < at) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  overlaps(start: number, end: number): boolean {
    const i = this.seek(start);
    if (i > 0 && this.ends[i - 1]! > start) return true;
    return i < this.starts.length && this.starts[i]! < end;
  }

  add(start: number, end: number): void {
    const i = this.seek(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}

const length = (f: FoundFact) => f.end - f.start;

/** Keeps the first of each overlapping group, in the order given. */
function keepDisjoint(facts: FoundFact[], taken = new Spans()): FoundFact[] {
  const kept: FoundFact[] = [];
  for (const fact of facts) {
    if (taken.overlaps(fact.start, fact.end)) continue;
    taken.add(fact.start, fact.end);
    kept.push(fact);
  }
  return kept;
}

/** Where a person's name stands inside the person fact (its role may come before or after). */
function nameSpan(fact: FoundFact): FoundFact {
  const name = String(fact.value);
  const at = fact.end - name.length;
  if (fact.role === null || at < fact.start) return fact;
  return { ...fact, start: at, end: fact.end };
}

function resolve(found: FoundFact[]): FoundFact[] {
  // Numbers: a span belongs to one reading, the most specific.
  const numbers = keepDisjoint(
    found
      .filter((f) => NUMERIC.has(f.kind))
      .sort(
        (a, b) =>
          (PRIORITY[b.kind] ?? 0) - (PRIORITY[a.kind] ?? 0) ||
          b.confidence - a.confidence ||
          length(b) - length(a),
      ),
  );
  // Names: the longest person reading wins; an organization may sit inside a person's
  // role and is kept; a place inside either is part of that name (中国科学院).
  const longestFirst = (kind: string) =>
    found.filter((f) => f.kind === kind).sort((a, b) => length(b) - length(a) || a.start - b.start);
  const people = keepDisjoint(longestFirst('person'));
  const organizations = keepDisjoint(longestFirst('organization'));
  // People and organizations overlap each other; their union, merged, is what places avoid.
  const named = new Spans();
  // A person's role names places of its own (德国总理朔尔兹): only the name itself is taken.
  const spans = [...people.map(nameSpan), ...organizations].sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length;) {
    const start = spans[i]!.start;
    let end = spans[i]!.end;
    for (i++; i < spans.length && spans[i]!.start < end; i++) end = Math.max(end, spans[i]!.end);
    named.add(start, end);
  }
  const places = keepDisjoint(longestFirst('place')).filter((p) => !named.overlaps(p.start, p.end));
  return [...numbers, ...people, ...organizations, ...places].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

/**
 * A name is one fact however often the article repeats it: the first mention is the
 * evidence, and an editor approves 重庆 once, not at every line. Figures are kept at every
 * mention — the same number twice can be two claims.
 */
function onePerName(facts: FoundFact[]): FoundFact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    if (fact.kind !== 'place' && fact.kind !== 'organization' && fact.kind !== 'person')
      return true;
    const key = `${fact.kind}|${String(fact.value)}|${fact.role ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Paragraphs printed more than once, word for word (a teaser or digest before the body, a
 * cleaner keeping two copies): each is read once, at its last printing — the one in the
 * body's own flow, since a page repeats its text ahead of the body, not after it.
 */
function repeatedParagraphs(view: string): Spans {
  const spans = new Spans();
  // Keyed first by length and ends (hashing every whole paragraph is the costly part); only
  // paragraphs sharing that key are compared in full.
  const last = new Map<string, { text: string; at: number }[]>();
  const lines: { key: string; text: string; at: number; length: number }[] = [];
  let at = 0;
  for (const line of view.split('\n')) {
    const text = line.trim();
    if (text.length >= 20) {
      const key = `${text.length}|${text.slice(0, 24)}|${text.slice(-24)}`;
      lines.push({ key, text, at, length: line.length });
      const same = last.get(key) ?? [];
      const known = same.find((p) => p.text === text);
      if (known) known.at = at;
      else same.push({ text, at });
      last.set(key, same);
    }
    at += line.length + 1;
  }
  for (const line of lines) {
    const printed = last.get(line.key)!.find((p) => p.text === line.text)!;
    if (printed.at !== line.at) spans.add(line.at, line.at + line.length);
  }
  return spans;
}

/**
 * A name's value is spelled as on the page: the view folds 倪乾 to 倪干 to find names, but the
 * editor must see (and corroborate against) the characters the article printed.
 */
function pageSpelling(fact: FoundFact, text: string, view: string): FoundFact['value'] {
  if (fact.kind !== 'person' && fact.kind !== 'organization') return fact.value;
  if (typeof fact.value !== 'string') return fact.value;
  const at = view.indexOf(fact.value, fact.start);
  if (at < 0 || at + fact.value.length > fact.end) return fact.value;
  return text.slice(at, at + fact.value.length);
}

/** Han characters make up a fair share of the letters: read it as Chinese. */
function isChinese(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length && i < 4000; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) han++;
    else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
  }
  return han > 0 && han * 3 >= latin;
}

/**
 * Every fact in a cleaned article, with its quote, offsets (UTF-16 units into `text`),
 * context, speaker in transcripts, extractor and version. Only the text passed in is read:
 * the service passes the cleaned text, so nothing comes from chrome the cleaner removed.
 */
export function extractFacts(text: string, options: ExtractOptions = {}): ExtractedFact[] {
  const view = readingView(text);
  const chinese = isChinese(view);
  const found = resolve([
    ...(chinese ? findChineseNumbers(view) : []),
    ...findEnglishNumbers(view),
    ...findDates(view, options.publishedAt, chinese),
    ...findPeople(view, chinese),
    ...findNames(view, chinese),
  ]);
  const turns = findTurns(view);
  const repeated = repeatedParagraphs(view);
  for (const [start, end] of chromeLines(view))
    if (!repeated.overlaps(start, end)) repeated.add(start, end);
  // The people of the byline above the article wrote it; the text makes no claim about them.
  const byline = topByline(view);
  const inByline = (f: FoundFact) => {
    if (!byline || f.kind !== 'person') return false;
    const name = nameSpan(f);
    return name.start < byline.end && name.end > byline.start;
  };
  const kept = found.filter((f) => !repeated.overlaps(f.start, f.end) && !inByline(f));
  return onePerName(kept).map((fact) => ({
    ...fact,
    value: pageSpelling(fact, text, view),
    quote: text.slice(fact.start, fact.end),
    prefix: text.slice(Math.max(0, fact.start - CONTEXT_CHARS), fact.start),
    suffix: text.slice(fact.end, fact.end + CONTEXT_CHARS),
    speaker: speakerAt(turns, fact.start),
    extractorVersion: EXTRACTOR_VERSION,
  }));
}
