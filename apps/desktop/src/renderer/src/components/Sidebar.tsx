import { articleStatuses } from '@winnow/contract';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ArticleSummary, Params, Tag } from '@winnow/contract';
import { usePicking } from '../desk/usePicking.ts';
import { BulkBar } from './BulkBar.tsx';
import { ListOptions } from './ListOptions.tsx';
import type { ListSort } from './ListOptions.tsx';
import { useDesk, useRevision, useRevisions } from '../desk/context.ts';
import { listScopes, patchSummaries, revisionOf } from '../desk/decisionEffects.ts';
import { isTyping } from '../desk/keys.ts';
import { useT } from '../i18n/index.ts';
import type { Translate } from '../i18n/index.ts';
import { languageName } from '../labels.ts';
import { Highlighted } from './Highlighted.tsx';
import { VirtualList } from './VirtualList.tsx';
import { setListQuery } from '../desk/listQuery.ts';

type Filter = Omit<Params<'articles.list'>, 'limit' | 'after' | 'sort'>;
/** What the list shows: its filters and search, which an export starts from. */
export type ListSelection = Filter & { query?: string };
type Page = { articles: ArticleSummary[]; next: string | null; total: number; capped: boolean };

const PAGE = 200;

/** Search, filters, review progress and the (virtualized) list of matching articles. */
export function Sidebar({
  selectedId,
  onSelect,
  onSelection,
  latestSelected,
}: {
  selectedId: number | null;
  onSelect: (id: number) => void;
  onSelection?: (selection: ListSelection) => void;
  /**
   * The article selected last, which may not be drawn yet (a selection waits a moment for
   * its text): ↓ and ↑ step from it, so a held key never steps from the same row twice.
   */
  latestSelected?: () => number | null;
}) {
  const { client, say, onDecision } = useDesk();
  const revisions = useRevisions();
  const progressRevision = useRevision('progress');
  const tagsRevision = useRevision('tags');
  const t = useT();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>({});
  const [sort, setSort] = useState<ListSort>('imported');
  const [page, setPage] = useState<Page | null>(null);
  const [stats, setStats] = useState<{ total: number; done: number; languages: string[] }>();
  const [tags, setTags] = useState<Tag[]>([]);

  // The list is asked for again only when a decision changed what it filters or sorts by;
  // otherwise the rows are patched from the decision (a status, a count of waiting facts).
  const listRevision = revisionOf(revisions, listScopes({ ...filter, query, sort }));
  useEffect(
    () =>
      onDecision((decision) =>
        setPage((p) => {
          if (!p) return p;
          const articles = patchSummaries(p.articles, decision);
          return articles === p.articles ? p : { ...p, articles };
        }),
      ),
    [onDecision],
  );
  useEffect(() => {
    let latest = true;
    const params = { ...filter, ...(query.trim() ? { query } : {}), sort, limit: PAGE };
    void client.call('articles.list', params).then((result) => {
      if (!latest) return;
      if (!result.ok) return say(result.error.message, 'error');
      const v = result.value;
      setPage({
        articles: v.articles,
        next: v.nextCursor,
        total: v.total,
        capped: v.totalIsCapped,
      });
    });
    return () => {
      latest = false;
    };
  }, [client, filter, query, sort, listRevision, say]);

  useEffect(() => {
    onSelection?.({ ...filter, ...(query.trim() ? { query: query.trim() } : {}) });
    setListQuery(query);
  }, [filter, query, onSelection]);

  useEffect(() => {
    void client.call('corpus.stats', {}).then((result) => {
      if (!result.ok) return;
      const s = result.value;
      const done = (s.byStatus['approved'] ?? 0) + (s.byStatus['rejected'] ?? 0);
      setStats({ total: s.articles, done, languages: Object.keys(s.byLanguage) });
    });
  }, [client, progressRevision]);
  useEffect(() => {
    void client.call('tags.list', {}).then((result) => result.ok && setTags(result.value));
  }, [client, tagsRevision]);

  // The list asks for more as it nears its end; one request per page is enough.
  const loading = useRef<string | null>(null);
  const loadMore = () => {
    if (!page?.next || loading.current === page.next) return;
    const after = page.next;
    loading.current = after;
    const params = { ...filter, ...(query.trim() ? { query } : {}), sort, limit: PAGE, after };
    void client.call('articles.list', params).then((result) => {
      if (!result.ok) return;
      setPage((p) =>
        p && p.next === after
          ? {
              ...p,
              articles: [...p.articles, ...result.value.articles],
              next: result.value.nextCursor,
            }
          : p,
      );
    });
  };

  // The same function from render to render, so the filters are not drawn again at each
  // selection (see Filters).
  const set = useCallback(
    <K extends keyof Filter>(key: K, value: Filter[K] | undefined) =>
      setFilter((f) => {
        const next = { ...f };
        if (value === undefined || value === '') delete next[key];
        else next[key] = value;
        return next;
      }),
    [],
  );

  // One function while the search and the language stay: the list's rows are drawn again
  // only when their article, their search or their selection changed.
  const renderRow = useCallback(
    (article: ArticleSummary): ReactNode => (
      <>
        <span className="title">
          <Highlighted text={article.title ?? t('article.untitled')} query={query} />
        </span>
        <span className="meta">
          {languageName(article.language, article.script)} · {article.encoding.toUpperCase()} ·{' '}
          <span className={`status-${article.status}`}>{t(`status.${article.status}`)}</span>
          {article.pendingFacts > 0
            ? ` · ${t('list.factsWaiting', { n: article.pendingFacts })}`
            : ''}
          {article.warnings.length > 0 ? ' · ⚠' : ''}
        </span>
      </>
    ),
    [query, t],
  );

  const articles = page?.articles ?? [];
  const picking = usePicking(articles, selectedId, onSelect, latestSelected);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const step =
      event.key === 'ArrowDown' || event.key === 'j'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'k'
          ? -1
          : 0;
    if (isTyping(event.target) || event.target instanceof HTMLButtonElement) return;
    if (picking.onKey(event, step)) return event.preventDefault();
    if (step === 0 || articles.length === 0) return;
    event.preventDefault();
    const from = latestSelected?.() ?? selectedId;
    const index = articles.findIndex((a) => a.id === from);
    const next = articles[Math.min(articles.length - 1, Math.max(0, index + step))];
    if (next) onSelect(next.id);
  };

  return (
    <aside className="sidebar" aria-label={t('app.corpus')} onKeyDown={onKeyDown}>
      <div className="sidebar-head">
        <span className="count" data-testid="article-count">
          {page ? `${t('list.count', { n: page.total })}${page.capped ? '+' : ''}` : ''}
        </span>
        {stats && stats.total > 0 && (
          <div className="progress" data-testid="review-progress">
            <div
              className="progress-bar"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={stats.total}
              aria-valuenow={stats.done}
              aria-label={t('list.progress', { done: stats.done, total: stats.total })}
            >
              <span style={{ width: `${(100 * stats.done) / stats.total}%` }} />
            </div>
            <small>{t('list.progress', { done: stats.done, total: stats.total })}</small>
          </div>
        )}
      </div>
      <input
        className="search"
        type="search"
        placeholder={t('list.searchPlaceholder')}
        aria-label={t('list.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter or ↓ goes from the search into its results: the first is opened (or
          // the one already open, if it matched) and the list takes the keyboard.
          if (event.key !== 'Enter' && event.key !== 'ArrowDown') return;
          const target = articles.find((a) => a.id === selectedId) ?? articles[0];
          if (!target) return;
          event.preventDefault();
          onSelect(target.id);
          requestAnimationFrame(() =>
            document
              .querySelector<HTMLElement>(`.virtual-list [data-article-id="${target.id}"]`)
              ?.focus(),
          );
        }}
      />
      <label className="check search-raw">
        <input
          type="checkbox"
          checked={filter.searchIn === 'raw'}
          onChange={(e) => set('searchIn', e.target.checked ? 'raw' : undefined)}
        />
        {t('list.searchRaw')}
      </label>
      <Filters
        filter={filter}
        set={set}
        sort={sort}
        onSort={setSort}
        languages={stats?.languages}
        tags={tags}
        t={t}
      />
      {picking.ids.length > 0 && <BulkBar ids={picking.ids} onClear={picking.clear} />}
      {page && articles.length === 0 ? (
        <p className="empty">{t('list.none')}</p>
      ) : (
        <VirtualList
          items={articles}
          chosen={picking.chosen}
          onPick={picking.onPick}
          selectedId={selectedId}
          onSelect={onSelect}
          onNearEnd={loadMore}
          label={t('app.corpus')}
          render={renderRow}
        />
      )}
    </aside>
  );
}

