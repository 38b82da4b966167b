import type { FactKind } from '@winnow/contract';
import type { Language } from './i18n/index.ts';
import { unitWords } from './i18n/units.ts';

export function languageName(language: string | null, script: string | null): string {
  if (language === 'zh')
    return script === 'Hant' ? '中文(繁)' : script === 'Hans' ? '中文(简)' : '中文';
  if (language === 'en') return 'English';
  return language ?? '?';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const KIND_NAMES: Record<string, string> = {
  quantity: 'Quantities',
  agreement: 'Agreements',
  money: 'Money',
  percentage: 'Percentages',
  date: 'Dates',
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
};

/** The order the facts panel lists kinds in: figures first, names last. */
export const FACT_KIND_ORDER = Object.keys(KIND_NAMES) as FactKind[];

export function factKindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

const QUALIFIER_SIGNS: Record<string, string> = {
  more_than: '>',
  approximately: '≈',
  at_least: '≥',
  at_most: '≤',
};

/**
 * "> 80 countries" / "> 80 个国家", "2023-11-07": a fact's normalized reading, its unit in
 * the editor's language.
 */
export function describeValue(
  fact: {
    value: string | number | null;
    valueMax: number | null;
    qualifier: string | null;
    subject: string | null;
    unit: string | null;
    kind: string;
  },
  language: Language,
): string {
  if (fact.value === null) return '—';
  if (typeof fact.value === 'string') return fact.value;
  const sign = !fact.qualifier
    ? ''
    : fact.qualifier === 'nearly'
      ? language === 'zh'
        ? '近'
        : 'nearly'
      : (QUALIFIER_SIGNS[fact.qualifier] ?? '');
  const number = fact.value.toLocaleString('en');
  const range = fact.valueMax !== null ? `${number}–${fact.valueMax.toLocaleString('en')}` : number;
  const what =
    fact.kind === 'percentage' && fact.unit !== 'percentage point'
      ? '%'
      : unitWords(fact.subject, fact.unit, fact.valueMax ?? fact.value, language);
  return [sign, range, what].filter(Boolean).join(' ');
}
