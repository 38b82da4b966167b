import { useContext, useEffect, useState } from 'react';
import type { Params } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { LanguageContext, useT } from '../i18n/index.ts';
import { ruleLegend, ruleName } from '../i18n/rules.ts';

type Filter = Omit<Params<'articles.list'>, 'limit' | 'after' | 'sort'>;
export type ListSort = NonNullable<Params<'articles.list'>['sort']>;
const SORTS: ListSort[] = ['imported', 'date', 'title', 'pendingFacts'];

/** The list's order, and the filters for what needs an editor: warnings, proposals, a rule. */
export function ListOptions({
  filter,
  set,
  sort,
  onSort,
}: {
  filter: Filter;
  set: <K extends keyof Filter>(key: K, value: Filter[K] | undefined) => void;
  sort: ListSort;
  onSort: (sort: ListSort) => void;
}) {
  const { client } = useDesk();
  const revision = useRevision('rules');
  const t = useT();
  const { language } = useContext(LanguageContext);
  const [rules, setRules] = useState<{ rule: string; edits: number }[]>([]);
  useEffect(() => {
    void client.call('edits.rules', {}).then((result) => result.ok && setRules(result.value));
  }, [client, revision]);
  return (
    <>
      <select
        aria-label={t('list.sort')}
        value={sort}
        onChange={(e) => onSort(e.target.value as ListSort)}
      >
        {SORTS.map((s) => (
          <option key={s} value={s}>
            {t('list.sort')}: {t(`list.sort.${s}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('list.rule')}
        value={filter.rule ?? ''}
        onChange={(e) => set('rule', e.target.value || undefined)}
      >
        <option value="">
          {t('list.rule')}: {t('list.any')}
        </option>
        {rules.map((r) => (
          <option key={r.rule} value={r.rule} title={ruleLegend(r.rule, language, t)}>
            {ruleName(r.rule, language)} ({r.edits.toLocaleString()})
          </option>
        ))}
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.hasWarnings === true}
          onChange={(e) => set('hasWarnings', e.target.checked ? true : undefined)}
        />
        {t('list.warnings')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.hasProposedEdits === true}
          onChange={(e) => set('hasProposedEdits', e.target.checked ? true : undefined)}
        />
        {t('list.proposed')}
      </label>
    </>
  );
}
