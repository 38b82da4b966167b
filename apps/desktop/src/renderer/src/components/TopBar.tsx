import { memo } from 'react';
import { useT } from '../i18n/index.ts';
import type { Language } from '../i18n/index.ts';

type Props = {
  view: 'review' | 'dashboard';
  onView: (view: 'review' | 'dashboard') => void;
  editor: string | null;
  language: Language;
  theme: 'light' | 'dark';
  onLanguage: () => void;
  onTheme: () => void;
  onDialog: (dialog: 'editor' | 'import' | 'export' | 'tags' | 'spam' | 'shortcuts') => void;
  onUndo: () => void;
  onRedo: () => void;
};

/** Drawn again only when what it shows or does changes, not at each selection. */
export const TopBar = memo(function TopBar(props: Props) {
  const t = useT();
  const tab = (view: 'review' | 'dashboard', label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={props.view === view}
      className={props.view === view ? 'tab active' : 'tab'}
      onClick={() => props.onView(view)}
    >
      {label}
    </button>
  );
  return (
    <header className="top-bar">
      <strong className="brand-name">Winnow</strong>
      <nav role="tablist" aria-label="Views">
        {tab('review', t('app.review'))}
        {tab('dashboard', t('app.dashboard'))}
      </nav>
      <div className="top-actions">
        <button type="button" onClick={() => props.onDialog('import')}>
          {t('app.import')}
        </button>
        <button type="button" onClick={() => props.onDialog('export')}>
          {t('app.export')}
        </button>
        <button type="button" onClick={() => props.onDialog('tags')}>
          {t('app.tags')}
        </button>
        <button type="button" onClick={() => props.onDialog('spam')}>
          {t('app.spam')}
        </button>
        <button type="button" onClick={props.onUndo} title="Ctrl+Z">
          {t('app.undo')}
        </button>
        <button type="button" onClick={props.onRedo} title="Ctrl+Shift+Z">
          {t('app.redo')}
        </button>
        <button type="button" onClick={() => props.onDialog('shortcuts')} title="?">
          {t('app.shortcuts')}
        </button>
        <button type="button" onClick={props.onLanguage} aria-label={t('app.languageLabel')}>
          {t('app.language')}
        </button>
        <button type="button" onClick={props.onTheme} aria-label={t('app.themeLabel')}>
          {props.theme === 'dark' ? t('app.theme.light') : t('app.theme.dark')}
        </button>
        <button type="button" className="editor-name" onClick={() => props.onDialog('editor')}>
          {props.editor ? t('app.editor', { name: props.editor }) : t('app.editor.none')}
        </button>
      </div>
    </header>
  );
});
