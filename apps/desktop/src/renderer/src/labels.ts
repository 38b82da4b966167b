import type { FactKind } from '@winnow/contract';

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
  nearly: 'nearly',
  approximately: '≈',
  at_least: '≥',
  at_most: '≤',
};

/** "> 80 country", "≈ 1.2 亿 CNY", "2023-11-07": a fact's normalized reading. */
export function describeValue(fact: {
  value: string | number | null;
  valueMax: number | null;
  qualifier: string | null;
  subject: string | null;
  unit: string | null;
  kind: string;
}): string {
  if (fact.value === null) return '—';
  if (typeof fact.value === 'string') return fact.value;
  const sign = fact.qualifier ? (QUALIFIER_SIGNS[fact.qualifier] ?? '') : '';
  const number = fact.value.toLocaleString('en');
  const range = fact.valueMax !== null ? `${number}–${fact.valueMax.toLocaleString('en')}` : number;
  const what = fact.kind === 'percentage' ? '%' : (fact.subject ?? fact.unit ?? '');
  return [sign, range, what].filter(Boolean).join(' ');
}
