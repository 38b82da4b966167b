import type { ArticleEdit } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { ruleLegend, ruleName, ruleReason } from '../i18n/rules.ts';

/**
 * The focused change: its rule, its reason and how sure the cleaner was, with the
 * decisions on it — this hunk, every hunk of its rule here, or in the whole corpus.
 */
export function HunkBar({
  edit,
  articleId,
  hint,
}: {
  edit: ArticleEdit | null;
  articleId: number;
  hint: string;
}) {
  const { decide } = useDesk();
  const t = useT();
  const language = useLanguage();
  if (!edit)
    return (
      <p className="edit-reason" role="status" aria-live="polite" data-testid="edit-reason">
        {hint}
      </p>
    );
  const inText = edit.state === 'applied' || edit.state === 'accepted';
  const bulkState = inText ? 'reverted' : 'accepted';
  const bulkLabel = inText ? t('hunk.revert') : t('hunk.accept');
  const rule = ruleName(edit.rule, language);
  return (
    <div
      className={`edit-reason hunk-bar hunk-${edit.state}`}
      role="status"
      aria-live="polite"
      data-testid="edit-reason"
    >
      <span>
        <strong title={ruleLegend(edit.rule, language, t)}>{rule}</strong> —{' '}
        {ruleReason(edit.rule, edit.reason, language)}{' '}
        <span className="muted">
          ({t(`hunk.state.${edit.state}`)}, {Math.round(edit.confidence * 100)}%)
        </span>
      </span>
      <span className="hunk-actions">
        <button
          type="button"
          title="A"
          onClick={() =>
            void decide('edits.setState', { id: edit.id, state: 'accepted', seen: edit.state })
          }
        >
          {t('hunk.accept')}
        </button>
        <button
          type="button"
          title="R"
          onClick={() =>
            void decide('edits.setState', { id: edit.id, state: 'reverted', seen: edit.state })
          }
        >
          {t('hunk.revert')}
        </button>
        <button
          type="button"
          onClick={() =>
            void decide('edits.setStateByRule', { rule: edit.rule, articleId, state: bulkState })
          }
        >
          {t('hunk.bulk', { action: bulkLabel, what: t('hunk.ruleInArticle', { rule }) })}
        </button>
        <button
          type="button"
          onClick={() => void decide('edits.setStateByRule', { rule: edit.rule, state: bulkState })}
        >
          {t('hunk.bulk', { action: bulkLabel, what: t('hunk.ruleInCorpus', { rule }) })}
        </button>
      </span>
    </div>
  );
}
