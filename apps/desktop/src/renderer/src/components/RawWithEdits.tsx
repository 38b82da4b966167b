import { memo } from 'react';
import type { ReactNode } from 'react';
import { NOT_TEXT } from '../desk/selection.ts';
import type { ArticleEdit } from '@winnow/contract';
import { inForceOrder } from '@winnow/contract';
import type { Language, Translate } from '../i18n/index.ts';
import { ruleName, ruleReason } from '../i18n/rules.ts';
import { Chunked } from './Chunks.tsx';

type Range = { start: number; end: number } | null;

type Props = {
  raw: string;
  edits: ArticleEdit[];
  /** The selected fact's quote, mapped onto the raw text. */
  factRange: Range;
  t: Translate;
  language: Language;
};

/** The rule family colours the hunk: spam, chrome, meta, repair, manual. */
function family(rule: string): string {
  return rule.split('.')[0] ?? 'other';
}

/** Plain raw text, with the part inside the fact's range marked. */
function plain(raw: string, from: number, to: number, fact: Range, key: string): ReactNode[] {
  if (!fact || fact.end <= from || fact.start >= to) return [raw.slice(from, to)];
  const a = Math.max(from, fact.start);
  const b = Math.min(to, fact.end);
  return [
    raw.slice(from, a),
    <mark key={`${key}-fact`} className="fact-mark" data-testid="fact-mark-raw">
      {raw.slice(a, b)}
    </mark>,
    raw.slice(b, to),
  ];
}

/** Marks what is shown beside the raw text but is not part of it (see NOT_TEXT). */
const notText = { [NOT_TEXT]: '' };

/**
 * The raw text with every edit as a hunk, as text, never as HTML, cut into the stretches
 * `rows` gives (each hunk lies inside one). Hunks are focusable (the article view handles
 * their keys) and carry their edit's id, rule and state.
 */
export function rawRows(
  { raw, edits, factRange, t, language }: Props,
  rows: readonly { rawStart: number; rawEnd: number }[],
  // The order edits take effect in, so a manual edit shows over the cleaner's it covers
  // (given when the caller cuts the text in many pieces: sorted once, not for each).
  ordered: readonly ArticleEdit[] = inForceOrder(edits),
): ReactNode[][] {
  const pieces: ReactNode[][] = [];
  let next = 0;
  let at = 0;
  for (const row of rows) {
    const parts: ReactNode[] = [];
    at = Math.max(at, row.rawStart);
    const empty = row.rawStart === row.rawEnd;
    for (; next < ordered.length; next++) {
      const edit = ordered[next] as ArticleEdit;
      // An insertion where a row starts belongs to the empty row the cleaner's lines fill.
      if (edit.start > row.rawEnd) break;
      if (edit.start === row.rawEnd && !empty && row.rawEnd < raw.length) break;
      if (edit.start < at) continue;
      if (edit.start > at) parts.push(...plain(raw, at, edit.start, factRange, `p${at}`));
      parts.push(hunk(raw, edit, factRange, t, language));
      at = edit.end;
    }
    if (row.rawEnd > at) parts.push(...plain(raw, at, row.rawEnd, factRange, `p${at}`));
    at = Math.max(at, row.rawEnd);
    pieces.push(parts);
  }
  return pieces;
}

function hunk(raw: string, edit: ArticleEdit, factRange: Range, t: Translate, language: Language) {
  const removed = raw.slice(edit.start, edit.end);
  const inFact = factRange !== null && edit.start < factRange.end && edit.end > factRange.start;
  const state = t(`hunk.state.${edit.state}`);
  const rule = ruleName(edit.rule, language);
  const reason = ruleReason(edit.rule, edit.reason, language);
  return (
    <mark
      key={edit.id}
      className={`hunk hunk-${family(edit.rule)} hunk-${edit.state}${inFact ? ' in-fact' : ''}`}
      tabIndex={0}
      title={`${rule} (${state}): ${reason}`}
      aria-label={t('hunk.label', { state, rule, reason })}
      data-rule={edit.rule}
      data-edit-id={edit.id}
      data-state={edit.state}
    >
      {removed === '' ? <span {...notText}>⁁</span> : removed}
      {edit.replacement !== '' && (
        <ins className="hunk-replacement" {...notText}>
          {edit.replacement}
        </ins>
      )}
    </mark>
  );
}

/** The raw text in one piece, in blocks laid out near the screen (the editor's view). */
export const RawWithEdits = memo(function RawWithEdits(props: Props) {
  const [parts = []] = rawRows(props, [{ rawStart: 0, rawEnd: props.raw.length }]);
  return <Chunked pieces={parts} />;
});
