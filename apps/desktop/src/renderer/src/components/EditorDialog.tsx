import { useState } from 'react';
import { useT } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';

/** Asked once: the name recorded with every decision, kept in the corpus's settings. */
export function EditorDialog({
  current,
  onDone,
}: {
  current: string | null;
  onDone: (name: string | null) => void;
}) {
  const t = useT();
  const [name, setName] = useState(current ?? '');
  return (
    <Dialog title={t('editor.title')} onClose={() => onDone(null)}>
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '') onDone(name.trim());
        }}
      >
        <p>{t('editor.explain')}</p>
        <label>
          {t('editor.label')}
          <input
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
          />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            {t('editor.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
