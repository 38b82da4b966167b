import { useEffect, useState } from 'react';
import type { Decision } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Who decided what on this article, newest first, with undo and redo shown as such. */
export function History({ articleId }: { articleId: number }) {
  const { client } = useDesk();
  const revision = useRevision();
  const t = useT();
  const [decisions, setDecisions] = useState<Decision[] | null>(null);
  const [open, setOpen] = useState(false);
  // Read when the editor opens it, not with every article.
  useEffect(() => {
    if (!open) return setDecisions(null);
    void client
      .call('articles.history', { id: articleId })
      .then((result) => result.ok && setDecisions(result.value));
  }, [client, articleId, revision, open]);
  return (
    <details
      className="history"
      data-testid="history"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {t('article.history')}
        {decisions ? ` (${decisions.length})` : ''}
      </summary>
      {decisions === null ? null : decisions.length === 0 ? (
        <p className="muted">{t('article.noHistory')}</p>
      ) : (
        <ol>
          {[...decisions].reverse().map((d) => (
            <li key={d.id}>
              <time dateTime={d.at}>{d.at.replace('T', ' ').slice(0, 19)}</time>{' '}
              <strong>{d.editor}</strong> {d.kind !== 'act' && <em>{d.kind} </em>}
              {d.action} #{d.targetId}: {show(d.before)} → {show(d.after)}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
