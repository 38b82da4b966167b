import { useEffect, useRef, useState } from 'react';
import { exportFormats } from '@winnow/contract';
import type { ExportFormat, ExportSummary, Tag } from '@winnow/contract';
import type { Transfer } from '../client/transfer.ts';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { formatBytes } from '../labels.ts';
import { Dialog } from './Dialog.tsx';
import { Failure, Progress } from './Progress.tsx';

type Stage =
  | { name: 'idle' }
  | { name: 'running'; done: number; total: number }
  | { name: 'done'; summary: ExportSummary & { download?: string } }
  | { name: 'failed'; message: string };

/** Choose what to export and in which format; progress while it runs, cancel at any time. */
export function ExportDialog({ transfer, onClose }: { transfer: Transfer; onClose: () => void }) {
  const { client, editor } = useDesk();
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('bundle');
  const [status, setStatus] = useState<'any' | 'pending' | 'approved' | 'rejected'>('any');
  const [tag, setTag] = useState('');
  const [tags, setTags] = useState<Tag[]>([]);
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => {
    void client.call('tags.list', {}).then((result) => result.ok && setTags(result.value));
    return () => abort.current?.abort();
  }, [client]);

  // A browser downloads one file; Markdown is a folder, so only the desktop offers it.
  const formats = exportFormats.filter((f) => transfer.kind === 'desktop' || f !== 'md');

  const run = async () => {
    abort.current = new AbortController();
    setStage({ name: 'running', done: 0, total: 0 });
    const result = await transfer.exportArticles(
      { format, status, ...(tag ? { tag } : {}), ...(editor ? { editor } : {}) },
      (event) => setStage({ name: 'running', done: event.done, total: event.total }),
      abort.current.signal,
    );
    if (result === null) return setStage({ name: 'idle' });
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
            {(['pending', 'approved', 'rejected'] as const).map((s) => (
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
              <a href={stage.summary.download} download>
                {t('export.download', { name: stage.summary.download.split('/').pop() ?? '' })}
              </a>
            ) : (
              <p>{t('export.savedTo', { path: stage.summary.path })}</p>
            )}
          </div>
        )}
      </form>
    </Dialog>
  );
}
