import { useEffect, useState } from 'react';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { BlocksList } from './BlocksList.tsx';
import { Dialog } from './Dialog.tsx';
import { Failure } from './Progress.tsx';
import { SpamSuggestions } from './SpamSuggestions.tsx';

/**
 * How this corpus is cleaned: its injected-spam phrases (one per line) and whether the
 * script is converted. Both apply to later imports; the article view's Re-clean (or
 * `winnow reclean`) applies them to what is stored.
 */
export function SpamDialog({ onClose }: { onClose: () => void }) {
  const { client, say } = useDesk();
  const t = useT();
  const [text, setText] = useState<string | null>(null);
  const [isDefault, setIsDefault] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [conversion, setConversion] = useState<'Hans' | 'Hant' | null>(null);
  // The list as the service gave it: a save says it was made on this one, so another
  // editor's save in between is refused (the text typed here stays) rather than dropped.
  const [shown, setShown] = useState<string[] | null>(null);
  const show = (value: { phrases: string[]; isDefault: boolean }) => {
    setText(value.phrases.join('\n'));
    setIsDefault(value.isDefault);
    setShown(value.phrases);
  };
  useEffect(() => {
    void client.call('spam.list', {}).then((result) => result.ok && show(result.value));
    void client
      .call('conversion.get', {})
      .then((result) => result.ok && setConversion(result.value.to));
  }, [client]);
  const convert = async (to: 'Hans' | 'Hant' | null) => {
    const result = await client.call('conversion.set', { to });
    if (!result.ok) return setError(result.error.message);
    setConversion(result.value.to);
    say(t('cleaning.conversionSaved'));
  };
  const save = async (phrases: string[] | null) => {
    const result = await client.call('spam.set', { phrases, ...(shown ? { seen: shown } : {}) });
    if (!result.ok) {
      // Another editor saved the list meanwhile: theirs is shown with the lines typed here
      // that it lacks, for the editor to look at and save again.
      const current = (result.error.details as { current?: string[] } | undefined)?.current;
      if (result.error.code === 'conflict' && current) {
        const typed = (text ?? '').split('\n').map((line) => line.trim());
        const mine = typed.filter((line) => line !== '' && !current.includes(line));
        setText([...current, ...mine].join('\n'));
        setShown(current);
      }
      return setError(result.error.message);
    }
    setError(null);
    show(result.value);
    say(t('spam.saved', { n: result.value.phrases.length }));
  };
  return (
    <Dialog title={t('cleaning.title')} onClose={onClose}>
      <div className="dialog-body">
        <h3>{t('spam.title')}</h3>
        <p className="muted">{t('spam.explain')}</p>
        <p>{isDefault ? t('spam.default') : t('spam.own')}</p>
        <textarea
          aria-label={t('spam.label')}
          data-testid="spam-phrases"
          rows={12}
          value={text ?? ''}
          disabled={text === null}
          onChange={(event) => setText(event.target.value)}
        />
        {error && <Failure message={error} />}
        <SpamSuggestions
          listed={(text ?? '').split('\n').map((line) => line.trim())}
          onAdd={(phrase) => setText((current) => `${(current ?? '').trimEnd()}\n${phrase}`)}
        />
        <div className="dialog-actions">
          <button
            type="button"
            className="primary"
            onClick={() => void save((text ?? '').split('\n'))}
          >
            {t('spam.save')}
          </button>
          <button type="button" onClick={() => void save(null)}>
            {t('spam.reset')}
          </button>
        </div>
        <h3>{t('cleaning.conversion')}</h3>
        <p className="muted">{t('cleaning.conversionExplain')}</p>
        <label>
          {t('cleaning.conversion')}
          <select
            value={conversion ?? ''}
            onChange={(event) =>
              void convert(
                event.target.value === '' ? null : (event.target.value as 'Hans' | 'Hant'),
              )
            }
          >
            <option value="">{t('cleaning.conversionOff')}</option>
            <option value="Hans">{t('cleaning.toSimplified')}</option>
            <option value="Hant">{t('cleaning.toTraditional')}</option>
          </select>
        </label>
        <BlocksList />
      </div>
    </Dialog>
  );
}
