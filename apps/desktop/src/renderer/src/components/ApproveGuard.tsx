import { useState } from 'react';
import type { Article } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';

/** What is still undecided in an article: approving it asks first when any of these is left. */
export function undecided(article: Article) {
  return {
    proposed: article.edits.filter((e) => e.state === 'proposed'),
    warnings: article.warnings.length,
    pendingFacts: article.pendingFacts,
  };
}

/**
 * Approving (the button or Alt+A) an article with proposed edits, warnings or facts
 * waiting asks once what to do: accept the proposals and approve, approve and leave them,
 * or cancel. The dialog takes keyboard focus; Esc cancels.
 */
export function useApproval(article: Article | null) {
  const { decide } = useDesk();
  const [asking, setAsking] = useState(false);
  const approve = () => {
    if (!article) return;
    const left = undecided(article);
    if (left.proposed.length > 0 || left.warnings > 0 || left.pendingFacts > 0) setAsking(true);
    else
      void decide('articles.setStatus', {
        id: article.id,
        status: 'approved',
        seen: article.status,
      });
  };
  const guard =
    asking && article ? (
      <ApproveGuard
        article={article}
        onClose={() => setAsking(false)}
        onApprove={async (acceptProposals) => {
          setAsking(false);
          const ids = undecided(article).proposed.map((e) => e.id);
          if (acceptProposals && ids.length > 0) {
            const accepted = await decide('edits.setStateMany', { ids, state: 'accepted' });
            if (accepted === null) return;
          }
          await decide('articles.setStatus', {
            id: article.id,
            status: 'approved',
            seen: article.status,
          });
        }}
      />
    ) : null;
  return { approve, guard };
}

function ApproveGuard({
  article,
  onClose,
  onApprove,
}: {
  article: Article;
  onClose: () => void;
  onApprove: (acceptProposals: boolean) => Promise<void>;
}) {
  const t = useT();
  const left = undecided(article);
  return (
    <Dialog title={t('guard.title')} onClose={onClose}>
      <div className="dialog-body" data-testid="approve-guard">
        <p>{t('guard.explain')}</p>
        <ul>
          {left.proposed.length > 0 && <li>{t('guard.proposed', { n: left.proposed.length })}</li>}
          {left.warnings > 0 && <li>{t('guard.warnings', { n: left.warnings })}</li>}
          {left.pendingFacts > 0 && <li>{t('guard.pendingFacts', { n: left.pendingFacts })}</li>}
        </ul>
        <div className="dialog-actions">
          {left.proposed.length > 0 && (
            <button type="button" className="primary" onClick={() => void onApprove(true)}>
              {t('guard.accept')}
            </button>
          )}
          <button
            type="button"
            className={left.proposed.length > 0 ? undefined : 'primary'}
            onClick={() => void onApprove(false)}
          >
            {t('guard.leave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('guard.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
