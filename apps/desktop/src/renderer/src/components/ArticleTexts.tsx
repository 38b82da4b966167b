import type { RefObject } from 'react';
import type { Article, Segment } from '@winnow/contract';
import { useLanguage, useT } from '../i18n/index.ts';
import { AlignedPanes } from './AlignedPanes.tsx';
import { ChangeStrip } from './ChangeStrip.tsx';
import { CleanedEditor } from './CleanedPane.tsx';
import { RawWithEdits } from './RawWithEdits.tsx';

type Range = { start: number; end: number } | null;

/**
 * The article's texts: raw and cleaned aligned line by line with the overview strip
 * beside them, or, while the editor edits the cleaned text, the raw text beside the editor.
 */
export function ArticleTexts({
  article,
  editing,
  setEditing,
  onSave,
  segments,
  factRange,
  factCleaned,
  rawRef,
  cleanedRef,
  scrollerRef,
  onHunk,
  onJump,
}: {
  article: Article;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  onSave: (text: string) => void;
  segments: Segment[];
  factRange: Range;
  factCleaned: Range;
  rawRef: RefObject<HTMLPreElement | null>;
  cleanedRef: RefObject<HTMLPreElement | null>;
  scrollerRef: RefObject<HTMLDivElement | null>;
  onHunk: (event: React.FocusEvent | React.MouseEvent) => void;
  onJump: (editId: number) => void;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="side-by-side">
      <h2>{t('article.raw')}</h2>
      <h2>
        {t('article.cleaned')}{' '}
        {!editing && (
          <button type="button" className="small" title="E" onClick={() => setEditing(true)}>
            {t('edit.start')}
          </button>
        )}
      </h2>
      {editing ? (
        <>
          {/* Rendered as text, never as HTML: articles come from the open web. */}
          <pre
            ref={rawRef}
            className="text-pane raw-text"
            data-testid="raw-text"
            onFocus={onHunk}
            onMouseOver={onHunk}
          >
            <RawWithEdits
              raw={article.raw}
              edits={article.edits}
              factRange={factRange}
              t={t}
              language={language}
            />
          </pre>
          <CleanedEditor
            cleaned={article.cleaned}
            language={article.language}
            onCancel={() => setEditing(false)}
            onSave={onSave}
          />
        </>
      ) : (
        <div className="panes">
          <AlignedPanes
            key={article.id}
            raw={article.raw}
            cleaned={article.cleaned}
            edits={article.edits}
            segments={segments}
            factRange={factRange}
            factCleaned={factCleaned}
            rawRef={rawRef}
            cleanedRef={cleanedRef}
            scrollerRef={scrollerRef}
            onHunk={onHunk}
            t={t}
            language={language}
          />
          <ChangeStrip
            edits={article.edits}
            rawLength={article.raw.length}
            scrollerRef={scrollerRef}
            onJump={onJump}
            t={t}
            language={language}
          />
        </div>
      )}
    </div>
  );
}
