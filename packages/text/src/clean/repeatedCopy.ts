import type { CleaningEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import type { LineShape } from './lineShape.ts';

/**
 * A page saved as text may show the article twice: a copy the page hid (`display:none`), a
 * mobile layout, a "read aloud" version. Within the article region, a run of lines that
 * repeats, word for word, lines the region showed above is that second copy; the first one
 * stays. Only lines of some length count (a repeated subheading or 曲目 is no copy), and the
 * run must hold a sentence's worth of words.
 */
const LINE_TOKENS = 20;
const RUN_TOKENS = 40;

const key = (text: string) => text.replace(/\s+/g, '');

export function repeatedCopyEdits(
  raw: string,
  lines: readonly Line[],
  shapes: readonly LineShape[],
  first: number,
  last: number,
): CleaningEdit[] {
  const seen = new Set<string>();
  const edits: CleaningEdit[] = [];
  let run: Line[] = [];
  let tokens = 0;
  const close = () => {
    const from = run[0];
    const to = run[run.length - 1];
    if (from && to && tokens >= RUN_TOKENS)
      edits.push(
        removal(
          raw,
          from,
          to,
          'chrome.repeated-copy',
          `The page shows these ${run.length} line${run.length === 1 ? '' : 's'} a second time, word for word (a hidden or mobile copy of the article).`,
          0.9,
        ),
      );
    run = [];
    tokens = 0;
  };
  for (let i = first; i <= last; i++) {
    const shape = shapes[i]!;
    if (shape.blank) continue;
    const k = shape.tokens >= LINE_TOKENS ? key(shape.text) : null;
    if (k !== null && seen.has(k)) {
      run.push(lines[i]!);
      tokens += shape.tokens;
      continue;
    }
    close();
    if (k !== null) seen.add(k);
  }
  close();
  return edits;
}
