import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '@winnow/contract';
import { languageName } from '../labels.ts';

type Props = {
  articles: ArticleSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
};

export function ArticleList({ articles, selectedId, onSelect }: Props) {
  const list = useRef<HTMLUListElement>(null);
  // When the editor moves through the list by keyboard, focus follows the selection.
  useEffect(() => {
    const element = list.current;
    if (!element?.contains(document.activeElement)) return;
    element.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, [selectedId]);
  if (articles.length === 0) return <p className="empty">No articles match.</p>;
  return (
    <ul ref={list} className="article-list" role="listbox" aria-label="Articles">
      {articles.map((article) => (
        <li
          key={article.id}
          role="option"
          aria-selected={article.id === selectedId}
          tabIndex={article.id === selectedId ? 0 : -1}
          className={article.id === selectedId ? 'selected' : undefined}
          onClick={() => onSelect(article.id)}
          data-article-id={article.id}
        >
          <span className="title">{article.title ?? '(untitled)'}</span>
          <span className="meta">
            {languageName(article.language, article.script)} · {article.encoding.toUpperCase()} ·{' '}
            {article.status}
            {article.warnings.length > 0 ? ' · ⚠' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
