import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { WinnowClient } from '@winnow/contract';
import { ArticleList } from './components/ArticleList.tsx';
import { ArticleView } from './components/ArticleView.tsx';
import { useResult } from './useResult.ts';

export function App({ client }: { client: WinnowClient }) {
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const page = useResult(
    () => client.call('articles.list', { query, limit: 200 }),
    [client, query],
  );
  const articles = page.state === 'ready' ? page.value.articles : [];

  // Up/down (or j/k) move through the list without leaving the keyboard.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || articles.length === 0) return;
    const step =
      event.key === 'ArrowDown' || event.key === 'j'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'k'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = articles.findIndex((a) => a.id === selectedId);
    const next = articles[Math.min(articles.length - 1, Math.max(0, index + step))];
    if (next) setSelectedId(next.id);
  };

  return (
    <div className="app" onKeyDown={onKeyDown}>
      <aside className="sidebar" aria-label="Corpus">
        <header className="brand">
          <strong>Winnow</strong>
          <span className="count" data-testid="article-count">
            {page.state === 'ready'
              ? `${page.value.total.toLocaleString()}${page.value.totalIsCapped ? '+' : ''} ${page.value.total === 1 ? 'article' : 'articles'}`
              : ''}
          </span>
        </header>
        <input
          className="search"
          type="search"
          placeholder="Search articles / 搜索"
          aria-label="Search articles"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {page.state === 'failed' ? (
          <p className="error" role="alert">
            {page.message}
          </p>
        ) : (
          <ArticleList articles={articles} selectedId={selectedId} onSelect={setSelectedId} />
        )}
      </aside>
      <main className="content">
        {selectedId === null ? (
          <p className="empty">Select an article to read it.</p>
        ) : (
          <ArticleView client={client} id={selectedId} onOpenArticle={setSelectedId} />
        )}
      </main>
    </div>
  );
}
