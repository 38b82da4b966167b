import { useEffect, useRef, useState } from 'react';
import type { SpamSuggestions as Found } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { Failure } from './Progress.tsx';

/**
 * Phrases the corpus repeats as if pasted in (`spam.suggest`), each with an Add button
 * that puts it on the list being edited; the editor saves the list as usual.
 */
export function SpamSuggestions({
  listed,
  onAdd,
}: {
  listed: readonly string[];
  onAdd: (phrase: string) => void;
}) {
  const { client } = useDesk();
  const t = useT();
  const [found, setFound] = useState<Found | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const answer = useRef<HTMLDivElement>(null);
  // The list comes below the phrases: bring it into view when it arrives.
  useEffect(() => {
    if (found) answer.current?.scrollIntoView({ block: 'nearest' });
  }, [found]);
  const find = async () => {
    setBusy(true);
    const result = await client.call('spam.suggest', { sample: 2000 });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setFound(result.value);
  };
  return (
    <section aria-label={t('spam.find')}>
      <p className="muted">{t('spam.suggestExplain')}</p>
      <button type="button" disabled={busy} onClick={() => void find()}>
        {busy ? t('spam.finding') : t('spam.find')}
      </button>
      {error && <Failure message={error} />}
      {found && (
        <div ref={answer}>
          <p role="status">
            {found.phrases.length === 0
              ? t('spam.noneFound', { m: found.scanned })
              : t('spam.suggested', { n: found.phrases.length, m: found.scanned })}
          </p>
          <ul className="spam-suggestions" data-testid="spam-suggestions">
            {found.phrases.map((p) => (
              <li key={p.phrase}>
                <strong>{p.phrase}</strong>{' '}
                <span className="muted">{t('spam.articles', { n: p.articles })}</span>
                <button
                  type="button"
                  disabled={listed.includes(p.phrase)}
                  onClick={() => onAdd(p.phrase)}
                >
                  {listed.includes(p.phrase) ? t('spam.added') : t('spam.add')}
                </button>
                {p.examples[0] && <div className="muted example">…{p.examples[0]}…</div>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
