import type { Database } from 'better-sqlite3';

/** Source files (the bytes as received) and the articles read from them. */
export function migrate0001Articles(db: Database): void {
  db.exec(`
    CREATE TABLE source_file (
      id INTEGER PRIMARY KEY,
      sha256 TEXT NOT NULL UNIQUE,
      path TEXT NOT NULL,
      size_bytes INTEGER NOT NULL,
      media_type TEXT NOT NULL,
      encoding TEXT NOT NULL,
      imported_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE article (
      id INTEGER PRIMARY KEY,
      source_file_id INTEGER NOT NULL UNIQUE REFERENCES source_file(id),
      title TEXT,
      kicker TEXT,
      published_at TEXT,
      source_name TEXT,
      byline TEXT,
      language TEXT,
      script TEXT CHECK (script IN ('Hans', 'Hant')),
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
      raw TEXT NOT NULL,
      cleaned TEXT NOT NULL,
      warnings TEXT NOT NULL DEFAULT '[]',
      duplicate_of INTEGER REFERENCES article(id),
      imported_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX article_status ON article(status, id);
    CREATE INDEX article_language ON article(language, id);

    -- Small facts about the corpus itself (for example whether the sample corpus was added).
    CREATE TABLE corpus_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
