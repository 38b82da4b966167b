import { useRef, useState } from 'react';
import type { BundleImportReport, ImportReport } from '@winnow/contract';
import type { Transfer } from '../client/transfer.ts';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { BundleReport } from './BundleReport.tsx';
import { Dialog } from './Dialog.tsx';
import { Failure, Progress } from './Progress.tsx';

type Stage =
  | { name: 'idle' }
  | { name: 'uploading'; done: number; total: number }
  | { name: 'importing'; done: number; total: number }
  | { name: 'bundle'; file: string; done: number; total: number }
  | { name: 'done'; report: ImportReport | null; bundles: Imported[] }
  | { name: 'failed'; message: string; bundles: Imported[] };

type Imported = { file: string; report: BundleImportReport };

/** A Winnow bundle is a zip; articles never are (the importer refuses binary files). */
const isBundle = (path: string) => /\.zip$/i.test(path);
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Drop files (or choose them) and watch them arrive: a progress bar while they upload and
 * import, then the report for every file. Winnow bundles (.zip) dropped here are imported
 * as bundles — merged into this corpus, all or nothing — each with its own report.
 */
export function ImportDialog({ transfer, onClose }: { transfer: Transfer; onClose: () => void }) {
  const { refresh } = useDesk();
  const t = useT();
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const [over, setOver] = useState(false);

  const abort = useRef<AbortController | null>(null);

  const importPaths = async (paths: string[]) => {
    const articles = paths.filter((path) => !isBundle(path));
    let report: ImportReport | null = null;
    if (articles.length > 0) {
      setStage({ name: 'importing', done: 0, total: articles.length });
      const result = await transfer.callWithProgress(
        'articles.import',
        { paths: articles },
        (event) => setStage({ name: 'importing', done: event.done, total: event.total }),
      );
      if (!result.ok)
        return setStage({ name: 'failed', message: result.error.message, bundles: [] });
      report = result.value;
    }
    const bundles: Imported[] = [];
    for (const path of paths.filter(isBundle)) {
      const file = fileName(path);
      abort.current = new AbortController();
      setStage({ name: 'bundle', file, done: 0, total: 0 });
      const result = await transfer.callWithProgress(
        'bundles.import',
        { path },
        (event) => setStage({ name: 'bundle', file, done: event.done, total: event.total }),
        abort.current.signal,
      );
      abort.current = null;
      if (!result.ok) {
        refresh();
        return setStage({ name: 'failed', message: result.error.message, bundles });
      }
      bundles.push({ file, report: result.value });
    }
    setStage({ name: 'done', report, bundles });
    refresh();
  };

  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    try {
      setStage({ name: 'uploading', done: 0, total: files.length });
      const paths = await transfer.filesToPaths(files, (done) =>
        setStage({ name: 'uploading', done, total: files.length }),
      );
      await importPaths(paths);
    } catch (error) {
      setStage({
        name: 'failed',
        message: error instanceof Error ? error.message : String(error),
        bundles: [],
      });
    }
  };

  const busy = stage.name === 'uploading' || stage.name === 'importing' || stage.name === 'bundle';
  const bundlesDone = stage.name === 'done' || stage.name === 'failed' ? stage.bundles : [];
  return (
    <Dialog title={t('import.title')} onClose={onClose} wide>
      <div className="dialog-body">
        <div
          className={`drop-zone${over ? ' over' : ''}`}
          data-testid="drop-zone"
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(event) => {
            event.preventDefault();
            setOver(false);
            void importFiles([...event.dataTransfer.files]);
          }}
        >
          <p>{t('import.drop')}</p>
          {transfer.chooseFiles ? (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void transfer.chooseFiles?.().then(async (paths) => {
                  if (paths.length > 0) await importPaths(paths);
                })
              }
            >
              {t('import.choose')}
            </button>
          ) : (
            <label className="file-button">
              {t('import.choose')}
              <input
                type="file"
                multiple
                disabled={busy}
                data-testid="import-files"
                onChange={(event) => void importFiles([...(event.target.files ?? [])])}
              />
            </label>
          )}
        </div>
        {(stage.name === 'uploading' || stage.name === 'importing') && (
          <Progress
            testId="import-progress"
            done={stage.done}
            total={stage.total}
            label={t(stage.name === 'uploading' ? 'import.uploading' : 'import.importing', {
              done: stage.done,
              total: stage.total,
            })}
          />
        )}
        {stage.name === 'bundle' && (
          <div className="dialog-actions">
            <Progress
              testId="import-progress"
              done={stage.done}
              total={stage.total}
              label={t('import.bundle.importing', {
                name: stage.file,
                done: stage.done,
                total: stage.total,
              })}
            />
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('export.cancel')}
            </button>
          </div>
        )}
        {bundlesDone.map((bundle) => (
          <BundleReport key={bundle.file} name={bundle.file} report={bundle.report} />
        ))}
        {stage.name === 'failed' && <Failure message={stage.message} />}
        {stage.name === 'done' && stage.report && (
          <div data-testid="import-report">
            <p role="status">
              {t('import.done', {
                imported: stage.report.imported,
                duplicates: stage.report.duplicates,
                skipped: stage.report.skipped,
                failed: stage.report.failed,
              })}
            </p>
            <table className="report">
              <tbody>
                {stage.report.files.map((file) => (
                  <tr key={file.path} className={`outcome-${file.outcome}`}>
                    <td>{file.path.split(/[\\/]/).pop()}</td>
                    <td>{t(`import.outcome.${file.outcome}`)}</td>
                    <td>{file.message ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Dialog>
  );
}
