import type { Database } from 'better-sqlite3';

/** One article's share of one bundle file, deflated (see migration 0005). */
export type BundleFragment = { facts: number; bytes: number; data: Buffer };

/**
 * Kept bundle fragments. The database deletes an article's fragments whenever what they
 * were built from changes; this only reads and writes them.
 */
export function bundleFragmentRepository(db: Database) {
  const many = db.prepare<[string, string, string], BundleFragment & { articleId: number }>(
    `SELECT article_id AS articleId, facts, bytes, data FROM bundle_fragment
      WHERE article_id IN (SELECT value FROM json_each(?)) AND part = ? AND recipe = ?`,
  );
  const put = db.prepare<[number, string, string, number, number, Buffer]>(
    `INSERT INTO bundle_fragment (article_id, part, recipe, facts, bytes, data) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (article_id, part) DO UPDATE
       SET recipe = excluded.recipe, facts = excluded.facts, bytes = excluded.bytes, data = excluded.data`,
  );
  const lacking = db.prepare<[number, string, number, number], { id: number }>(
    `SELECT a.id FROM article a
      WHERE a.id > ?
        AND (SELECT count(*) FROM bundle_fragment f WHERE f.recipe = ? AND f.article_id = a.id) < ?
      ORDER BY a.id LIMIT ?`,
  );
  const countLacking = db.prepare<[string, number], { n: number }>(
    `SELECT count(*) AS n FROM article a
      WHERE (SELECT count(*) FROM bundle_fragment f WHERE f.recipe = ? AND f.article_id = a.id) < ?`,
  );
  // Two ranges of the recipe index, not a scan of every (page-sized) row.
  const stale = db.prepare<[string, string]>(
    'DELETE FROM bundle_fragment WHERE recipe < ? OR recipe > ?',
  );
  return {
    /** The fragments of many articles at once: one query instead of one each. */
    many(articleIds: readonly number[], part: string, recipe: string): Map<number, BundleFragment> {
      const found = new Map<number, BundleFragment>();
      for (const { articleId, ...fragment } of many.all(JSON.stringify(articleIds), part, recipe))
        found.set(articleId, fragment);
      return found;
    },
    put(articleId: number, part: string, recipe: string, fragment: BundleFragment): void {
      put.run(articleId, part, recipe, fragment.facts, fragment.bytes, fragment.data);
    },
    /** Articles after `afterId` without all `parts` fragments of `recipe`, in id order. */
    lacking(recipe: string, parts: number, afterId: number, limit: number): number[] {
      return lacking.all(afterId, recipe, parts, limit).map((row) => row.id);
    },
    countLacking: (recipe: string, parts: number): number =>
      countLacking.get(recipe, parts)?.n ?? 0,
    /** Fragments another recipe built: never used again, only taking room. */
    removeStale: (recipe: string): number => stale.run(recipe, recipe).changes,
    clear: (): number => db.prepare('DELETE FROM bundle_fragment').run().changes,
  };
}
