import type { FactKind } from '@winnow/contract';

export type Qualifier = 'exact' | 'more_than' | 'nearly' | 'approximately' | 'at_least' | 'at_most';

/** What an extractor finds; offsets are UTF-16 units into the cleaned text. */
export type FoundFact = {
  kind: FactKind;
  start: number;
  end: number;
  /** A number for quantity/money/percentage/agreement, an ISO date, or a normalized name. */
  value: string | number | null;
  /** The top of a range (3至5家 → value 3, valueMax 5). */
  valueMax: number | null;
  /** The counted noun or unit as written (国家, countries, 人次, CNY, %). */
  unit: string | null;
  /** Language-neutral key of what is counted (country, scientist), for corroboration. */
  subject: string | null;
  qualifier: Qualifier | null;
  role: string | null;
  confidence: number;
  extractor: string;
};

export type ExtractedFact = FoundFact & {
  quote: string;
  prefix: string;
  suffix: string;
  speaker: string | null;
  extractorVersion: string;
};

export type ExtractOptions = {
  /** ISO date (or date-time) the article was published: resolves 7日, 今年7月, last year. */
  publishedAt?: string | null;
};

/** A found fact with no unit, subject, qualifier, role or range: names and dates. */
export function plainFact(
  kind: FoundFact['kind'],
  start: number,
  end: number,
  value: string,
  confidence: number,
  extractor: string,
): FoundFact {
  return {
    kind,
    start,
    end,
    value,
    valueMax: null,
    unit: null,
    subject: null,
    qualifier: null,
    role: null,
    confidence,
    extractor,
  };
}
