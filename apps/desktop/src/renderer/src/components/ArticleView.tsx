import type { WinnowClient } from '@winnow/contract';
import { formatBytes, languageName } from '../labels.ts';
import { useResult } from '../useResult.ts';

type Props = { client: WinnowClient; id: number };

export function ArticleView({ client, id }: Props) {
  const article = useResult(() => client.call('articles.get', { id }), [client, id]);
  if (article.state === 'loading') return <p className="empty">Loading…</p>;
  if (article.state === 'failed')
    return (
      <p className="error" role="alert">
        {article.message}
      </p>
    );
  const a = article.value;
  return (
    <article className="article-view" aria-labelledby="article-title">
      <header>
        <h1 id="article-title">{a.title ?? '(untitled)'}</h1>
        <dl className="facts-line">
          <dt>Language</dt>
          <dd>{languageName(a.language, a.script)}</dd>
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
      </header>
      <section aria-label="Raw text">
        <h2>Raw text</h2>
        {/* Rendered as text, never as HTML: articles come from the open web. */}
        <pre className="raw-text" data-testid="raw-text">
          {a.raw}
        </pre>
      </section>
    </article>
  );
}
