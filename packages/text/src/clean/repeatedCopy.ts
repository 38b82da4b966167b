import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import type { LineShape } from './lineShape.ts';

/**
 * A page saved as text may show the article twice: a copy the page hid (`display:none`), a
 * mobile layout, a "read aloud" version. Within the article region, a run of lines that
 * repeats, word for word, lines the region showed above is that second copy; the first one
 * stays. Only lines of some length count (a repeated subheading or 曲目 is no copy), and the
 * run must hold a sentence's worth of words. A copy is no longer than what it copies: a run
 * far longer than the stretch from its original to it is a text that repeats itself
 * throughout (a refrain, a generated report), not a second copy, and stays; so does a run
 * that is a small share of the region (a quoted paragraph shown again is no copy of the
 * article).
 */
const SHARE = 0.25;
const LINE_TOKENS = 20;
const RUN_TOKENS = 40;

// Most lines of a Chinese story hold no space: they are their own key, with no copy made.
const key = (text: string) => (/\s/.test(text) ? text.replace(/\s+/g, '') : text);

export function repeatedCopyEdits(
  raw: string,
  lines: readonly Line[],
  shapes: readonly LineShape[],
  first: number,
  last: number,
): RuleEdit[] {
  // Each long line's first showing, as a count of the filled lines before it.
  let regionTokens = 0;
  for (let i = first; i <= last; i++) regionTokens += shapes[i]!.tokens;
  const seen = new Map<string, number>();
  const edits: RuleEdit[] = [];
  let run: Line[] = [];
  let runFrom = 0;
  let original = 0;
  let tokens = 0;
  let filled = 0;
  const close = () => {
    if (run.length === 0) return;
    const from = run[0];
    const to = run[run.length - 1];
    const copied = runFrom - original;
    if (
      from &&
      to &&
      tokens >= RUN_TOKENS &&
      tokens >= regionTokens * SHARE &&
      run.length <= copied * 1.5 + 1
    )
      edits.push(
        removal(
          raw,
          from,
          to,
          RULE.chromeRepeatedCopy,
          `The page shows these ${run.length} line${run.length === 1 ? '' : 's'} a second time, word for word (a hidden or mobile copy of the article).`,
        ),
      );
    run = [];
    tokens = 0;
  };
  for (let i = first; i <= last; i++) {
    const shape = shapes[i]!;
    if (shape.blank) continue;
    filled++;
    const k = shape.tokens >= LINE_TOKENS ? key(shape.text) : null;
    const before = k === null ? undefined : seen.get(k);
    if (before !== undefined) {
      if (run.length === 0) {
        runFrom = filled - 1;
        original = before;
      }
      run.push(lines[i]!);
      tokens += shape.tokens;
      continue;
    }
    close();
    if (k !== null) seen.set(k, filled - 1);
  }
  close();
  return edits;
}
