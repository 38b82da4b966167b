import type { Database } from 'better-sqlite3';

export type TagRow = {
  id: number;
  name: string;
  colour: string;
  description: string;
  createdAt: string;
};

export function tagRepository(db: Database) {
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO tag (name, colour, description, created_at) VALUES (?, ?, ?, ?)',
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
  return {
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
