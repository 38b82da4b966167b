import { useState } from 'react';
import type { Article, Params } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';

/**
 * An editor's own title, date and source for the article: one decision (with undo) for
 * what changed. A title set here is kept when the article is cleaned again.
 */
export function FieldsForm({ article, onClose }: { article: Article; onClose: () => void }) {
  const { decide, say } = useDesk();
  const t = useT();
  const [title, setTitle] = useState(article.title ?? '');
  const [published, setPublished] = useState(article.publishedAt?.slice(0, 10) ?? '');
  const [source, setSource] = useState(article.sourceName ?? '');

  const save = async () => {
    const change: Omit<Params<'articles.setFields'>, 'editor'> = { id: article.id };
    if (title.trim() !== '' && title.trim() !== (article.title ?? '')) change.title = title.trim();
    if (published.trim() !== (article.publishedAt?.slice(0, 10) ?? ''))
      change.publishedAt = published.trim() === '' ? null : published.trim();
    if (source.trim() !== (article.sourceName ?? ''))
      change.sourceName = source.trim() === '' ? null : source.trim();
    if (Object.keys(change).length === 1) return onClose();
    const decision = await decide('articles.setFields', change);
    if (decision === null) return;
    say(t('fields.saved'));
    onClose();
  };

  return (
    <form
      className="fields-form"
      data-testid="fields-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <label>
        {t('fields.title')}
        <input value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('fields.published')}
        <input
          value={published}
          pattern="\d{4}-\d{2}-\d{2}"
          inputMode="numeric"
          onChange={(e) => setPublished(e.target.value)}
        />
      </label>
      <label>
        {t('fields.source')}
        <input value={source} onChange={(e) => setSource(e.target.value)} />
      </label>
      <span className="dialog-actions">
        <button type="submit" className="primary">
          {t('fields.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('fields.cancel')}
        </button>
      </span>
    </form>
  );
}
