import { WinnowFailure } from '@winnow/contract';
import type { Store } from '@winnow/store';

/** How tag decisions name a tag in their messages, and the check before a tag takes a name. */

/** "the tag “name” (12)": conflict messages name the tag as the editor knows it. */
export function tagNamed(store: Store, tagId: number, value: unknown): string {
  const stored = store.tags.get(tagId)?.name;
  const named = (value as { name?: unknown } | null)?.name;
  const name = stored ?? (typeof named === 'string' ? named : null);
  return name === null ? `the tag ${tagId}` : `the tag “${name}” (${tagId})`;
}

/** Before a tag takes a name: no other tag may have it (names are unique, in any case). */
export function nameFree(store: Store, tagId: number, name: string, what: string): void {
  const clash = store.tags.byName(name);
  if (clash && clash.id !== tagId)
    throw new WinnowFailure('conflict', `A tag named "${clash.name}" already exists; ${what}.`, {
      tagId: clash.id,
    });
}
