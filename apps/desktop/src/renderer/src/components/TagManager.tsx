import { useEffect, useState } from 'react';
import type { Tag } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';

/** Create, rename, recolour and merge the corpus's tags. */
export function TagManager({ onClose }: { onClose: () => void }) {
  const { client, say, refresh } = useDesk();
  const revision = useRevision();
  const t = useT();
  const [tags, setTags] = useState<Tag[]>([]);
  const [name, setName] = useState('');
  useEffect(() => {
    void client.call('tags.list', {}).then((result) => result.ok && setTags(result.value));
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
        {tags.length === 0 ? (
          <p className="muted">{t('tags.none')}</p>
        ) : (
          <table className="tag-table">
            <tbody>
              {tags.map((tag) => (
                <tr key={`${tag.id}-${tag.name}-${tag.colour}`} data-testid="tag-row">
                  <td>
                    <input
                      aria-label={`${t('tags.rename')}: ${tag.name}`}
                      defaultValue={tag.name}
                      onBlur={(e) =>
                        e.target.value.trim() !== tag.name &&
                        void run(
                          client.call('tags.update', { id: tag.id, name: e.target.value.trim() }),
                        )
                      }
                      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                    />
                  </td>
                  <td>
                    <input
                      type="color"
                      aria-label={`${t('tags.colour')}: ${tag.name}`}
                      defaultValue={tag.colour}
                      onChange={(e) =>
                        void run(client.call('tags.update', { id: tag.id, colour: e.target.value }))
                      }
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`${t('tags.mergeInto')} ${tag.name}`}
                      value=""
                      onChange={(e) =>
                        e.target.value &&
                        void run(
                          client.call('tags.merge', { from: tag.id, into: Number(e.target.value) }),
                        )
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
                    </select>
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
