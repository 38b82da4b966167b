import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Decision, MethodName, Params, Settings, Value } from '@winnow/contract';
import type { Connection } from './client/index.ts';
import { ArticlePane } from './components/ArticlePane.tsx';
import { forgetEarlyArticle, requestArticle } from './components/useArticle.ts';
import { Dashboard } from './components/Dashboard.tsx';
import { EditorDialog } from './components/EditorDialog.tsx';
import { ExportDialog } from './components/ExportDialog.tsx';
import { ImportDialog } from './components/ImportDialog.tsx';
import { ShortcutsDialog } from './components/ShortcutsDialog.tsx';
import { SpamDialog } from './components/SpamDialog.tsx';
import { Sidebar } from './components/Sidebar.tsx';
import type { ListSelection } from './components/Sidebar.tsx';
import { TagManager } from './components/TagManager.tsx';
import { TopBar } from './components/TopBar.tsx';
import { DeskContext, RevisionContext } from './desk/context.ts';
import { bump, bumpAll, firstRevisions, touchedBy } from './desk/decisionEffects.ts';
import type { Revisions, Scope } from './desk/decisionEffects.ts';
import { useArticleAddress } from './desk/address.ts';
import { knownAbout } from './desk/known.ts';
import { useSystemTheme } from './desk/systemTheme.ts';
import { TagColoursContext, useTagColourMap } from './desk/tagColours.ts';
import { describeDecision } from './i18n/decisions.ts';
import type { Desk } from './desk/context.ts';
import { isTyping } from './desk/keys.ts';
import { LanguageContext, systemLanguage, translator } from './i18n/index.ts';
import type { Language } from './i18n/index.ts';

/** A method's answer that is a decision the service wrote (not a tag, a report or null). */
const isDecision = (value: unknown): value is Decision =>
  typeof value === 'object' &&
  value !== null &&
  'action' in value &&
  'kind' in value &&
  'targetId' in value;

/**
 * How long the list waits for the chosen article's text before it shows the choice alone
 * (the article follows with its text): the service answers in a few milliseconds, so this
 * is only reached when the machine or the service is busy.
 */
const SELECT_WAIT_MS = 50;

type Dialog = 'editor' | 'import' | 'export' | 'tags' | 'spam' | 'shortcuts' | null;
type Message = { text: string; tone: 'info' | 'error' };

