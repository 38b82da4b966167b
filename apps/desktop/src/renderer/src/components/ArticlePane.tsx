import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleEdit, EditorEditState, Fact, RecleanReport } from '@winnow/contract';
import { useApproval } from './ApproveGuard.tsx';
import { FieldsForm } from './FieldsForm.tsx';
import { SelectionMenu } from './SelectionMenu.tsx';
import { cleanedToRaw, editSegments, editsInForce } from '@winnow/contract';
import { saveCleaned } from './saveCleaned.ts';
import { useDesk } from '../desk/context.ts';
import { isTyping } from '../desk/keys.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { ruleName } from '../i18n/rules.ts';
import { formatBytes, languageName } from '../labels.ts';
import { ArticleTexts } from './ArticleTexts.tsx';
import { Comparison } from './Comparison.tsx';
import { RecleanedReport } from './RecleanedReport.tsx';
import { DeferredFacts } from './DeferredFacts.tsx';
import { FindBar } from './FindBar.tsx';
import { History } from './History.tsx';
import { HunkBar } from './HunkBar.tsx';
import { SearchHighlights } from './SearchHighlights.tsx';
import { TagChip } from './TagChip.tsx';
import { useArticle } from './useArticle.ts';
import { earlyKeys } from '../desk/earlyKeys.ts';

/** A fact row of this article (the last article's may still be in the page, hidden). */
const SHOWN_FACT = '.facts-slot:not([hidden]) [data-testid="fact"]';

