import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { Comparison } from './Comparison.tsx';

/**
 * The editor's own version of the cleaned text. What they changed is shown as a
 * comparison while they type; Ctrl+Enter saves it as manual edits, Esc gives up.
 */
export function CleanedEditor({
  cleaned,
  language,
  onSave,
  onCancel,
}: {
  cleaned: string;
  language: string | null;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(cleaned);
  // The comparison follows the typing a moment later, so long articles stay responsive.
  const [shown, setShown] = useState(cleaned);
  useEffect(() => {
    const timer = setTimeout(() => setShown(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <div className="cleaned-editor">
      <textarea
        ref={area}
        className="text-pane"
        aria-label={t('edit.label')}
        data-testid="cleaned-editor"
        value={text}
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            onSave(text);
          }
        }}
      />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => onSave(text)} title="Ctrl+Enter">
          {t('edit.save')}
        </button>
        <button type="button" onClick={onCancel} title="Esc">
          {t('edit.cancel')}
        </button>
      </div>
      <h3>{t('edit.preview')}</h3>
      {shown === cleaned ? (
        <p className="muted">{t('edit.unchanged')}</p>
      ) : (
        <Comparison before={cleaned} after={shown} language={language} testId="edit-preview" />
      )}
    </div>
  );
}
