import { useEffect, useState } from 'react';
import type { Tag } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';

/** Approve, reject or tag the articles picked in the list: one decision each, with undo. */
export function BulkBar({ ids, onClear }: { ids: number[]; onClear: () => void }) {
  const { client, decide, say } = useDesk();
  const revision = useRevision('tags');
  const t = useT();
  const [tags, setTags] = useState<Tag[]>([]);
  useEffect(() => {
    void client.call('tags.list', {}).then((result) => result.ok && setTags(result.value));
  }, [client, revision]);
  const done = (result: unknown) => {
    if (result !== null) say(t('bulk.done', { n: ids.length }));
  };
  return (
    <div className="bulk-bar" role="group" aria-label={t('bulk.selected', { n: ids.length })}>
      <span data-testid="bulk-count" title={t('bulk.hint')}>
        {t('bulk.selected', { n: ids.length })}
      </span>
      <button
        type="button"
        className="approve"
        onClick={() =>
          void decide('articles.setStatusMany', { ids, status: 'approved' }).then(done)
        }
      >
        {t('bulk.approve')}
      </button>
      <button
        type="button"
        className="reject"
        onClick={() =>
          void decide('articles.setStatusMany', { ids, status: 'rejected' }).then(done)
        }
      >
        {t('bulk.reject')}
      </button>
      {tags.length > 0 && (
        <select
          aria-label={t('bulk.tag')}
          value=""
          onChange={(e) =>
            void decide('articles.tagMany', {
              ids,
              tagId: Number(e.target.value),
              on: true,
            }).then(done)
          }
        >
          <option value="">{t('bulk.tag')}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      )}
      <button type="button" onClick={onClear}>
        {t('bulk.clear')}
      </button>
    </div>
  );
}
