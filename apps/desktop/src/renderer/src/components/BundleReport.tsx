import type { BundleImportReport } from '@winnow/contract';
import { useT } from '../i18n/index.ts';

/** One imported bundle: what it added and merged, and every conflict with how it was settled. */
export function BundleReport({ name, report }: { name: string; report: BundleImportReport }) {
  const t = useT();
  return (
    <div data-testid="bundle-report">
      <p role="status">
        {t('import.bundle.done', {
          name,
          added: report.articles.added,
          merged: report.articles.merged,
          facts: report.facts.added,
          decisions: report.decisions.added,
          present: report.decisions.alreadyPresent,
          conflicts: report.conflicts.length,
        })}
      </p>
      {report.tags.merged.length > 0 && (
        <ul data-testid="bundle-tags-merged">
          {report.tags.merged.map(({ name, into }) => (
            <li key={name}>{t('import.bundle.tagMerged', { name, into })}</li>
          ))}
        </ul>
      )}
      {report.conflicts.length > 0 && (
        <table className="report" data-testid="bundle-conflicts">
          <thead>
            <tr>
              <th>{t('import.conflict.target')}</th>
              <th>{t('import.conflict.kept')}</th>
              <th>{t('import.conflict.why')}</th>
            </tr>
          </thead>
          <tbody>
            {report.conflicts.map((conflict, i) => (
              <tr key={i}>
                <td>
                  {conflict.target} · {conflict.field}
                </td>
                <td>
                  {t(conflict.kept === 'ours' ? 'import.conflict.ours' : 'import.conflict.theirs')}
                </td>
                <td>{conflict.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
