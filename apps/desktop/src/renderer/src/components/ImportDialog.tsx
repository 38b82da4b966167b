import { useState } from 'react';
import type { ImportReport } from '@winnow/contract';
import type { Transfer } from '../client/transfer.ts';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';
import { Failure, Progress } from './Progress.tsx';

type Stage =
  | { name: 'idle' }
  | { name: 'uploading'; done: number; total: number }
  | { name: 'importing'; done: number; total: number }
  | { name: 'done'; report: ImportReport }
  | { name: 'failed'; message: string };

/**
 * Drop files (or choose them) and watch them arrive: a progress bar while they upload and
 * import, then the report for every file.
 */
export function ImportDialog({ transfer, onClose }: { transfer: Transfer; onClose: () => void }) {
  const { refresh } = useDesk();
  const t = useT();
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const [over, setOver] = useState(false);

  const importPaths = async (paths: string[]) => {
    setStage({ name: 'importing', done: 0, total: paths.length });
    const result = await transfer.callWithProgress('articles.import', { paths }, (event) =>
      setStage({ name: 'importing', done: event.done, total: event.total }),
    );
    if (!result.ok) return setStage({ name: 'failed', message: result.error.message });
    setStage({ name: 'done', report: result.value });
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
      setStage({ name: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const busy = stage.name === 'uploading' || stage.name === 'importing';
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
        {busy && (
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
        {stage.name === 'failed' && <Failure message={stage.message} />}
        {stage.name === 'done' && (
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
