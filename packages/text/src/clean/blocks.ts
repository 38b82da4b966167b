import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';

/** The rule of the edits that remove an editor's block. */
export const BLOCK_RULE = RULE.chromeEditorBlock;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A block as a pattern that matches it however its whitespace was laid out (a footer
 * copied from the cleaned pane may have lost a line's indentation or a blank line).
 */
function blockPattern(block: string): RegExp | null {
  const words = block.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map(escape).join('\\s+'), 'gu');
}

/**
 * Blocks an editor asked to be removed wherever they appear (a footer, a sign-up box):
 * every occurrence is removed, with the line break after it when it fills whole lines,
 * so no empty line is left where it was.
 */
export function blockEdits(raw: string, blocks: readonly string[]): RuleEdit[] {
  const edits: RuleEdit[] = [];
  for (const block of blocks) {
    const pattern = blockPattern(block);
    if (!pattern) continue;
    for (const match of raw.matchAll(pattern)) {
      const start = match.index;
      let end = start + match[0].length;
      const wholeLines = (start === 0 || raw[start - 1] === '\n') && /^\r?\n/.test(raw.slice(end));
      if (wholeLines) end += raw[end] === '\r' ? 2 : 1;
      edits.push({
        start,
        end,
        replacement: '',
        rule: BLOCK_RULE,
        reason: 'An editor asked for this block to be removed wherever it appears.',
        confidence: CONFIDENCE.chromeEditorBlock,
      });
    }
  }
  return edits;
}
