import type { Database } from 'better-sqlite3';

export type QueueReason = 'proposed_edits' | 'pending_facts' | 'warnings' | 'pending';

/**
 * What the review queue and the dashboard read: counts over the whole corpus, kept to
 * queries that walk an index (they run on 100,000 articles while an editor waits).
 */
export function reviewRepository(db: Database) {
  // Attention first (the cleaner is unsure, facts wait, something looked wrong), then in
  // import order after the article the editor just left, wrapping round to the start.
  const nextPending = db.prepare<[number, number], { id: number; reason: QueueReason }>(
    `SELECT id, CASE
         WHEN EXISTS (SELECT 1 FROM edit e WHERE e.article_id = a.id AND e.state = 'proposed') THEN 'proposed_edits'
         WHEN a.pending_facts > 0 THEN 'pending_facts'
         WHEN a.warnings != '[]' THEN 'warnings'
         ELSE 'pending' END AS reason
     FROM article a WHERE a.status = 'pending' AND a.id != ?
     ORDER BY CASE
         WHEN EXISTS (SELECT 1 FROM edit e WHERE e.article_id = a.id AND e.state = 'proposed') THEN 0
         WHEN a.pending_facts > 0 THEN 1
         WHEN a.warnings != '[]' THEN 2
         ELSE 3 END,
       a.id <= ?, a.id
     LIMIT 1`,
  );
  const pendingCount = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM article WHERE status = 'pending'",
  );
  const byDay = db.prepare<[], { day: string; articles: number; facts: number; edits: number }>(
    `SELECT substr(at, 1, 10) AS day,
       sum(target_type = 'article') AS articles,
       sum(target_type = 'fact') AS facts,
       sum(target_type = 'edit') AS edits
     FROM decision WHERE kind = 'act' GROUP BY day ORDER BY day DESC LIMIT 30`,
  );
  const factsByKind = db.prepare<
    [],
    { kind: string; pending: number; approved: number; rejected: number }
  >(
    `SELECT kind, sum(status = 'pending') AS pending, sum(status = 'approved') AS approved,
       sum(status = 'rejected') AS rejected
     FROM fact GROUP BY kind ORDER BY count(*) DESC`,
  );
  const rules = db.prepare<
    [],
    { rule: string; applied: number; proposed: number; accepted: number; reverted: number }
  >(
    `SELECT rule, sum(state = 'applied') AS applied, sum(state = 'proposed') AS proposed,
       sum(state = 'accepted') AS accepted, sum(state = 'reverted') AS reverted
     FROM edit GROUP BY rule ORDER BY count(*) DESC LIMIT 12`,
  );
  const warned = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM article WHERE warnings != '[]'",
  );
  const warnedExamples = db.prepare<[], { id: number; title: string | null; warnings: string }>(
    "SELECT id, title, warnings FROM article WHERE warnings != '[]' ORDER BY id DESC LIMIT 10",
  );
  const editIdsOfRule = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM edit WHERE rule = ? AND state != ? ORDER BY article_id, id',
  );
  const editIdsOfRuleIn = db.prepare<[string, string, number], { id: number }>(
    'SELECT id FROM edit WHERE rule = ? AND state != ? AND article_id = ? ORDER BY id',
  );
  const ruleCounts = db.prepare<[], { rule: string; edits: number }>(
    'SELECT rule, count(*) AS edits FROM edit GROUP BY rule ORDER BY rule',
  );
  return {
    /** Every rule that made an edit, with how many (edit_rule answers it from the index). */
    ruleCounts: () => ruleCounts.all(),
    next(after: number): { id: number; reason: QueueReason } | null {
      return nextPending.get(after, after) ?? null;
    },
    pendingArticles: (): number => pendingCount.get()?.n ?? 0,
    decisionsByDay: () => byDay.all().reverse(),
    factsByKind: () => factsByKind.all(),
    rules: () => rules.all(),
    warnings() {
      return {
        articles: warned.get()?.n ?? 0,
        examples: warnedExamples.all().map((row) => ({
          id: row.id,
          title: row.title,
          warnings: JSON.parse(row.warnings) as string[],
        })),
      };
    },
    /** Edits of a rule not yet in `state`, in one article or everywhere. */
    editsOfRule(rule: string, state: string, articleId?: number): number[] {
      const rows =
        articleId === undefined
          ? editIdsOfRule.all(rule, state)
          : editIdsOfRuleIn.all(rule, state, articleId);
      return rows.map((r) => r.id);
    },
  };
}
