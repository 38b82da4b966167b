import type { Database } from 'better-sqlite3';

/** The columns whose change makes an article's bundle fragments stale through the trigger. */
export function factColumnsTheTriggerWatches(db: Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('fact')")
    .all()
    .map((column) => column.name)
    .filter((name) => name !== 'start' && name !== 'end');
}

/**
 * Facts that only move — start and end shifted together because the text before them
 * changed — leave the article's bundle fragments stale once per article, not once per fact.
 * The row trigger of migration 5 ran its DELETE for each of the thousands of facts one hunk
 * of a long article moves, five times the cost of the move itself. It now fires on a change
 * to any column but the two anchors, and the facts repository's `shiftFrom` forgets the
 * article's fragments itself, in one statement. A later migration that adds a column to
 * `fact` must create this trigger again (a store test fails until it does).
 */
export function migrate0007FactShift(db: Database): void {
  const columns = factColumnsTheTriggerWatches(db)
    .map((name) => `"${name}"`)
    .join(', ');
  db.exec(`
    DROP TRIGGER bundle_fragment_fact_update;
    CREATE TRIGGER bundle_fragment_fact_update AFTER UPDATE OF ${columns} ON fact BEGIN
      DELETE FROM bundle_fragment WHERE article_id IN (OLD.article_id, NEW.article_id);
    END;
  `);
}
