import { WinnowFailure } from '@winnow/contract';
import type { Store } from '@winnow/store';

const taken = (name: string) =>
  new WinnowFailure('conflict', `A tag named "${name}" already exists.`);

/**
 * A new tag, unless one of that name exists. The look and the insert are one transaction
 * under the write lock: two desks on one corpus file making the same name at once would
 * otherwise both find it free, and the later insert failed on the database's unique name
 * as an internal error. (The unique name stays the last word: hit anyway, it is the same
 * conflict.)
 */
export function createTag(store: Store, name: string, colour: string, description: string) {
  return store.transaction(() => {
    const existing = store.tags.byName(name);
    if (existing) throw taken(existing.name);
    try {
      return store.tags.create(name, colour, description);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw taken(store.tags.byName(name)?.name ?? name);
      throw error;
    }
  });
}
