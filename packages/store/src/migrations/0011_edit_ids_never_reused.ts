import type { Database } from 'better-sqlite3';

/**
 * An edit's id is never given to another edit. Decisions — and so undo, redo and a desk's
 * decision sent on what it showed — name edits by id; a re-clean deletes the cleaner's
 * edits it no longer makes, and SQLite gave the next edit inserted the largest id freed
 * that way (INTEGER PRIMARY KEY takes max(id) + 1). A redo of a revert made before the
 * re-clean then reverted the new edit, on other text. The table is made again with
 * AUTOINCREMENT, whose counter never goes back; it starts past every edit id the decision
 * log names, so edits deleted before this migration are not named again either.
 */
export function migrate0011EditIdsNeverReused(db: Database): void {
  // The table's indexes and triggers (bundle fragments forget an edited article) go with
  // it when it is dropped: they are made again as they were.
  const attached = db
    .prepare<[], string>(
      "SELECT sql FROM sqlite_master WHERE tbl_name = 'edit' AND type IN ('index', 'trigger') AND sql IS NOT NULL",
    )
    .pluck()
    .all();
  db.exec(`
    CREATE TABLE edit_next (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      start INTEGER NOT NULL CHECK (start >= 0),
      "end" INTEGER NOT NULL CHECK ("end" >= start),
      replacement TEXT NOT NULL,
      rule TEXT NOT NULL,
      reason TEXT NOT NULL,
      confidence REAL NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1),
      -- applied: by the pipeline; proposed: low confidence, not applied;
      -- accepted / reverted: an editor decided.
      state TEXT NOT NULL CHECK (state IN ('applied', 'proposed', 'accepted', 'reverted')),
      origin TEXT NOT NULL DEFAULT 'pipeline' CHECK (origin IN ('pipeline', 'manual')),
      pipeline_version INTEGER
    ) STRICT;
    INSERT INTO edit_next (id, article_id, start, "end", replacement, rule, reason, confidence, state, origin, pipeline_version)
      SELECT id, article_id, start, "end", replacement, rule, reason, confidence, state, origin, pipeline_version FROM edit;
    DROP TABLE edit;
    ALTER TABLE edit_next RENAME TO edit;
  `);
  for (const sql of attached) db.exec(sql);
  const named = largestEditIdNamed(db);
  db.prepare("DELETE FROM sqlite_sequence WHERE name = 'edit'").run();
  db.prepare(
    "INSERT INTO sqlite_sequence (name, seq) VALUES ('edit', max(?, coalesce((SELECT max(id) FROM edit), 0)))",
  ).run(named);
}

/** The largest edit id a decision names: its target, or a key of its edits' states. */
function largestEditIdNamed(db: Database): number {
  const largest = (sql: string) => db.prepare<[], number | null>(sql).pluck().get() ?? 0;
  return Math.max(
    largest("SELECT max(target_id) FROM decision WHERE target_type = 'edit'"),
    ...['before', 'after'].flatMap((column) => [
      largest(
        `SELECT max(CAST(j.key AS INTEGER)) FROM decision d, json_each(d.${column}) j
          WHERE d.action = 'edit.states' AND json_valid(d.${column}) AND json_type(d.${column}) = 'object'`,
      ),
      largest(
        `SELECT max(CAST(j.key AS INTEGER)) FROM decision d, json_each(d.${column}, '$.edits') j
          WHERE d.action = 'text.remove' AND json_valid(d.${column}) AND json_type(d.${column}, '$.edits') = 'object'`,
      ),
    ]),
  );
}
