import { useCallback, useEffect, useState } from 'react';
import type { CleaningBlock } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';

/**
 * The blocks editors asked to be removed wherever they appear, in the Cleaning dialog:
 * each can be taken off the list (a decision), and that taken back with Undo here.
 */
export function BlocksList() {
  const { client, decide, say } = useDesk();
  const t = useT();
  const [blocks, setBlocks] = useState<CleaningBlock[] | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const load = useCallback(
    () => void client.call('blocks.list', {}).then((r) => r.ok && setBlocks(r.value)),
    [client],
  );
  useEffect(load, [load]);
  return (
    <section className="blocks" data-testid="cleaning-blocks">
      <h3>{t('blocks.title')}</h3>
      <p className="muted">{t('blocks.explain')}</p>
      {blocks?.length === 0 && <p>{t('blocks.none')}</p>}
      <ul>
        {(blocks ?? []).map((block) => (
          <li key={`${block.source ?? ''}\n${block.text}`}>
            <q>{block.text}</q>{' '}
            <small>
              {block.source === null
                ? t('blocks.scopeCorpus')
                : t('blocks.scopeSource', { source: block.source })}
            </small>{' '}
            <button
              type="button"
              className="small"
              onClick={() =>
                void decide('blocks.set', { ...block, on: false }).then((decision) => {
                  if (decision === null) return;
                  say(t('blocks.removed'));
                  setCanUndo(true);
                  load();
                })
              }
            >
              {t('blocks.remove')}
            </button>
          </li>
        ))}
      </ul>
      {canUndo && (
        <button
          type="button"
          onClick={() =>
            void decide('decisions.undo', {}).then(() => {
              setCanUndo(false);
              load();
            })
          }
        >
          {t('blocks.undo')}
        </button>
      )}
    </section>
  );
}
