import { findChineseNumbers } from './extract/chineseNumbers.ts';
import { findDates } from './extract/dates.ts';
import { findEnglishNumbers } from './extract/englishNumbers.ts';
import { findNames } from './extract/names.ts';
import { findPeople } from './extract/people.ts';
import { findTurns, speakerAt } from './extract/speakers.ts';
import type { ExtractedFact, ExtractOptions, FoundFact } from './types.ts';
import { readingView } from './view.ts';

/** Bumped whenever an extractor changes what it finds; stored with every fact. */
export const EXTRACTOR_VERSION = '1';

/** How much text around a quote is kept to find it again after the text changes. */
export const CONTEXT_CHARS = 32;

const NUMERIC = new Set(['quantity', 'money', 'percentage', 'agreement', 'date']);
/** When two numeric readings overlap, the more specific one stays. */
const PRIORITY: Record<string, number> = {
  money: 5,
  percentage: 5,
  date: 4,
  agreement: 3,
  quantity: 2,
};

const overlaps = (a: FoundFact, b: FoundFact) => a.start < b.end && b.start < a.end;
const inside = (a: FoundFact, b: FoundFact) => a.start >= b.start && a.end <= b.end;

function resolve(found: FoundFact[]): FoundFact[] {
  const numeric = found.filter((f) => NUMERIC.has(f.kind));
  const names = found.filter((f) => !NUMERIC.has(f.kind));
  // Numbers: a span belongs to one reading.
  numeric.sort(
    (a, b) =>
      (PRIORITY[b.kind] ?? 0) - (PRIORITY[a.kind] ?? 0) ||
      b.confidence - a.confidence ||
      b.end - b.start - (a.end - a.start),
  );
  const keptNumbers: FoundFact[] = [];
  for (const fact of numeric) {
    if (!keptNumbers.some((k) => overlaps(k, fact))) keptNumbers.push(fact);
  }
  // Names: a place inside an organization or a role is part of that name (中国科学院);
  // an organization may sit inside a person's role, and is kept.
  const people = names.filter((f) => f.kind === 'person');
  const organizations = names.filter((f) => f.kind === 'organization');
  const keptPeople = people.filter(
    (p, i) =>
      !people.some(
        (q, j) =>
          j !== i &&
          overlaps(p, q) &&
          (q.end - q.start > p.end - p.start || (q.end - q.start === p.end - p.start && j < i)),
      ),
  );
  const keptOrganizations = organizations.filter(
    (o, i) =>
      !organizations.some(
        (q, j) => j !== i && inside(o, q) && (q.end - q.start > o.end - o.start || j < i),
      ),
  );
  const keptPlaces = names
    .filter((f) => f.kind === 'place')
    .filter((p) => ![...keptOrganizations, ...keptPeople].some((o) => overlaps(p, o)));
  return [...keptNumbers, ...keptPeople, ...keptOrganizations, ...keptPlaces].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

/** Han characters make up a fair share of the letters: read it as Chinese. */
function isChinese(text: string): boolean {
  const sample = text.slice(0, 4000);
  const han = sample.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
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
  return found.map((fact) => ({
    ...fact,
    quote: text.slice(fact.start, fact.end),
    prefix: text.slice(Math.max(0, fact.start - CONTEXT_CHARS), fact.start),
    suffix: text.slice(fact.end, fact.end + CONTEXT_CHARS),
    speaker: speakerAt(turns, fact.start),
    extractorVersion: EXTRACTOR_VERSION,
  }));
}