export function ArticlePane({
  id,
  latestSelected,
  onNext,
}: {
  id: number;
  /** The article the editor chose last: drawn a moment after the choice (App.tsx). */
  latestSelected: () => number | null;
  onNext: () => void;
}) {
  const { client, decide, say, refresh } = useDesk();
  const t = useT();
  const language = useLanguage();
  const { article, error } = useArticle(id);
  const [focusedEditId, setFocusedEditId] = useState<number | null>(null);
  const [selectedFact, setSelectedFact] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [editingFields, setEditingFields] = useState(false);
  const [compareWith, setCompareWith] = useState<Article | null>(null);
  // After a re-clean: the cleaned text before it, and what the service reported.
  const [recleaned, setRecleaned] = useState<{ before: string; report: RecleanReport } | null>(
    null,
  );
  const rawPane = useRef<HTMLPreElement>(null);
  const cleanedPane = useRef<HTMLPreElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const view = useRef<HTMLElement>(null);
  const approval = useApproval(article);

  const shownId = article?.id ?? null;
  useEffect(() => {
    setFocusedEditId(null);
    setSelectedFact(null);
    setEditing(false);
    setEditingFields(false);
    setCompareWith(null);
    setRecleaned(null);
  }, [shownId]);
  // A decision reloads the article; focus returns to the hunk the editor was on.
  useEffect(() => {
    if (focusedEditId === null || !view.current) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.dataset['editId'] === String(focusedEditId)) return;
    // Only when the hunk lost focus to the reload, never away from what the editor moved to.
    const onHunk = active instanceof HTMLElement && active.matches('mark.hunk');
    if (active && active !== document.body && !onHunk) return;
    view.current.querySelector<HTMLElement>(`[data-edit-id="${focusedEditId}"]`)?.focus();
  }, [article, focusedEditId]);

  // The article's keys work from the article and from the list beside it (anywhere but a
  // field being typed in, or a dialog).
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => {});
  const [early] = useState(() => earlyKeys<KeyboardEvent>());
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      keyHandler.current(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const selectFact = useCallback((f: Fact | null) => setSelectedFact(f?.id ?? null), []);

  const fact: Fact | null = article?.facts.find((f) => f.id === selectedFact) ?? null;
  const segments = useMemo(
    () => (article ? editSegments(article.raw.length, editsInForce(article.edits)) : []),
    [article],
  );
  const factRange = useMemo(
    () =>
      fact && !fact.orphan && fact.start >= 0
        ? {
            start: cleanedToRaw(segments, fact.start, 'start'),
            end: cleanedToRaw(segments, fact.end, 'end'),
          }
        : null,
    [fact, segments],
  );
  const factCleaned = useMemo(
    () => (fact && !fact.orphan && fact.start >= 0 ? { start: fact.start, end: fact.end } : null),
    [fact],
  );
  const onHunkFocus = useCallback((event: React.FocusEvent | React.MouseEvent) => {
    const hunk = (event.target as HTMLElement).closest<HTMLElement>('mark.hunk');
    const editId = hunk?.dataset['editId'];
    if (editId) setFocusedEditId(Number(editId));
  }, []);

  const jump = useCallback(
    (editId: number) =>
      view.current?.querySelector<HTMLElement>(`mark[data-edit-id="${editId}"]`)?.focus(),
    [],
  );

  // Keys for the article pressed after a selection, before its text is here: they are
  // meant for the article the editor chose, not the one still shown (nor lost when none
  // is), so they wait for it and are handled once it is drawn (desk/earlyKeys.ts).
  // The article chosen is read when the key comes, not from `id`: the selection itself is
  // drawn only once its text is here (App.tsx), so a key may come before either.
  const shownFor = article?.id === id ? id : null;
  useEffect(() => {
    if (shownFor === null) return;
    for (const event of early.take(shownFor)) {
      // As the listener does: a dialog one of them opened (Alt+A's question) takes the rest.
      if (document.querySelector('[role="dialog"]')) break;
      keyHandler.current(event);
    }
  }, [shownFor, early]);
  const chosen = () => latestSelected() ?? id;
  if (article?.id !== id) keyHandler.current = (event) => early.keep(chosen(), event);

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!article) return <p className="empty">{t('article.loading')}</p>;
  const loading = article.id !== id;
  const a = article;
  const focused: ArticleEdit | null = a.edits.find((e) => e.id === focusedEditId) ?? null;

  const setEditState = (edit: ArticleEdit, state: EditorEditState) =>
    decide('edits.setState', { id: edit.id, state, seen: edit.state });

  const hunks = () => [...(view.current?.querySelectorAll<HTMLElement>('mark.hunk') ?? [])];
  const stepHunk = (step: number) => {
    const all = hunks();
    if (all.length === 0) return;
    const index = all.findIndex((el) => el.dataset['editId'] === String(focusedEditId));
    const next =
      all[index < 0 ? (step > 0 ? 0 : all.length - 1) : (index + step + all.length) % all.length];
    next?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // The listener has already left out typing in fields and open dialogs.
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey) return;
    if (event.altKey && (event.code === 'KeyA' || event.code === 'KeyR')) {
      event.preventDefault();
      if (event.code === 'KeyA') approval.approve();
      else void decide('articles.setStatus', { id: a.id, status: 'rejected', seen: a.status });
      return;
    }
    if (event.altKey) return;
    const editId = target.dataset['editId'];
    const edit = editId ? a.edits.find((e) => String(e.id) === editId) : undefined;
    const keys: Record<string, () => void> = {
      '.': () => stepHunk(1),
      ',': () => stepHunk(-1),
      e: () => setEditing(true),
      f: () => {
        const first =
          view.current?.querySelector<HTMLElement>(`${SHOWN_FACT}[data-status="pending"]`) ??
          view.current?.querySelector<HTMLElement>(SHOWN_FACT);
        first?.focus();
      },
      ...(edit
        ? {
            a: () => void setEditState(edit, 'accepted'),
            r: () => void setEditState(edit, 'reverted'),
          }
        : {}),
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };

  if (!loading)
    keyHandler.current = (event) => {
      const wanted = chosen();
      if (wanted === a.id) onKeyDown(event);
      else early.keep(wanted, event);
    };

  const rules = new Map<string, number>();
  for (const edit of a.edits) rules.set(edit.rule, (rules.get(edit.rule) ?? 0) + 1);
  const proposed = a.edits.filter((e) => e.state === 'proposed').length;

  return (
    <article
      ref={view}
      className="article-view"
      aria-labelledby="article-title"
      tabIndex={-1}
      data-article-id={a.id}
      aria-busy={loading}
    >
      <header>
        <div className="article-title-row">
          <h1 id="article-title">{a.title ?? t('article.untitled')}</h1>
          <button
            type="button"
            className="small edit-fields"
            aria-expanded={editingFields}
            onClick={() => setEditingFields((open) => !open)}
          >
            {t('fields.edit')}
          </button>
          <div className="article-actions">
            <button type="button" className="approve" title="Alt+A" onClick={approval.approve}>
              {t('article.approve')}
            </button>
            <button
              type="button"
              className="reject"
              title="Alt+R"
              onClick={() =>
                void decide('articles.setStatus', { id: a.id, status: 'rejected', seen: a.status })
              }
            >
              {t('article.reject')}
            </button>
            <button type="button" title="N" onClick={onNext}>
              {t('article.next')}
            </button>
            <button
              type="button"
              onClick={() =>
                void client.call('articles.reclean', { id: a.id }).then((result) => {
                  if (!result.ok) return say(result.error.message, 'error');
                  setRecleaned({ before: a.cleaned, report: result.value });
                  refresh();
                })
              }
            >
              {t('article.reclean')}
            </button>
          </div>
        </div>
        {editingFields && <FieldsForm article={a} onClose={() => setEditingFields(false)} />}
        <dl className="facts-line">
          <dt>{t('article.status')}</dt>
          <dd className={`status-${a.status}`} data-testid="article-status">
            {t(`status.${a.status}`)}
          </dd>
          <dt>{t('article.language')}</dt>
          <dd>{languageName(a.language, a.script)}</dd>
          <dt>{t('article.published')}</dt>
          <dd>{a.publishedAt ?? '—'}</dd>
          <dt>{t('article.source')}</dt>
          <dd>{a.sourceName ?? '—'}</dd>
          <dt>{t('article.encoding')}</dt>
          <dd>{a.encoding.toUpperCase()}</dd>
          <dt>{t('article.size')}</dt>
          <dd>{formatBytes(a.sizeBytes)}</dd>
          {a.tags.length > 0 && (
            <>
              <dt>{t('article.tags')}</dt>
              <dd className="tag-list">
                {a.tags.map((tag) => (
                  <TagChip key={tag} name={tag} />
                ))}
              </dd>
            </>
          )}
          <dt>{t('article.file')}</dt>
          <dd className="path">{a.sourcePath}</dd>
        </dl>
        <div className="article-notes">
          {a.warnings.map((warning) => (
            <p key={warning} className="warning" role="status" title={warning}>
              ⚠ {warning}
            </p>
          ))}
          <p className="edit-summary" data-testid="edit-summary">
            {a.edits.length === 0
              ? t('article.noEdits')
              : t('article.edits', {
                  n: a.edits.length,
                  rules: [...rules]
                    .map(([rule, n]) => `${ruleName(rule, language)} ×${n}`)
                    .join(', '),
                })}
            {proposed > 0 && (
              <span className="proposed-note"> · {t('article.proposed', { n: proposed })}</span>
            )}
          </p>
        </div>
      </header>
      <FindBar raw={rawPane} cleaned={cleanedPane} version={a} articleId={a.id} />
      <SearchHighlights raw={rawPane} cleaned={cleanedPane} version={a} />
      <ArticleTexts
        article={a}
        editing={editing}
        setEditing={setEditing}
        onSave={(text) =>
          saveCleaned(decide, a, text, () => {
            setEditing(false);
            view.current?.focus();
          })
        }
        segments={segments}
        factRange={factRange}
        factCleaned={factCleaned}
        rawRef={rawPane}
        cleanedRef={cleanedPane}
        scrollerRef={scroller}
        onHunk={onHunkFocus}
        onJump={jump}
      />
      {/* Under the panes, like an editor's status bar: the header stays one screen line each. */}
      <HunkBar edit={focused} articleId={a.id} hint={t('article.hint')} />
      <DeferredFacts
        facts={a.facts}
        articleId={id}
        selectedId={selectedFact}
        onSelect={selectFact}
      />
      <SelectionMenu
        articleId={a.id}
        shown={a.cleaned}
        sourceName={a.sourceName}
        raw={rawPane}
        cleaned={cleanedPane}
      />
      {approval.guard}
      <details className="compare">
        <summary>{t('article.compare')}</summary>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const other = Number(new FormData(event.currentTarget).get('other'));
            void client
              .call('articles.get', { id: other })
              .then((result) =>
                result.ok ? setCompareWith(result.value) : say(result.error.message, 'error'),
              );
          }}
        >
          <input name="other" type="number" min={1} aria-label={t('article.compareLabel')} />
        </form>
        {compareWith && (
          <>
            <button type="button" onClick={() => setCompareWith(null)}>
              {t('article.compareClose')}
            </button>
            <Comparison
              before={a.cleaned}
              after={compareWith.cleaned}
              language={a.language}
              testId="comparison"
            />
          </>
        )}
      </details>
      {recleaned && (
        <RecleanedReport
          report={recleaned.report}
          before={recleaned.before}
          after={a.cleaned}
          language={a.language}
        />
      )}
      <History articleId={a.id} raw={a.raw} edits={a.edits} facts={a.facts} />
    </article>
  );
}
