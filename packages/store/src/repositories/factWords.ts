import type { Database } from 'better-sqlite3';

/**
 * Texts that facts repeat — corroboration and topic keys, subjects, units, qualifiers,
 * extractor names and versions — are stored once each in `fact_word` and the fact row
 * keeps their ids (migration 10). The keys' indexes, which "who else says 80 countries"
 * walks, then hold integers instead of the keys' characters.
 *
 * Ids are looked up through a cache per connection: a word's id never changes once
 * committed. One stored inside a transaction that is rolled back may be handed out again
 * for another word, so the store forgets the cache whenever a transaction fails
 * (`forgetFactWords`).
 */
type Cache = { ids: Map<string, number>; texts: Map<number, string> };

const caches = new WeakMap<Database, Cache>();
/** Words kept per connection before the cache starts again (a few MB). */
const CACHE_LIMIT = 50_000;

function cacheOf(db: Database): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { ids: new Map(), texts: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

function remember(cache: Cache, id: number, text: string): void {
  if (cache.ids.size >= CACHE_LIMIT) {
    cache.ids.clear();
    cache.texts.clear();
  }
  cache.ids.set(text, id);
  cache.texts.set(id, text);
}

/** After a rolled-back transaction: ids handed out inside it may not exist. */
export function forgetFactWords(db: Database): void {
  caches.delete(db);
}

export function factWordRepository(db: Database) {
  const idOf = db.prepare<[string], number>('SELECT id FROM fact_word WHERE text = ?').pluck();
  const textOf = db.prepare<[number], string>('SELECT text FROM fact_word WHERE id = ?').pluck();
  const add = db.prepare<[string]>('INSERT INTO fact_word (text) VALUES (?)');
  return {
    /** The word's id, stored first if it is new; null stays null. */
    id(text: string | null): number | null {
      if (text === null) return null;
      const cache = cacheOf(db);
      const cached = cache.ids.get(text);
      if (cached !== undefined) return cached;
      const id = idOf.get(text) ?? Number(add.run(text).lastInsertRowid);
      remember(cache, id, text);
      return id;
    },
    /** The word's id if it is stored (a lookup never adds one). */
    find(text: string): number | null {
      const cache = cacheOf(db);
      const id = cache.ids.get(text) ?? idOf.get(text);
      if (id === undefined) return null;
      remember(cache, id, text);
      return id;
    },
    text(id: number | null): string | null {
      if (id === null) return null;
      const cache = cacheOf(db);
      const cached = cache.texts.get(id);
      if (cached !== undefined) return cached;
      const text = textOf.get(id);
      if (text === undefined) throw new Error(`fact word ${id} is missing`);
      remember(cache, id, text);
      return text;
    },
  };
}

export type FactWordRepository = ReturnType<typeof factWordRepository>;
