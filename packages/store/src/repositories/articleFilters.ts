import type { ArticleStatus } from '@winnow/contract';
import { partBindings } from './articleSearch.ts';

/** Which articles a list shows, and how a page of them is found. */
export type ArticleFilter = {
  status?: ArticleStatus | undefined;
  language?: string | undefined;
  source?: string | undefined;
  tagId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  hasPendingFacts?: boolean | undefined;
  hasWarnings?: boolean | undefined;
  hasProposedEdits?: boolean | undefined;
  rule?: string | undefined;
  query?: string | undefined;
  /** Text the raw article contains (removed parts too): read, not indexed, so slower. */
  rawQuery?: string | undefined;
};

/**
 * How a page is found. filter-first: the filters' indexes find the matching rows, which
 * are then sorted — right when few rows match. order-first: the sort order's index is
 * walked and each row checked against the filters until the page is full — right when
 * many rows match, because the walk stops early. SQLite's planner cannot tell the two
 * apart (it does not weigh LIMIT), so the caller decides from the match count.
 */
export type ListPlan = 'filter-first' | 'order-first';

/** Where the previous page ended: the sort key and id of its last row. */
export type ArticleCursor = { key: string | number; id: number };

/**
 * The WHERE clause is assembled from fixed fragments chosen by which filters are present;
 * every value is a bound parameter. Statements are cached per shape.
 */
export function conditions(filter: ArticleFilter, plan: ListPlan = 'filter-first'): string[] {
  const where: string[] = [];
  // A unary + keeps SQLite from using the column's index, so the sort index drives.
  const column = (name: string) => (plan === 'order-first' ? `+a.${name}` : `a.${name}`);
  if (filter.status !== undefined) where.push(`${column('status')} = @status`);
  if (filter.language !== undefined) where.push(`${column('language')} = @language`);
  if (filter.source !== undefined) where.push(`${column('source_name')} = @source`);
  if (filter.tagId !== undefined)
    where.push(
      'EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag_id = @tagId)',
    );
  // On the indexed expression, so a date range is an index range (no date sorts before a real one).
  if (filter.from !== undefined) where.push("coalesce(a.published_at, '') >= @from");
  if (filter.to !== undefined) where.push("coalesce(a.published_at, '') < @to");
  if (filter.hasPendingFacts === true) where.push(`${column('pending_facts')} > 0`);
  if (filter.rawQuery !== undefined)
    where.push(
      'a.id IN (SELECT article_id FROM article_text WHERE instr(lower(winnow_raw(raw, raw_deflated)), lower(@rawQuery)) > 0)',
    );
  // As written in the partial indexes on title and date, so they serve this filter.
  if (filter.hasPendingFacts === false) where.push('a.pending_facts = 0');
  if (filter.hasWarnings === true) where.push("a.warnings != '[]'");
  if (filter.hasWarnings === false) where.push("a.warnings = '[]'");
  // Through edit_article (article_id, start): a few edits per article are read.
  if (filter.hasProposedEdits === true)
    where.push("EXISTS (SELECT 1 FROM edit e WHERE e.article_id = a.id AND e.state = 'proposed')");
  if (filter.hasProposedEdits === false)
    where.push(
      "NOT EXISTS (SELECT 1 FROM edit e WHERE e.article_id = a.id AND e.state = 'proposed')",
    );
  // edit_rule (rule, state) finds the articles a rule touched, however rare it is.
  if (filter.rule !== undefined)
    where.push('a.id IN (SELECT e.article_id FROM edit e WHERE e.rule = @rule)');
  return where;
}

export function bindings(filter: ArticleFilter, parts: string[] | null): Record<string, unknown> {
  const values: Record<string, unknown> = { ...partBindings(parts), ...filter };
  delete values['query'];
  delete values['hasPendingFacts'];
  delete values['hasWarnings'];
  delete values['hasProposedEdits'];
  for (const key of Object.keys(values))
    if (values[key] === undefined || values[key] === null) delete values[key];
  return values;
}
