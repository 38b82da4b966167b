import { useEffect, useMemo, useState } from 'react';
import type { ArticleEdit, Decision, Fact, Tag } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { describeHistoryEntry } from '../i18n/decisions.ts';
import { knownFrom } from '../desk/paragraphs.ts';
import { useLanguage, useT } from '../i18n/index.ts';

/**
 * Who decided what on this article, newest first, in the editor's words ("Reverted a
 * change (Link-farm phrase)"), with undo and redo shown as such.
 */
export function History({
  articleId,
  raw,
  edits,
  facts,
}: {
  articleId: number;
  raw: string;
  edits: ArticleEdit[];
  facts: Fact[];
}) {
  const { client } = useDesk();
  const revision = useRevision('history');
  const t = useT();
  const language = useLanguage();
  const [decisions, setDecisions] = useState<Decision[] | null>(null);
  const [tags, setTags] = useState<Tag[]>([]);
  const [open, setOpen] = useState(false);
  // Read when the editor opens it, not with every article.
  useEffect(() => {
    if (!open) return setDecisions(null);
    void client
      .call('articles.history', { id: articleId })
      .then((result) => result.ok && setDecisions(result.value));
    void client.call('tags.list', {}).then((result) => result.ok && setTags(result.value));
  }, [client, articleId, revision, open]);
  const known = useMemo(() => knownFrom({ raw, edits }, facts, tags), [raw, edits, facts, tags]);
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
            <li key={d.id} data-testid="history-entry">
              <time dateTime={d.at}>{d.at.replace('T', ' ').slice(0, 19)}</time>{' '}
              <strong>{d.editor}</strong> {describeHistoryEntry(d, t, language, known)}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