/**
 * The list's filters: drawn again only when they change, not at each selection (their
 * selects hold every language, tag and rule of the corpus).
 */
const Filters = memo(function Filters({
  filter,
  set,
  sort,
  onSort,
  languages,
  tags,
  t,
}: {
  filter: Filter;
  set: <K extends keyof Filter>(key: K, value: Filter[K] | undefined) => void;
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  languages: string[] | undefined;
  tags: Tag[];
  t: Translate;
}) {
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('list.filters')}</legend>
      <select
        aria-label={t('list.status')}
        value={filter.status ?? ''}
        onChange={(e) => set('status', (e.target.value || undefined) as Filter['status'])}
      >
        <option value="">
          {t('list.status')}: {t('list.any')}
        </option>
        {articleStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('list.language')}
        value={filter.language ?? ''}
        onChange={(e) => set('language', e.target.value || undefined)}
      >
        <option value="">
          {t('list.language')}: {t('list.any')}
        </option>
        {(languages ?? []).map((l) => (
          <option key={l} value={l}>
            {languageName(l, null)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('list.tag')}
        value={filter.tagId ?? ''}
        onChange={(e) => set('tagId', e.target.value ? Number(e.target.value) : undefined)}
      >
        <option value="">
          {t('list.tag')}: {t('list.any')}
        </option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
      <input
        className="source-filter"
        aria-label={t('list.source')}
        placeholder={t('list.source')}
        value={filter.source ?? ''}
        onChange={(e) => set('source', e.target.value || undefined)}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={filter.hasPendingFacts === true}
          onChange={(e) => set('hasPendingFacts', e.target.checked ? true : undefined)}
        />
        {t('list.pendingFacts')}
      </label>
      <ListOptions filter={filter} set={set} sort={sort} onSort={onSort} />
    </fieldset>
  );
});
