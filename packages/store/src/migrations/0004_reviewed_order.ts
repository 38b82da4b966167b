import type { Database } from 'better-sqlite3';

/**
 * Articles whose facts are all decided are listed by title or date as often as those
 * still waiting; without these, a page of them walked the whole title order skipping
 * the others (a third of a corpus under review). Partial: only those articles are in it.
 */
export function migrate0004ReviewedOrder(db: Database): void {
  db.exec(`
    CREATE INDEX article_settled_title ON article(coalesce(title, ''), id) WHERE pending_facts = 0;
    CREATE INDEX article_settled_date ON article(coalesce(published_at, ''), id) WHERE pending_facts = 0;
  `);
}
