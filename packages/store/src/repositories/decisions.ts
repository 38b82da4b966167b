import type { Database } from 'better-sqlite3';
import type { DecisionAction, IdKind } from '@winnow/contract';

export type DecisionKind = 'act' | 'undo' | 'redo';
export type TargetType = IdKind;

export type DecisionRow = {
  id: number;
  at: string;
  editor: string;
  kind: DecisionKind;
  /** Only the registry's actions are written (service act, bundle import checks each). */
  action: DecisionAction;
  targetType: TargetType;
  targetId: number;
  articleId: number | null;
  before: unknown;
  after: unknown;
  reverts: number | null;
};

/** `at` is now unless given (decisions imported from a bundle keep their time). */
export type NewDecision = Omit<DecisionRow, 'id' | 'at'> & { at?: string };

const COLUMNS = `id, at, editor, kind, action, target_type AS targetType, target_id AS targetId, article_id AS articleId,
  before, after, reverts`;

type RawDecision = Omit<DecisionRow, 'before' | 'after'> & {
  before: string | null;
  after: string | null;
};

function parse(row: RawDecision): DecisionRow {
  return {
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  };
}

/**
 * The decision log. An act is "in force" while it has been undone as often as redone.
 * Undo takes the editor's latest act in force; redo takes the act most recently undone,
 * as long as the editor has made no new act since (a new act clears the redo stack).
 */
export function decisionRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO decision (at, editor, kind, action, target_type, target_id, article_id, before, after, reverts)
     VALUES (@at, @editor, @kind, @action, @targetType, @targetId, @articleId, @before, @after, @reverts)`,
  );
  const byId = db.prepare<[number], RawDecision>(`SELECT ${COLUMNS} FROM decision WHERE id = ?`);
  const latestInForce = db.prepare<[string], RawDecision>(
    `SELECT ${COLUMNS} FROM decision d
      WHERE d.editor = ? AND d.kind = 'act'
        AND (SELECT count(*) FROM decision u WHERE u.reverts = d.id AND u.kind = 'undo')
          = (SELECT count(*) FROM decision r WHERE r.reverts = d.id AND r.kind = 'redo')
      ORDER BY d.id DESC LIMIT 1`,
  );
  const redoable = db.prepare<[string, string], RawDecision>(
    `SELECT ${COLUMNS} FROM decision d WHERE d.id = (
       SELECT u.reverts FROM decision u
        WHERE u.editor = ? AND u.kind = 'undo'
          AND u.id > coalesce((SELECT max(id) FROM decision WHERE editor = ? AND kind = 'act'), 0)
          AND (SELECT count(*) FROM decision x WHERE x.reverts = u.reverts AND x.kind = 'undo')
            > (SELECT count(*) FROM decision y WHERE y.reverts = u.reverts AND y.kind = 'redo')
        ORDER BY u.id DESC LIMIT 1)`,
  );
  const byArticle = db.prepare<[number], RawDecision>(
    `SELECT ${COLUMNS} FROM decision WHERE article_id = ? ORDER BY id`,
  );
  const latestOn = db.prepare<[number, string, number], RawDecision>(
    `SELECT ${COLUMNS} FROM decision WHERE article_id = ? AND target_type = ? AND target_id = ?
     ORDER BY id DESC LIMIT 1`,
  );
  const corpusWide = db.prepare<[], RawDecision>(
    `SELECT ${COLUMNS} FROM decision WHERE article_id IS NULL ORDER BY id`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM decision');
  return {
    append(decision: NewDecision): number {
      return Number(
        insert.run({
          ...decision,
          at: decision.at ?? new Date().toISOString(),
          before: decision.before === undefined ? null : JSON.stringify(decision.before),
          after: decision.after === undefined ? null : JSON.stringify(decision.after),
        }).lastInsertRowid,
      );
    },
    get(id: number): DecisionRow | null {
      const row = byId.get(id);
      return row ? parse(row) : null;
    },
    undoable(editor: string): DecisionRow | null {
      const row = latestInForce.get(editor);
      return row ? parse(row) : null;
    },
    redoable(editor: string): DecisionRow | null {
      const row = redoable.get(editor, editor);
      return row ? parse(row) : null;
    },
    forArticle: (articleId: number): DecisionRow[] => byArticle.all(articleId).map(parse),
    /** The decisions on the corpus as a whole (a tag, a cleaning rule), oldest first. */
    corpusWide: (): DecisionRow[] => corpusWide.all().map(parse),
    /** The last decision on one thing (found through its article's decisions). */
    latestOn(articleId: number, targetType: TargetType, targetId: number): DecisionRow | null {
      const row = latestOn.get(articleId, targetType, targetId);
      return row ? parse(row) : null;
    },
    count: (): number => count.get()?.n ?? 0,
  };
}
