import type { Database } from 'better-sqlite3';
import { searchableText } from '@winnow/text/search';

/**
 * The review model. Article texts move to their own table, so that listing, filtering
 * and counting articles never read the (large) texts. Then: edits on the raw text, facts with anchors, tags, import jobs with a
 * per-file outcome, the append-only decision log (audit trail and undo stack), and the
 * full-text index.
 */
export function migrate0002ReviewModel(db: Database): void {
  db.exec(`
    CREATE TABLE import_job (
      id INTEGER PRIMARY KEY,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      state TEXT NOT NULL CHECK (state IN ('running', 'finished', 'interrupted')),
      pid INTEGER NOT NULL,
      paths TEXT NOT NULL,
      total INTEGER NOT NULL DEFAULT 0,
      imported INTEGER NOT NULL DEFAULT 0,
      duplicates INTEGER NOT NULL DEFAULT 0,
      skipped INTEGER NOT NULL DEFAULT 0,
      failed INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE import_job_file (
      job_id INTEGER NOT NULL REFERENCES import_job(id) ON DELETE CASCADE,
      path TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'skipped', 'failed')),
      article_id INTEGER,
      message TEXT,
      PRIMARY KEY (job_id, path)
    ) STRICT;

    CREATE TABLE article_text (
      article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
      raw TEXT NOT NULL,
      cleaned TEXT NOT NULL
    ) STRICT;
    INSERT INTO article_text (article_id, raw, cleaned) SELECT id, raw, cleaned FROM article;

    ALTER TABLE article ADD COLUMN import_job_id INTEGER REFERENCES import_job(id);
    -- Kept by triggers on fact, so "has pending facts" is an indexed filter.
    ALTER TABLE article ADD COLUMN pending_facts INTEGER NOT NULL DEFAULT 0;

    CREATE INDEX article_date ON article(coalesce(published_at, ''), id);
    CREATE INDEX article_title ON article(coalesce(title, ''), id);
    CREATE INDEX article_source ON article(source_name, id);
    CREATE INDEX article_pending ON article(pending_facts, id);

    CREATE TABLE edit (
      id INTEGER PRIMARY KEY,
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
    CREATE INDEX edit_article ON edit(article_id, start);
    CREATE INDEX edit_rule ON edit(rule, state);

    CREATE TABLE fact (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('quantity', 'money', 'percentage', 'date', 'person', 'organization', 'place', 'agreement')),
      quote TEXT NOT NULL,
      start INTEGER,
      "end" INTEGER,
      prefix TEXT NOT NULL DEFAULT '',
      suffix TEXT NOT NULL DEFAULT '',
      value TEXT,
      unit TEXT,
      qualifier TEXT,
      role TEXT,
      speaker TEXT,
      confidence REAL NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1),
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
      extractor TEXT NOT NULL,
      extractor_version TEXT NOT NULL,
      -- An orphan could not be re-anchored after the text changed: shown, never dropped.
      orphan INTEGER NOT NULL DEFAULT 0 CHECK (orphan IN (0, 1)),
      CHECK ((start IS NULL AND "end" IS NULL) OR (start >= 0 AND "end" >= start))
    ) STRICT;
    CREATE INDEX fact_article ON fact(article_id);

    CREATE TRIGGER fact_pending_insert AFTER INSERT ON fact WHEN NEW.status = 'pending' BEGIN
      UPDATE article SET pending_facts = pending_facts + 1 WHERE id = NEW.article_id;
    END;
    CREATE TRIGGER fact_pending_delete AFTER DELETE ON fact WHEN OLD.status = 'pending' BEGIN
      UPDATE article SET pending_facts = pending_facts - 1 WHERE id = OLD.article_id;
    END;
    CREATE TRIGGER fact_pending_update AFTER UPDATE OF status ON fact WHEN OLD.status IS NOT NEW.status BEGIN
      UPDATE article SET pending_facts = pending_facts - (OLD.status = 'pending') + (NEW.status = 'pending')
       WHERE id = NEW.article_id;
    END;

    CREATE TABLE tag (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      colour TEXT NOT NULL DEFAULT '#6b7280',
      description TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE article_tag (
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
      PRIMARY KEY (article_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX article_tag_by_tag ON article_tag(tag_id, article_id);

    CREATE TABLE fact_tag (
      fact_id INTEGER NOT NULL REFERENCES fact(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
      PRIMARY KEY (fact_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX fact_tag_by_tag ON fact_tag(tag_id, fact_id);

    -- Every editorial act, never updated or deleted. Undo and redo are rows too
    -- (kind 'undo'/'redo', naming the act they revert in "reverts").
    CREATE TABLE decision (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      editor TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('act', 'undo', 'redo')),
      action TEXT NOT NULL,
      target_type TEXT NOT NULL CHECK (target_type IN ('article', 'edit', 'fact', 'tag')),
      target_id INTEGER NOT NULL,
      article_id INTEGER,
      before TEXT,
      after TEXT,
      reverts INTEGER REFERENCES decision(id)
    ) STRICT;
    CREATE INDEX decision_editor ON decision(editor, kind, id);
    CREATE INDEX decision_article ON decision(article_id, id);
    CREATE INDEX decision_reverts ON decision(reverts, id);
    CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision BEGIN
      SELECT RAISE(ABORT, 'the decision log is append-only');
    END;
    CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision BEGIN
      SELECT RAISE(ABORT, 'the decision log is append-only');
    END;

    CREATE VIRTUAL TABLE article_search USING fts5(
      title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1', content = '', contentless_delete = 1
    );
  `);
  // Articles stored before this version get their index entries now, a batch at a time
  // (a statement cannot write while another one is still reading).
  const insert = db.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)');
  const batch = db.prepare<[number], { id: number; title: string | null; cleaned: string }>(
    'SELECT a.id, a.title, t.cleaned FROM article a JOIN article_text t ON t.article_id = a.id WHERE a.id > ? ORDER BY a.id LIMIT 500',
  );
  for (
    let rows = batch.all(0);
    rows.length > 0;
    rows = batch.all(rows[rows.length - 1]?.id ?? Infinity)
  ) {
    for (const row of rows)
      insert.run(row.id, searchableText(row.title ?? ''), searchableText(row.cleaned));
  }
  db.exec('ALTER TABLE article DROP COLUMN raw; ALTER TABLE article DROP COLUMN cleaned;');
}
