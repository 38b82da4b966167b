import { useState } from 'react';
import type { Edit, Fact, WinnowClient } from '@winnow/contract';
import { formatBytes, languageName } from '../labels.ts';
import { useResult } from '../useResult.ts';
import { CleanedWithFact } from './CleanedWithFact.tsx';
import { FactsPanel } from './FactsPanel.tsx';
import { RawWithEdits } from './RawWithEdits.tsx';

type Props = { client: WinnowClient; id: number; onOpenArticle: (id: number) => void };

export function ArticleView({ client, id, onOpenArticle }: Props) {
  const article = useResult(() => client.call('articles.get', { id }), [client, id]);
  const [focused, setFocused] = useState<Edit | null>(null);
  const [selectedFact, setSelectedFact] = useState<Fact | null>(null);
  if (article.state === 'loading') return <p className="empty">Loading…</p>;
  if (article.state === 'failed')
    return (
      <p className="error" role="alert">
        {article.message}
      </p>
    );
  const a = article.value;
  const rules = new Map<string, number>();
  for (const edit of a.edits) rules.set(edit.rule, (rules.get(edit.rule) ?? 0) + 1);
  return (
    <article className="article-view" aria-labelledby="article-title">
      <header>
        <h1 id="article-title">{a.title ?? '(untitled)'}</h1>
        <dl className="facts-line">
          <dt>Language</dt>
          <dd>{languageName(a.language, a.script)}</dd>
          <dt>Published</dt>
          <dd>{a.publishedAt ?? '—'}</dd>
          <dt>Source</dt>
          <dd>{a.sourceName ?? '—'}</dd>
          <dt>Encoding</dt>
          <dd>{a.encoding.toUpperCase()}</dd>
          <dt>Size</dt>
          <dd>{formatBytes(a.sizeBytes)}</dd>
          <dt>Status</dt>
          <dd>{a.status}</dd>
          <dt>Source file</dt>
          <dd className="path">{a.sourcePath}</dd>
        </dl>
        {a.warnings.map((warning) => (
          <p key={warning} className="warning" role="status">
            ⚠ {warning}
          </p>
        ))}
        <p className="edit-summary" data-testid="edit-summary">
          {a.edits.length === 0
            ? 'No cleaning edits.'
            : `${a.edits.length} edits: ${[...rules].map(([rule, n]) => `${rule} ×${n}`).join(', ')}`}
        </p>
        <p className="edit-reason" role="status" aria-live="polite" data-testid="edit-reason">
          {focused
            ? `${focused.rule} — ${focused.reason}`
            : 'Point at or tab to a highlighted change to see why it was made.'}
        </p>
      </header>
      <div className="side-by-side">
        <section aria-label="Raw text">
          <h2>Raw</h2>
          {/* Rendered as text, never as HTML: articles come from the open web. */}
          <pre className="raw-text" data-testid="raw-text">
            <RawWithEdits raw={a.raw} edits={a.edits} onFocusEdit={setFocused} />
          </pre>
        </section>
        <section aria-label="Cleaned text">
          <h2>Cleaned</h2>
          <pre className="raw-text" data-testid="cleaned-text">
            <CleanedWithFact cleaned={a.cleaned} fact={selectedFact} />
          </pre>
        </section>
      </div>
      <FactsPanel
        facts={a.facts}
        selectedId={selectedFact?.id ?? null}
        onSelect={setSelectedFact}
        onOpenArticle={onOpenArticle}
      />
    </article>
  );
}
