import { memo } from 'react';
import type { ArticleEdit } from '@winnow/contract';
import type { Translate } from '../i18n/index.ts';
import { ruleName } from '../i18n/rules.ts';
import type { Language } from '../i18n/index.ts';

/** Marks closer than this (a share of the text) are drawn as one. */
const BUCKETS = 200;

/**
 * Where the changes are, on a strip beside the raw pane (like an editor's overview ruler):
 * one mark per stretch of the text with a change, coloured by the rule's family. Clicking
 * a mark goes to that change.
 */
export const ChangeStrip = memo(function ChangeStrip({
  edits,
  rawLength,
  onJump,
  t,
  language,
}: {
  edits: ArticleEdit[];
  rawLength: number;
  onJump: (editId: number) => void;
  t: Translate;
  language: Language;
}) {
  if (edits.length === 0 || rawLength === 0) return null;
  const marks = new Map<number, ArticleEdit[]>();
  for (const edit of edits) {
    const bucket = Math.min(BUCKETS - 1, Math.floor((edit.start / rawLength) * BUCKETS));
    marks.set(bucket, [...(marks.get(bucket) ?? []), edit]);
  }
  return (
    <div className="change-strip" aria-label={t('strip.label')} data-testid="change-strip">
      {[...marks].map(([bucket, inIt]) => {
        const first = inIt[0] as ArticleEdit;
        const names = [...new Set(inIt.map((e) => ruleName(e.rule, language)))].join(', ');
        return (
          <button
            key={bucket}
            type="button"
            tabIndex={-1}
            className={`strip-mark hunk-${first.rule.split('.')[0] ?? 'other'} hunk-${first.state}`}
            style={{ top: `${(bucket / BUCKETS) * 100}%` }}
            title={t('strip.mark', { n: inIt.length, rules: names })}
            data-edit-id={first.id}
            onClick={() => onJump(first.id)}
          />
        );
      })}
    </div>
  );
});
