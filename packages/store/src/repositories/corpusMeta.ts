import type { Database } from 'better-sqlite3';

export function corpusMetaRepository(db: Database) {
  const get = db.prepare<[string], { value: string }>(
    'SELECT value FROM corpus_meta WHERE key = ?',
  );
  const set = db.prepare<[string, string]>(
    'INSERT INTO corpus_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | null {
      return get.get(key)?.value ?? null;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
  };
}
