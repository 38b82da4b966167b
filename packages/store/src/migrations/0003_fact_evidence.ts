import type { Database } from 'better-sqlite3';

/**
 * Facts gain what corroboration and review need: the top of a range, the language-neutral
 * subject (country, scientist), the keys that group facts across articles — indexed, so
 * "who else says 80 countries" is one lookup at any corpus size.
 */
export function migrate0003FactEvidence(db: Database): void {
  db.exec(`
    ALTER TABLE fact ADD COLUMN value_max REAL;
    ALTER TABLE fact ADD COLUMN subject TEXT;
    -- Same value, same counted thing: facts that corroborate each other.
    ALTER TABLE fact ADD COLUMN corroboration_key TEXT;
    -- Same counted thing as written: facts that may contradict each other.
    ALTER TABLE fact ADD COLUMN topic_key TEXT;
    CREATE INDEX fact_corroboration ON fact(corroboration_key, article_id) WHERE corroboration_key IS NOT NULL;
    CREATE INDEX fact_topic ON fact(topic_key, article_id) WHERE topic_key IS NOT NULL;
    -- An article's facts are inserted together, and the repository adds them to the
    -- article's pending count in one update; a per-row trigger cost a fifth of import time.
    -- Status changes and deletions keep their triggers.
    DROP TRIGGER fact_pending_insert;
  `);
}
