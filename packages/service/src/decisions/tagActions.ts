import { WinnowFailure } from '@winnow/contract';
import type { TagFields } from '@winnow/contract';
import type { Store } from '@winnow/store';
import type { ActionHandlers } from './actionSpec.ts';
import { readMerge, writeMerge } from './tagMerge.ts';
import { nameFree, tagNamed } from './tagNames.ts';

/**
 * A tag's rename (or new colour, description) and its merge into another tag, as decisions:
 * each reads what its undo needs, so that undo gives the old name back, or the merged-away
 * tag on exactly what it was on — and refuses, as every undo does, when another editor
 * changed the tag since. (The merge's reading and writing: tagMerge.ts.)
 */

const FIELDS = ['name', 'colour', 'description'] as const;

function readFields(store: Store, tagId: number, like: TagFields): TagFields | null {
  const tag = store.tags.get(tagId);
  if (!tag) return null;
  const now: TagFields = {};
  for (const key of FIELDS) if (like[key] !== undefined) now[key] = tag[key];
  return now;
}

function writeFields(store: Store, tagId: number, value: TagFields): void {
  const tag = store.tags.get(tagId);
  if (!tag)
    throw new WinnowFailure(
      'conflict',
      `${tagNamed(store, tagId, value)} was deleted or merged into another since.`,
      { tagId },
    );
  if (value.name !== undefined)
    nameFree(store, tagId, value.name, 'merge the two tags instead, or rename that one first');
  const next = { ...tag, ...value };
  store.tags.update(tagId, next.name, next.colour, next.description);
}

export const tagActions: Pick<ActionHandlers, 'tag.update' | 'tag.merge'> = {
  'tag.update': {
    read: readFields,
    write: writeFields,
    articleOf: () => null,
    named: tagNamed,
  },
  'tag.merge': {
    read: readMerge,
    write: writeMerge,
    articleOf: () => null,
    named: tagNamed,
  },
};
