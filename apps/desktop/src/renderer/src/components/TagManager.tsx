import { useEffect, useState } from 'react';
import type { Tag, TagUsage } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';
import { TagColourField } from './TagColourField.tsx';

/**
 * Create, rename, recolour, merge and delete the corpus's tags, with how many articles and
 * facts carry each. Renaming, recolouring, merging and deleting are decisions: Ctrl+Z
 * undoes them (a merge gives the tag back on exactly what it was on), and the undo right
 * here brings a deleted tag back on everything it was on.
 */
export function TagManager({ onClose }: { onClose: () => void }) {
  const { client, say, refresh, decide } = useDesk();
  const revision = useRevision('tags', 'tagUsage');
  const t = useT();
  const [tags, setTags] = useState<Tag[]>([]);
  const [usage, setUsage] = useState<Map<number, TagUsage>>(new Map());
  const [name, setName] = useState('');
  const [deleted, setDeleted] = useState<string | null>(null);
  useEffect(() => {
    void client.call('tags.list', {}).then((result) => result.ok && setTags(result.value));
    void client.call('tags.usage', {}).then((result) => {
      if (result.ok) setUsage(new Map(result.value.map((u) => [u.id, u])));
    });
  }, [client, revision]);

  const run = async (call: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const result = await call;
    if (!result.ok) say(result.error?.message ?? '', 'error');
    refresh();
  };

  return (
    <Dialog title={t('tags.title')} onClose={onClose} wide>
      <div className="dialog-body">
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() === '') return;
            void run(client.call('tags.create', { name: name.trim() }));
            setName('');
          }}
        >
          <input
            aria-label={t('tags.new')}
            placeholder={t('tags.new')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit">{t('tags.create')}</button>
        </form>
        {deleted !== null && (
          <p role="status" data-testid="tag-deleted">
            {t('tags.deleted', { name: deleted })}{' '}
            <button
              type="button"
              className="small"
              onClick={() =>
                void decide('decisions.undo', {}).then((undone) => undone && setDeleted(null))
              }
            >
              {t('tags.undo')}
            </button>
          </p>
        )}
        {tags.length === 0 ? (
          <p className="muted">{t('tags.none')}</p>
        ) : (
          <table className="tag-table">
            <thead>
              <tr>
                <th scope="col">{t('tags.rename')}</th>
                <th scope="col">{t('tags.colour')}</th>
                <th scope="col">{t('tags.usedBy')}</th>
                <th scope="col">{t('tags.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <tr key={`${tag.id}-${tag.name}-${tag.colour}`} data-testid="tag-row">
                  <td>
                    <input
                      aria-label={`${t('tags.rename')}: ${tag.name}`}
                      defaultValue={tag.name}
                      onBlur={(e) =>
                        e.target.value.trim() !== tag.name &&
                        void decide('tags.update', {
                          id: tag.id,
                          name: e.target.value.trim(),
                          seen: { name: tag.name },
                        })
                      }
                      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                    />
                  </td>
                  <td>
                    <TagColourField
                      tag={tag}
                      label={`${t('tags.colour')}: ${tag.name}`}
                      onChoose={(colour) => void decide('tags.update', { id: tag.id, colour })}
                    />
                  </td>
                  <td data-testid="tag-usage">
                    {t('tags.usage', {
                      articles: usage.get(tag.id)?.articles ?? 0,
                      facts: usage.get(tag.id)?.facts ?? 0,
                    })}
                  </td>
                  <td className="tag-actions">
                    <select
                      aria-label={`${t('tags.mergeInto')} ${tag.name}`}
                      value=""
                      onChange={(e) =>
                        e.target.value &&
                        void decide('tags.merge', { from: tag.id, into: Number(e.target.value) })
                      }
                    >
                      <option value="">{t('tags.mergeInto')}</option>
                      {tags
                        .filter((other) => other.id !== tag.id)
                        .map((other) => (
                          <option key={other.id} value={other.id}>
                            {other.name}
                          </option>
                        ))}
                    </select>{' '}
                    <button
                      type="button"
                      className="reject"
                      aria-label={t('tags.deleteLabel', { name: tag.name })}
                      onClick={() =>
                        void decide('tags.delete', { id: tag.id }).then(
                          (decision) => decision && setDeleted(tag.name),
                        )
                      }
                    >
                      {t('tags.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Dialog>
  );
}
