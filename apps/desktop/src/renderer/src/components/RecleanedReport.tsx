import type { RecleanReport } from '@winnow/contract';
import { useT } from '../i18n/index.ts';
import { Comparison } from './Comparison.tsx';

/**
 * What a re-clean of the article changed: the edits before and after, the editors'
 * decisions kept, the new edits left proposed over text an editor decided (for them to
 * decide), the facts that lost their place, and the text before and after.
 */
export function RecleanedReport(props: {
  report: RecleanReport;
  before: string;
  after: string;
  language: string | null;
}) {
  const t = useT();
  const { report } = props;
  return (
    <section className="recleaned" aria-label={t('article.recleaned')} data-testid="recleaned">
      <h2>{t('article.recleaned')}</h2>
      <p>
        {t('article.recleanReport', {
          version: report.pipelineVersion,
          before: report.edits.before,
          after: report.edits.after,
          kept: report.edits.decisionsKept,
          review: report.edits.toReview.length,
          orphans: report.facts.orphan,
        })}
      </p>
      {report.cleanedChanged ? (
        <Comparison before={props.before} after={props.after} language={props.language} />
      ) : (
        <p className="muted">{t('article.recleanSame')}</p>
      )}
    </section>
  );
}
