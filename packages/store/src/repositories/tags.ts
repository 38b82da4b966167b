import type { Database } from 'better-sqlite3';

export type TagRow = {
  id: number;
  name: string;
  colour: string;
  description: string;
  createdAt: string;
};

export function tagRepository(db: Database) {
  // A new tag's id is past every id a tag has had, not only past those there now (SQLite's
  // default): a tag deleted or merged away is still named by id in the decision log — its
  // undo brings it back under that id, a redone tagging puts it on — and given to a new
  // tag, that undo could never happen and the redo would tag with the wrong tag. Tags
  // leave only through those decisions, which name them as their target.
  const insert = db.prepare<[string, string, string, string]>(
    `INSERT INTO tag (id, name, colour, description, created_at) VALUES (1 + max(
       (SELECT coalesce(max(id), 0) FROM tag),
       (SELECT coalesce(max(target_id), 0) FROM decision
         WHERE article_id IS NULL AND target_type = 'tag')
     ), ?, ?, ?, ?)`,
  );
  const all = db.prepare<[], TagRow>(
    'SELECT id, name, colour, description, created_at AS createdAt FROM tag ORDER BY name COLLATE NOCASE',
  );
  const byId = db.prepare<[number], TagRow>(
    'SELECT id, name, colour, description, created_at AS createdAt FROM tag WHERE id = ?',
  );
  const byName = db.prepare<[string], TagRow>(
    'SELECT id, name, colour, description, created_at AS createdAt FROM tag WHERE name = ? COLLATE NOCASE',
  );
  const onArticle = db.prepare<[number], { tagId: number }>(
    'SELECT tag_id AS tagId FROM article_tag WHERE article_id = ? ORDER BY tag_id',
  );
  const add = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO article_tag (article_id, tag_id) VALUES (?, ?)',
  );
  const remove = db.prepare<[number, number]>(
    'DELETE FROM article_tag WHERE article_id = ? AND tag_id = ?',
  );
  const namesOnArticle = db.prepare<[number], { name: string }>(
    'SELECT t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = ? ORDER BY t.name',
  );
  const onFact = db.prepare<[number], { tagId: number }>(
    'SELECT tag_id AS tagId FROM fact_tag WHERE fact_id = ? ORDER BY tag_id',
  );
  const namesOnFacts = db.prepare<[number], { factId: number; name: string }>(
    `SELECT x.fact_id AS factId, t.name FROM fact_tag x JOIN tag t ON t.id = x.tag_id
      JOIN fact f ON f.id = x.fact_id WHERE f.article_id = ? ORDER BY t.name`,
  );
  const addToFact = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO fact_tag (fact_id, tag_id) VALUES (?, ?)',
  );
  const removeFromFact = db.prepare<[number, number]>(
    'DELETE FROM fact_tag WHERE fact_id = ? AND tag_id = ?',
  );
  const update = db.prepare<[string, string, string, number]>(
    'UPDATE tag SET name = ?, colour = ?, description = ? WHERE id = ?',
  );
  const moveArticles = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO article_tag (article_id, tag_id) SELECT article_id, ? FROM article_tag WHERE tag_id = ?',
  );
  const moveFacts = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO fact_tag (fact_id, tag_id) SELECT fact_id, ? FROM fact_tag WHERE tag_id = ?',
  );
  const dropArticleTags = db.prepare<[number]>('DELETE FROM article_tag WHERE tag_id = ?');
  const dropFactTags = db.prepare<[number]>('DELETE FROM fact_tag WHERE tag_id = ?');
  const drop = db.prepare<[number]>('DELETE FROM tag WHERE id = ?');
  const restore = db.prepare<[number, string, string, string, string]>(
    'INSERT INTO tag (id, name, colour, description, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const articlesWith = db.prepare<[number], { id: number }>(
    'SELECT article_id AS id FROM article_tag WHERE tag_id = ? ORDER BY article_id',
  );
  const factsWith = db.prepare<[number], { id: number }>(
    'SELECT fact_id AS id FROM fact_tag WHERE tag_id = ? ORDER BY fact_id',
  );
  const usage = db.prepare<[], { id: number; articles: number; facts: number }>(
    `SELECT t.id,
            (SELECT count(*) FROM article_tag x WHERE x.tag_id = t.id) AS articles,
            (SELECT count(*) FROM fact_tag x WHERE x.tag_id = t.id) AS facts
       FROM tag t ORDER BY t.id`,
  );
  return {
    /** How many articles and facts carry each tag. */
    usage: () => usage.all(),
    /** The articles and facts a tag is on (what deleting it takes away). */
    members: (id: number) => ({
      articles: articlesWith.all(id).map((r) => r.id),
      facts: factsWith.all(id).map((r) => r.id),
    }),
    /** Takes the tag off everything and deletes it. */
    delete(id: number): void {
      dropArticleTags.run(id);
      dropFactTags.run(id);
      drop.run(id);
    },
    /** Brings a deleted tag back under its id, on the articles and facts it was on. */
    restore(
      tag: Omit<TagRow, 'createdAt'> & { createdAt: string },
      articles: number[],
      facts: number[],
    ): void {
      restore.run(tag.id, tag.name, tag.colour, tag.description, tag.createdAt);
      for (const articleId of articles) add.run(articleId, tag.id);
      for (const factId of facts) addToFact.run(factId, tag.id);
    },
    update(id: number, name: string, colour: string, description: string): void {
      update.run(name, colour, description, id);
    },
    /** Everything tagged `from` is tagged `into`, and `from` is gone. */
    merge(from: number, into: number): void {
      moveArticles.run(into, from);
      moveFacts.run(into, from);
      dropArticleTags.run(from);
      dropFactTags.run(from);
      drop.run(from);
    },
    namesOnArticle: (articleId: number): string[] =>
      namesOnArticle.all(articleId).map((r) => r.name),
    onFact: (factId: number): number[] => onFact.all(factId).map((r) => r.tagId),
    /** Tag names of every fact of an article, by fact id. */
    namesOnFactsOf(articleId: number): Map<number, string[]> {
      const byFact = new Map<number, string[]>();
      for (const { factId, name } of namesOnFacts.all(articleId))
        byFact.set(factId, [...(byFact.get(factId) ?? []), name]);
      return byFact;
    },
    setOnFact(factId: number, tagId: number, on: boolean): void {
      if (on) addToFact.run(factId, tagId);
      else removeFromFact.run(factId, tagId);
    },
    create(name: string, colour: string, description: string): number {
      return Number(
        insert.run(name, colour, description, new Date().toISOString()).lastInsertRowid,
      );
    },
    list: (): TagRow[] => all.all(),
    get: (id: number): TagRow | null => byId.get(id) ?? null,
    byName: (name: string): TagRow | null => byName.get(name) ?? null,
    onArticle: (articleId: number): number[] => onArticle.all(articleId).map((r) => r.tagId),
    setOnArticle(articleId: number, tagId: number, on: boolean): void {
      if (on) add.run(articleId, tagId);
      else remove.run(articleId, tagId);
    },
  };
}