export function App({ connection }: { connection: Connection }) {
  const { client, transfer } = connection;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [revisions, setRevisions] = useState<Revisions>(firstRevisions);
  const [view, setView] = useState<'review' | 'dashboard'>('review');
  // Read by the address's handlers, which run outside React.
  const viewRef = useRef(view);
  viewRef.current = view;
  // The article chosen in the list, and the one the article pane shows: the same but for
  // the moment between a choice and its text's arrival.
  const [selectedId, setSelected] = useState<number | null>(null);
  const [openId, setOpen] = useState<number | null>(null);
  // The list shows a choice whose text is late: the pane says the article in it is not the
  // one chosen (styles.css dims it, after a moment, so a quick answer never flickers).
  const [late, setLate] = useState(false);
  // The article's texts are asked for the moment it is selected, before the desk redraws.
  const selectedRef = useRef<number | null>(null);
  const openRef = useRef<number | null>(null);
  const contentRef = useRef<HTMLElement>(null);
  const setSelectedId = useCallback(
    (id: number) => {
      if (id === selectedRef.current) return;
      selectedRef.current = id;
      // The article is drawn when its text is here, in one render and one frame with the
      // list's choice: drawn first, the choice cost a frame of the old article under the
      // new selection, and the answer waited behind it. If the text is late, the list
      // shows the choice alone after SELECT_WAIT_MS (a small frame: one row changes).
      // Keys pressed in between act on the article chosen, not on the one still shown:
      // they ask latestSelected() (the list's ↓, Shift+↓, N) or wait for it (ArticlePane).
      let drawn = false;
      // With no article in the pane yet (the desk's first choice) there is no old one to
      // draw over: the pane is drawn at once, so that a key pressed before the text arrives
      // (a click, then Alt+A) has a pane to wait in, not none to be lost in.
      if (openRef.current === null) {
        drawn = true;
        openRef.current = id;
        setSelected(id);
        setOpen(id);
      }
      const draw = () => {
        if (drawn || selectedRef.current !== id) return;
        drawn = true;
        // Another article opens at its top: the page is brought up while the last one is
        // still shown and laid out, since scrolling after the new one is in the page would
        // force its whole layout in the middle of drawing it.
        const content = contentRef.current;
        if (content && content.scrollTop !== 0) content.scrollTo(0, 0);
        // In this task: a render scheduled for later would wait behind a frame.
        openRef.current = id;
        flushSync(() => {
          setSelected(id);
          setOpen(id);
          setLate(false);
        });
      };
      void requestArticle(client, id).then(draw);
      setTimeout(() => {
        if (drawn || selectedRef.current !== id) return;
        setSelected(id);
        setLate(true);
      }, SELECT_WAIT_MS);
    },
    [client],
  );
  /** The article last selected, drawn or not yet: where ↓ and ↑ step from. */
  const latestSelected = useCallback(() => selectedRef.current, []);
  // What the list shows, for the export to start from. A ref: typing a search must not
  // draw the whole desk again.
  const listSelection = useRef<ListSelection>({});
  const rememberSelection = useCallback((selection: ListSelection) => {
    listSelection.current = selection;
  }, []);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<Message | null>(null);
  // A decision asked for before the editor gave a name waits here until they do.
  const waiting = useRef<((editor: string | null) => void) | null>(null);

  useEffect(() => {
    void client.call('settings.get', {}).then((result) => {
      setSettings(result.ok ? result.value : { editor: null, language: null, theme: null });
    });
  }, [client]);

  const language: Language = settings?.language ?? systemLanguage();
  const systemTheme = useSystemTheme();
  const theme = settings?.theme ?? systemTheme;
  const t = useMemo(() => translator(language), [language]);
  // One value while the language stays: a new object at every selection made every row
  // that reads a word (each fact of the last article, every list row) draw again.
  const words = useMemo(() => ({ language, t }), [language, t]);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : 'en';
    document.documentElement.dataset['theme'] = theme;
  }, [language, theme]);

  const saveSettings = useCallback(
    async (change: Params<'settings.set'>) => {
      const result = await client.call('settings.set', change);
      if (result.ok) setSettings(result.value);
      return result.ok ? result.value : null;
    },
    [client],
  );

  const say = useCallback(
    (text: string, tone: 'info' | 'error' = 'info') => setMessage({ text, tone }),
    [],
  );
  // Whatever loads again drops an article's text asked for before (useArticle.ts).
  const refresh = useCallback(() => {
    forgetEarlyArticle();
    setRevisions(bumpAll);
  }, []);
  const invalidate = useCallback((...touched: Scope[]) => {
    forgetEarlyArticle();
    setRevisions((r) => bump(r, touched));
  }, []);
  // Those who patch what they show from a decision's result (the article, the list).
  const listeners = useRef(new Set<(decision: Decision) => void>());
  const onDecision = useCallback((listener: (decision: Decision) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  /**
   * A decision the service made: what it set is patched where it is shown, and only what
   * it touched beyond that is loaded again (desk/decisionEffects.ts) — not every view.
   */
  const decided = useCallback((decision: Decision) => {
    forgetEarlyArticle();
    for (const listener of listeners.current) listener(decision);
    setRevisions((r) => bump(r, touchedBy(decision)));
  }, []);

  const askEditor = useCallback(
    () =>
      new Promise<string | null>((resolve) => {
        waiting.current = resolve;
        setDialog('editor');
      }),
    [],
  );

  const decide = useCallback(
    async <M extends MethodName>(
      method: M,
      params: Omit<Params<M>, 'editor'>,
    ): Promise<Value<M> | null> => {
      const editor = settings?.editor ?? (await askEditor());
      if (!editor) return null;
      const result = await client.call(method, { ...params, editor } as Params<M>);
      if (!result.ok) {
        // Another editor decided first: show theirs (the views load again) and say so.
        if (result.error.code === 'conflict') refresh();
        say(result.error.message, 'error');
        return null;
      }
      // Every decision method answers with the Decision it wrote, or null: nothing changed.
      if (isDecision(result.value)) decided(result.value);
      return result.value;
    },
    [client, settings, askEditor, say, refresh, decided],
  );

  const desk: Desk = useMemo(
    () => ({
      client,
      editor: settings?.editor ?? null,
      decide,
      say,
      refresh,
      invalidate,
      onDecision,
      openArticle: (id: number) => {
        setView('review');
        setSelectedId(id);
      },
    }),
    [client, settings, decide, say, refresh, invalidate, onDecision, setSelectedId],
  );

  const undoOrRedo = useCallback(
    async (which: 'undo' | 'redo') => {
      const decision = await decide(which === 'undo' ? 'decisions.undo' : 'decisions.redo', {});
      if (decision === null) {
        say(t(which === 'undo' ? 'app.nothingToUndo' : 'app.nothingToRedo'));
        return;
      }
      const known = await knownAbout(client, decision);
      const what = describeDecision(decision, t, language, known);
      say(t(which === 'undo' ? 'app.undone' : 'app.redone', { what }));
      if (decision.articleId !== null) {
        setView('review');
        setSelectedId(decision.articleId);
      }
    },
    [client, decide, say, t, language, setSelectedId],
  );

  const nextInQueue = useCallback(async () => {
    const result = await client.call(
      'articles.next',
      // From the article last chosen, even if it is not drawn yet.
      selectedRef.current === null ? {} : { after: selectedRef.current },
    );
    if (!result.ok) return say(result.error.message, 'error');
    if (result.value.id === null) return say(t('app.queueEmpty'));
    setView('review');
    setSelectedId(result.value.id);
  }, [client, say, t, setSelectedId]);

  // From the address (#article=ID): the review shows the article it names. Asking React for
  // the view it already shows still drew the whole desk again after each selection.
  const openFromAddress = useCallback(
    (id: number) => {
      if (viewRef.current !== 'review') setView('review');
      setSelectedId(id);
    },
    [setSelectedId],
  );
  useArticleAddress(selectedId, openFromAddress);

  useEffect(
    () => connection.onMenu?.((what) => setDialog(what === 'export' ? 'export' : 'import')),
    [connection],
  );

  // Keys that work anywhere on the page, unless the editor is typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialog !== null) return;
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && event.code === 'KeyZ' && !isTyping(event.target)) {
        event.preventDefault();
        void undoOrRedo(event.shiftKey ? 'redo' : 'undo');
        return;
      }
      if (ctrl && event.code === 'KeyY' && !isTyping(event.target)) {
        event.preventDefault();
        void undoOrRedo('redo');
        return;
      }
      if (ctrl || event.altKey || isTyping(event.target)) return;
      const action: Record<string, () => void> = {
        '?': () => setDialog('shortcuts'),
        n: () => void nextInQueue(),
        d: () => setView((v) => (v === 'dashboard' ? 'review' : 'dashboard')),
        i: () => setDialog('import'),
        E: () => setDialog('export'),
        '/': () => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
      };
      const run = action[event.key];
      if (run) {
        event.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, undoOrRedo, nextInQueue]);

  const tagColours = useTagColourMap(client, revisions.tags);
  // The top bar's handlers stay the same while what they act on does: opening an article
  // does not draw the top bar again.
  const switchLanguage = useCallback(
    () => void saveSettings({ language: language === 'zh' ? 'en' : 'zh' }),
    [saveSettings, language],
  );
  const switchTheme = useCallback(
    () => void saveSettings({ theme: theme === 'dark' ? 'light' : 'dark' }),
    [saveSettings, theme],
  );
  const undo = useCallback(() => void undoOrRedo('undo'), [undoOrRedo]);
  const redo = useCallback(() => void undoOrRedo('redo'), [undoOrRedo]);
  const onNext = useCallback(() => void nextInQueue(), [nextInQueue]);

  if (!settings) return <p className="empty">…</p>;
  const closeDialog = () => setDialog(null);

  return (
    <LanguageContext.Provider value={words}>
      <DeskContext.Provider value={desk}>
        <RevisionContext.Provider value={revisions}>
          <TagColoursContext.Provider value={tagColours}>
            <div className="app">
              <TopBar
                view={view}
                onView={setView}
                editor={settings.editor}
                language={language}
                theme={theme}
                onLanguage={switchLanguage}
                onTheme={switchTheme}
                onDialog={setDialog}
                onUndo={undo}
                onRedo={redo}
              />
              <div className="workspace">
                <Sidebar
                  selectedId={selectedId}
                  onSelect={setSelectedId}
                  onSelection={rememberSelection}
                  latestSelected={latestSelected}
                />
                <main ref={contentRef} className="content" aria-live="off" aria-busy={late}>
                  {view === 'dashboard' ? (
                    <Dashboard />
                  ) : openId === null ? (
                    <p className="empty">{t('app.selectArticle')}</p>
                  ) : (
                    <ArticlePane id={openId} latestSelected={latestSelected} onNext={onNext} />
                  )}
                </main>
              </div>
              <p
                className={`status-line ${message?.tone === 'error' ? 'status-error' : ''}`}
                role={message?.tone === 'error' ? 'alert' : 'status'}
                data-testid="status-line"
              >
                {message?.text ?? ''}
              </p>
            </div>
            {dialog === 'editor' && (
              <EditorDialog
                current={settings.editor}
                onDone={(name) => {
                  void (name ? saveSettings({ editor: name }) : Promise.resolve(null)).then(
                    (saved) => {
                      closeDialog();
                      waiting.current?.(saved?.editor ?? null);
                      waiting.current = null;
                    },
                  );
                }}
              />
            )}
            {dialog === 'import' && <ImportDialog transfer={transfer} onClose={closeDialog} />}
            {dialog === 'export' && (
              <ExportDialog
                transfer={transfer}
                listed={listSelection.current}
                onClose={closeDialog}
              />
            )}
            {dialog === 'tags' && <TagManager onClose={closeDialog} />}
            {dialog === 'spam' && <SpamDialog onClose={closeDialog} />}
            {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
          </TagColoursContext.Provider>
        </RevisionContext.Provider>
      </DeskContext.Provider>
    </LanguageContext.Provider>
  );
}
