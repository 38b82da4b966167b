import { useComparison } from '../useComparison.ts';
import { useT } from '../i18n/index.ts';

export function Comparison({
  before,
  after,
  language,
  testId,
}: {
  before: string;
  after: string;
  language: string | null;
  testId?: string;
}) {
  const t = useT();
  const compared = useComparison(before, after, language);
  if (!compared)
    return (
      <div className="comparison" data-testid={testId} aria-busy="true">
        <p className="muted">{t('compare.working')}</p>
      </div>
    );
  const { parts, grain } = compared;
  const note =
    grain === 'whole'
      ? t('compare.whole')
      : grain === 'lines'
        ? t('compare.coarse')
        : grain === 'words'
          ? t('compare.words')
          : t('compare.chars');
  return (
    <div className="comparison" data-testid={testId}>
      <p className="muted">{note}</p>
      <pre className="text-pane">
        {parts.map((part, index) =>
          part.added ? (
            <ins key={index}>{part.value}</ins>
          ) : part.removed ? (
            <del key={index}>{part.value}</del>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </pre>
    </div>
  );
}
