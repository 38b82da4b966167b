import { decidedStatuses, editStates } from '@winnow/contract';
import { useEffect, useState } from 'react';
import type { Dashboard as Figures } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { ruleLegend, ruleName } from '../i18n/rules.ts';
import { DailyBars, StackedBars } from './Charts.tsx';

/** Where the review stands: progress, work per day, facts, the busiest rules, warnings. */
export function Dashboard() {
  const { client, say, openArticle } = useDesk();
  const revision = useRevision('dashboard');
  const t = useT();
  const language = useLanguage();
  const [figures, setFigures] = useState<Figures | null>(null);
  useEffect(() => {
    void client
      .call('corpus.dashboard', {})
      .then((result) =>
        result.ok ? setFigures(result.value) : say(result.error.message, 'error'),
      );
  }, [client, revision, say]);
  if (!figures) return <p className="empty">{t('article.loading')}</p>;
  const statuses = [...decidedStatuses, 'pending'] as const;
  const statusSeries = statuses.map((s) => ({ name: t(`status.${s}`), className: `fill-${s}` }));
  return (
    <section className="dashboard" aria-labelledby="dashboard-title" data-testid="dashboard">
      <h1 id="dashboard-title">{t('dash.title')}</h1>
      <div className="dash-grid">
        <section>
          <h2>{t('dash.progress')}</h2>
          <StackedBars
            title={t('dash.progress')}
            series={statusSeries}
            rows={[
              { label: t('dash.articles'), values: statuses.map((s) => figures.byStatus[s] ?? 0) },
            ]}
          />
        </section>
        <section>
          <h2>{t('dash.byDay')}</h2>
          {figures.reviewByDay.length === 0 ? (
            <p className="muted">{t('dash.none')}</p>
          ) : (
            <DailyBars
              title={t('dash.byDay')}
              series={[
                { name: t('dash.articles'), className: 'fill-articles' },
                { name: t('dash.factsLegend'), className: 'fill-facts' },
                { name: t('dash.edits'), className: 'fill-edits' },
              ]}
              days={figures.reviewByDay.map((d) => ({
                label: d.day,
                values: [d.articles, d.facts, d.edits],
              }))}
            />
          )}
        </section>
        <section>
          <h2>{t('dash.facts')}</h2>
          <StackedBars
            title={t('dash.facts')}
            series={statusSeries}
            rows={figures.factsByKind.map((k) => ({
              label: t(`kind.${k.kind}` as 'kind.quantity'),
              values: [k.approved, k.rejected, k.pending],
            }))}
          />
        </section>
        <section>
          <h2>{t('dash.rules')}</h2>
          <StackedBars
            title={t('dash.rules')}
            series={editStates.map((s) => ({
              name: t(`hunk.state.${s}`),
              className: `fill-${s}`,
            }))}
            rows={figures.rules.map((r) => ({
              label: ruleName(r.rule, language),
              note: ruleLegend(r.rule, language, t),
              values: [r.applied, r.proposed, r.accepted, r.reverted],
            }))}
          />
        </section>
        <section>
          <h2>{t('dash.warnings')}</h2>
          <p>{t('dash.warningsCount', { n: figures.warnings.articles })}</p>
          <StackedBars
            title={t('dash.warnings')}
            series={[
              { name: '⚠', className: 'fill-warning' },
              { name: '✓', className: 'fill-approved' },
            ]}
            rows={[
              {
                label: t('dash.articles'),
                values: [
                  figures.warnings.articles,
                  Object.values(figures.byStatus).reduce((a, b) => a + b, 0) -
                    figures.warnings.articles,
                ],
              },
            ]}
          />
          <ul className="warning-list">
            {figures.warnings.examples.map((w) => (
              <li key={w.id}>
                <button type="button" className="link" onClick={() => openArticle(w.id)}>
                  {w.title ?? `#${w.id}`}
                </button>{' '}
                <span className="muted">{w.warnings.join('; ')}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}
