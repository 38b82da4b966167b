import type { Database } from 'better-sqlite3';

/**
 * Each article's share of a bundle's large files, deflated, kept so that an export copies
 * it instead of building it again. A fragment is only as good as the rows it was built
 * from: every change to those rows deletes the article's fragments here, in the database
 * itself, whichever code path makes the change. `recipe` names the code that built a
 * fragment; a fragment of another recipe is never used.
 */
export function migrate0005BundleFragments(db: Database): void {
  db.exec(`
    CREATE TABLE bundle_fragment (
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      part TEXT NOT NULL,
      recipe TEXT NOT NULL,
      -- The article's facts when it was built, for the manifest's counts.
      facts INTEGER NOT NULL,
      -- Uncompressed bytes.
      bytes INTEGER NOT NULL,
      -- Raw deflate ended by a sync flush: fragments join into one stream.
      data BLOB NOT NULL,
      PRIMARY KEY (article_id, part)
    ) STRICT;
    -- Which articles have current fragments, and which fragments are stale, answered from
    -- the index alone: each row's blob fills a table page of its own.
    CREATE INDEX bundle_fragment_recipe ON bundle_fragment(recipe, article_id);

    CREATE TRIGGER bundle_fragment_article_update AFTER UPDATE ON article BEGIN
      DELETE FROM bundle_fragment WHERE article_id = NEW.id;
    END;
    CREATE TRIGGER bundle_fragment_article_delete AFTER DELETE ON article BEGIN
      DELETE FROM bundle_fragment WHERE article_id = OLD.id;
    END;
    CREATE TRIGGER bundle_fragment_text_update AFTER UPDATE ON article_text BEGIN
      DELETE FROM bundle_fragment WHERE article_id IN (OLD.article_id, NEW.article_id);
    END;
    CREATE TRIGGER bundle_fragment_source_update AFTER UPDATE ON source_file BEGIN
      DELETE FROM bundle_fragment
       WHERE article_id IN (SELECT id FROM article WHERE source_file_id = NEW.id);
    END;
  `);
  // Edits and facts changed or removed. Added ones are the repositories' to report, once
  // per article: a trigger on every inserted fact cost 10–15% of inserting it.
  forgetOn(db, 'edit', ['update', 'delete']);
  forgetOn(db, 'fact', ['update', 'delete']);
  forgetOn(db, 'article_tag', ['insert', 'update', 'delete']);
  db.exec(`
    CREATE TRIGGER bundle_fragment_fact_tag_insert AFTER INSERT ON fact_tag BEGIN
      DELETE FROM bundle_fragment
       WHERE article_id = (SELECT article_id FROM fact WHERE id = NEW.fact_id);
    END;
    CREATE TRIGGER bundle_fragment_fact_tag_update AFTER UPDATE ON fact_tag BEGIN
      DELETE FROM bundle_fragment
       WHERE article_id IN (SELECT article_id FROM fact WHERE id IN (OLD.fact_id, NEW.fact_id));
    END;
    CREATE TRIGGER bundle_fragment_fact_tag_delete AFTER DELETE ON fact_tag BEGIN
      DELETE FROM bundle_fragment
       WHERE article_id = (SELECT article_id FROM fact WHERE id = OLD.fact_id);
    END;
    -- Fragments name tags: a renamed tag changes every article that carries it.
    CREATE TRIGGER bundle_fragment_tag_rename AFTER UPDATE OF name ON tag BEGIN
      DELETE FROM bundle_fragment WHERE article_id IN (
        SELECT article_id FROM article_tag WHERE tag_id = NEW.id
        UNION
        SELECT f.article_id FROM fact_tag ft JOIN fact f ON f.id = ft.fact_id WHERE ft.tag_id = NEW.id
      );
    END;
  `);
}

/** The article a row of `table` belongs to (its article_id) forgets its fragments on `events`. */
function forgetOn(db: Database, table: string, events: ('insert' | 'update' | 'delete')[]): void {
  const articles = {
    insert: 'NEW.article_id',
    update: 'OLD.article_id, NEW.article_id',
    delete: 'OLD.article_id',
  };
  for (const event of events)
    db.exec(`
      CREATE TRIGGER bundle_fragment_${table}_${event} AFTER ${event.toUpperCase()} ON ${table} BEGIN
        DELETE FROM bundle_fragment WHERE article_id IN (${articles[event]});
      END;
    `);
}
