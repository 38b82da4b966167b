import { useEffect, useState } from 'react';
import type { Tag } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';

/**
 * Type a tag's name and press Enter: an existing tag is applied, a new name creates it.
 * Esc gives up. Suggestions come from the corpus's tags.
 */
export function TagPicker({ onPick }: { onPick: (tagId: number | null) => void }) {
  const { client, say, invalidate } = useDesk();
  const t = useT();
  const [tags, setTags] = useState<Tag[]>([]);
  const [name, setName] = useState('');
  useEffect(() => {
    void client.call('tags.list', {}).then((result) => result.ok && setTags(result.value));
  }, [client]);
  const pick = async () => {
    const wanted = name.trim();
    if (wanted === '') return onPick(null);
    const named = (list: readonly Tag[]) =>
      list.find((tag) => tag.name.toLowerCase() === wanted.toLowerCase());
    const existing = named(tags);
    if (existing) return onPick(existing.id);
    // Not among the tags this picker was opened with: they may not have arrived yet (Enter
    // pressed at once), or the tag was made since (the last tagging, another desk). The
    // corpus's own list says whether the name is new before it is created.
    const now = await client.call('tags.list', {});
    const made = now.ok ? named(now.value) : undefined;
    if (made) return onPick(made.id);
    const created = await client.call('tags.create', { name: wanted });
    if (!created.ok) {
      say(created.error.message, 'error');
      return onPick(null);
    }
    // The list's tag filter, the chips' colours and the tag manager learn of the new tag.
    invalidate('tags');
    onPick(created.value.id);
  };
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void pick();
      }}
    >
      <input
        aria-label={t('facts.tagLabel')}
        list="tag-names"
        value={name}
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onPick(null);
          }
        }}
      />
      <datalist id="tag-names">
        {tags.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
    </form>
  );
}
