import type { ExportRecord, Fact } from '@winnow/contract';

/**
 * Facts as CSV that Excel and LibreOffice open correctly with Chinese text: UTF-8 with a
 * byte-order mark (without it Excel assumes the local ANSI code page), CRLF line ends,
 * RFC 4180 quoting. Text cells that begin like a formula (= + - @) get a leading
 * apostrophe, so a crawled page cannot plant a formula in the editor's spreadsheet.
 */
export const CSV_BOM = '\uFEFF';

export const FACT_COLUMNS = [
  'article_id',
  'article_title',
  'published_at',
  'language',
  'kind',
  'quote',
  'value',
  'value_max',
  'qualifier',
  'unit',
  'subject',
  'role',
  'speaker',
  'status',
  'tags',
  'confidence',
  'corroborated_by',
  'contradicted_by',
] as const;

function cell(value: string | number | null | undefined, text = true): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_BOM}${FACT_COLUMNS.join(',')}\r\n`;
}

export function factCsvRow(
  article: Pick<ExportRecord, 'id' | 'title' | 'publishedAt' | 'language'>,
  fact: Fact,
): string {
  const numeric = typeof fact.value === 'number';
  return `${[
    cell(article.id, false),
    cell(article.title),
    cell(article.publishedAt),
    cell(article.language),
    cell(fact.kind),
    cell(fact.quote),
    cell(fact.value, !numeric),
    cell(fact.valueMax, false),
    cell(fact.qualifier),
    cell(fact.unit),
    cell(fact.subject),
    cell(fact.role),
    cell(fact.speaker),
    cell(fact.status),
    cell(fact.tags.join('; ')),
    cell(fact.confidence, false),
    cell(fact.corroboratedBy.map((r) => r.articleId).join(' ')),
    cell(fact.contradictedBy.map((r) => r.articleId).join(' ')),
  ].join(',')}\r\n`;
}
