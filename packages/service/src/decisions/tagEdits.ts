import { WinnowFailure } from '@winnow/contract';
import type { Decision, TagFields, ValidParams } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { act } from './decisions.ts';
import { mergedValue } from './tagMerge.ts';

/** The tag manager's rename, recolour and merge, as decisions (tagActions.ts). */

function tagOrFail(store: Store, id: number) {
  const tag = store.tags.get(id);
  if (!tag) throw new WinnowFailure('not_found', `There is no tag ${id} in this corpus.`);
  return tag;
}

/**
 * Changes the fields given; the decision holds only those, so that its undo touches
 * nothing else. `seen` (what the desk showed) is checked for the same fields.
 */
export function updateTag(store: Store, params: ValidParams<'tags.update'>): Decision | null {
  const { id, editor, seen } = params;
  return store.transaction(() => {
    const tag = tagOrFail(store, id);
    const after: TagFields = {};
    const shown: TagFields = {};
    for (const key of ['name', 'colour', 'description'] as const) {
      const value = params[key];
      if (value === undefined) continue;
      after[key] = value;
      // A field the desk did not say it showed is taken as it is.
      shown[key] = seen?.[key] ?? tag[key];
    }
    if (Object.keys(after).length === 0) return null;
    return act(store, editor, 'tag.update', id, after, seen === undefined ? undefined : shown);
  });
}

export function mergeTags(store: Store, params: ValidParams<'tags.merge'>): Decision | null {
  const { from, into, editor } = params;
  if (from === into) throw new WinnowFailure('bad_request', 'A tag cannot be merged into itself.');
  // Read and merged under the write lock: what another desk tags meanwhile is merged too.
  return store.transaction(() => {
    tagOrFail(store, from);
    tagOrFail(store, into);
    return act(store, editor, 'tag.merge', from, mergedValue(store, from, into));
  });
}
