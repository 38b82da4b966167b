import { useEffect, useRef, useState } from 'react';
import { articleStatuses, exportFormats } from '@winnow/contract';
import type { ArticleStatus, ExportFormat, ExportSummary, Tag } from '@winnow/contract';
import type { Transfer } from '../client/transfer.ts';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { formatBytes, languageName } from '../labels.ts';
import { Dialog } from './Dialog.tsx';
import { Failure, Progress } from './Progress.tsx';
import type { ListSelection } from './Sidebar.tsx';

type Stage =
  | { name: 'idle' }
  | { name: 'running'; done: number; total: number }
  | { name: 'done'; summary: ExportSummary & { download?: string } }
  | { name: 'failed'; message: string };

/** The service takes `to` as the first day left out; the editor means the day itself. */
function dayAfter(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Has the browser save a finished export: the file downloads without another click. */
function download(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = url.split('/').pop() ?? '';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Choose what to export and in which format; progress while it runs, cancel at any time.
 * The selection starts as what the list shows (its search and filters), every part of it
 * open to change, with a date range besides. Unless the list is filtered by status, the
 * export starts from the approved articles: what leaves the desk is what was reviewed.
 */
export function ExportDialog({
  transfer,
  listed = {},
  onClose,
}: {
  transfer: Transfer;
  listed?: ListSelection;
  onClose: () => void;
}) {
  const { client, editor } = useDesk();
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('bundle');
  const [status, setStatus] = useState<'any' | ArticleStatus>(listed.status ?? 'approved');
  const [tag, setTag] = useState('');
  const [tags, setTags] = useState<Tag[]>([]);
  const [language, setLanguage] = useState(listed.language ?? '');
  const [source, setSource] = useState(listed.source ?? '');
  const [query, setQuery] = useState(listed.query ?? '');
  const [languages, setLanguages] = useState<string[]>(listed.language ? [listed.language] : []);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => {
    void client.call('tags.list', {}).then((result) => {
      if (!result.ok) return;
      setTags(result.value);
      // The list filters by a tag's id; the export names it.
      const listedTag = result.value.find((x) => x.id === listed.tagId);
      if (listedTag) setTag(listedTag.name);
    });
    void client.call('corpus.stats', {}).then((result) => {
      if (result.ok) setLanguages(Object.keys(result.value.byLanguage));
    });
    return () => abort.current?.abort();
  }, [client, listed.tagId]);

  // Every format the command line has; the browser edition gets Markdown's folder zipped.
  const formats = exportFormats;

  const run = async () => {
    abort.current = new AbortController();
    setStage({ name: 'running', done: 0, total: 0 });
    const result = await transfer.exportArticles(
      {
        format,
        status,
        ...(tag ? { tag } : {}),
        ...(language.trim() ? { language: language.trim() } : {}),
        ...(source.trim() ? { source: source.trim() } : {}),
        ...(query.trim() ? { query: query.trim() } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to: dayAfter(to) } : {}),
        ...(editor ? { editor } : {}),
      },
      (event) => setStage({ name: 'running', done: event.done, total: event.total }),
      abort.current.signal,
    );
    if (result === null) return setStage({ name: 'idle' });
    if (result.ok && result.value.download) download(result.value.download);
    setStage(
      result.ok
        ? { name: 'done', summary: result.value }
        : { name: 'failed', message: result.error.message },
    );
  };

  return (
    <Dialog title={t('export.title')} onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label>
          {t('export.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {formats.map((f) => (
              <option key={f} value={f}>
                {t(`format.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            <option value="any">{t('list.any')}</option>
            {articleStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.tag')}
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('list.any')}</option>
            {tags.map((x) => (
              <option key={x.id} value={x.name}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t('list.any')}</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l, null)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.source')}
          <input
            value={source}
            placeholder={t('list.any')}
            onChange={(e) => setSource(e.target.value)}
          />
        </label>
        <label>
          {t('export.query')}
          <input
            value={query}
            data-testid="export-query"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label>
          {t('export.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('export.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <div className="dialog-actions">
          {stage.name === 'running' ? (
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('export.cancel')}
            </button>
          ) : (
            <button type="submit" className="primary">
              {t('export.start')}
            </button>
          )}
        </div>
        {stage.name === 'running' && (
          <Progress
            testId="export-progress"
            done={stage.done}
            total={stage.total}
            label={t('export.running', { done: stage.done, total: stage.total })}
          />
        )}
        {stage.name === 'failed' && <Failure message={stage.message} />}
        {stage.name === 'done' && (
          <div role="status" data-testid="export-done">
            <p>
              {t('export.done', {
                articles: stage.summary.articles,
                facts: stage.summary.facts,
                size: formatBytes(stage.summary.bytes),
              })}
            </p>
            {stage.summary.download ? (
              <p>
                {t('export.downloaded', { name: stage.summary.download.split('/').pop() ?? '' })}{' '}
                <button
                  type="button"
                  className="small"
                  onClick={() => stage.summary.download && download(stage.summary.download)}
                >
                  {t('export.downloadAgain')}
                </button>
              </p>
            ) : (
              <p>{t('export.savedTo', { path: stage.summary.path })}</p>
            )}
          </div>
        )}
      </form>
    </Dialog>
  );
}
