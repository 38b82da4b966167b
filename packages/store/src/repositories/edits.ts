import type { Database } from 'better-sqlite3';
import type { Edit, EditState } from '@winnow/contract';
import { manyRowsInsert } from './manyRows.ts';

export type { EditState };

/** An edit as the contract describes it, plus where it is stored and who made it. */
export type EditRow = Edit & {
  id: number;
  articleId: number;
  origin: 'pipeline' | 'manual';
  pipelineVersion: number | null;
};

export type NewEdit = Omit<EditRow, 'id'>;
export type EditSpan = Pick<EditRow, 'id' | 'start' | 'end' | 'replacement' | 'rule' | 'state'>;

const COLUMNS = `id, article_id AS articleId, start, "end", replacement, rule, reason, confidence, state, origin,
  pipeline_version AS pipelineVersion`;

export function editRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO edit (article_id, start, "end", replacement, rule, reason, confidence, state, origin, pipeline_version)
     VALUES (@articleId, @start, @end, @replacement, @rule, @reason, @confidence, @state, @origin, @pipelineVersion)`,
  );
  // A pipeline's edits of one article at once (manyRows.ts), in the order given.
  const insertAll = manyRowsInsert(
    db,
    'edit',
    'article_id, start, "end", replacement, rule, reason, confidence, state, origin, pipeline_version',
    "(?, ?, ?, ?, ?, ?, ?, ?, 'pipeline', ?)",
    9,
  );
  // Added edits are reported here, once per article; the database itself forgets the
  // article's bundle fragments when edits change (migration 0005).
  const forgetFragments = db.prepare<[number]>('DELETE FROM bundle_fragment WHERE article_id = ?');
  const byArticle = db.prepare<[number], EditRow>(
    `SELECT ${COLUMNS} FROM edit WHERE article_id = ? ORDER BY start, id`,
  );
  const spans = db.prepare<[number], EditSpan>(
    'SELECT id, start, "end", replacement, rule, state FROM edit WHERE article_id = ? ORDER BY start, id',
  );
  const byId = db.prepare<[number], EditRow>(`SELECT ${COLUMNS} FROM edit WHERE id = ?`);
  const setState = db.prepare<[EditState, number]>('UPDATE edit SET state = ? WHERE id = ?');
  const removePipeline = db.prepare<[number]>(
    "DELETE FROM edit WHERE article_id = ? AND origin = 'pipeline'",
  );
  const remove = db.prepare<[number]>('DELETE FROM edit WHERE id = ?');
  const renew = db.prepare(
    `UPDATE edit SET reason = @reason, confidence = @confidence, state = @state,
       pipeline_version = @pipelineVersion WHERE id = @id`,
  );
  return {
    insert(edit: NewEdit): number {
      const id = Number(insert.run(edit).lastInsertRowid);
      forgetFragments.run(edit.articleId);
      return id;
    },
    /** The cleaner's edits of one article, as the pipeline of `pipelineVersion` decided them. */
    insertPipeline(articleId: number, edits: readonly Edit[], pipelineVersion: number): void {
      if (edits.length === 0) return;
      const flat: unknown[] = [];
      for (const edit of edits)
        flat.push(
          articleId,
          edit.start,
          edit.end,
          edit.replacement,
          edit.rule,
          edit.reason,
          edit.confidence,
          edit.state,
          pipelineVersion,
        );
      insertAll(flat);
      forgetFragments.run(articleId);
    },
    byArticle: (articleId: number): EditRow[] => byArticle.all(articleId),
    /** Where an article's edits are and what they put there, without the rest. */
    spans: (articleId: number): EditSpan[] => spans.all(articleId),
    get: (id: number): EditRow | null => byId.get(id) ?? null,
    setState(id: number, state: EditState): void {
      setState.run(state, id);
    },
    /**
     * A re-clean found the same change again: the row (and its id, which decisions name)
     * stays, with the new pipeline's reason and confidence and the state it should have.
     */
    renewPipeline(id: number, edit: Edit, pipelineVersion: number): void {
      renew.run({
        id,
        reason: edit.reason,
        confidence: edit.confidence,
        state: edit.state,
        pipelineVersion,
      });
    },
    remove(id: number): void {
      remove.run(id);
    },
    /** The cleaner's edits of an article, before a re-clean replaces them; editors' stay. */
    removePipelineEdits(articleId: number): number {
      return removePipeline.run(articleId).changes;
    },
  };
}
