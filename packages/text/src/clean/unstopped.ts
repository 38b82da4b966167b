import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import type { LineShape } from './lineShape.ts';

/**
 * Some writers close no paragraph on a full stop (`…可在休闲娱乐的同时逐步成长`). On their
 * pages a paragraph short enough to fit one line reads like no sentence, costs what
 * furniture costs, and the story's run stops above it: its last paragraph is lost. Where the
 * story itself closes its paragraphs without stops, plain lines right after the run that
 * read like its paragraphs (a comma, a short paragraph's worth of words, no stop, no mark
 * of the page's furniture) carry it on. A line the page shows word for word again and again (an
 * image's caption under each picture) is passed over: it neither ends the story nor
 * carries it on. The first mark of furniture (a bullet, a label, a row of links) ends it.
 */
const PARAGRAPH_TOKENS = 15;
/** Lines holding text looked at past the run: a story's last paragraphs, and captions between them. */
const REACH = 12;
/** A line shown this many times on the page is a caption or a widget's, never a paragraph. */
const REPEATS = 3;

const plain = (s: LineShape) =>
  !s.blank &&
  !s.marker &&
  !s.bullet &&
  !s.heading &&
  !s.field &&
  s.cells <= 2 &&
  s.stamps === 0 &&
  s.tokens >= PARAGRAPH_TOKENS &&
  s.commas >= 1 &&
  // Written as the story is, with no stop at all; not a note in brackets (`(本文来自…)`) nor
  // a label's lead-in closing on a colon.
  s.stops === 0 &&
  !/^[(（[【<《]/.test(s.text) &&
  !/[:：]$/.test(s.text);

/**
 * The story's last line once unstopped paragraphs after `last` are taken in, and the
 * repeated lines (captions) passed over on the way, which are not the story's text.
 */
export function unstoppedEnding(
  shapes: readonly LineShape[],
  last: number,
): { end: number; captions: number[] } {
  let counts: Map<string, number> | null = null;
  const repeated = (text: string) => {
    if (!counts) {
      counts = new Map();
      for (const s of shapes) if (!s.blank) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
    }
    return (counts.get(text) ?? 0) >= REPEATS;
  };
  let end = last;
  const passed: number[] = [];
  let seen = 0;
  for (let i = last + 1; i < shapes.length && seen < REACH; i++) {
    const s = shapes[i]!;
    if (s.blank) continue;
    seen++;
    if (repeated(s.text)) passed.push(i);
    else if (plain(s)) end = i;
    else break;
  }
  return { end, captions: passed.filter((i) => i < end) };
}

/** The captions the story's end passed over, removed: each is a picture's, not the story's. */
export function captionEdits(raw: string, lines: readonly Line[], captions: number[]): RuleEdit[] {
  return captions.map((caption) =>
    removal(
      raw,
      lines[caption]!,
      lines[caption]!,
      RULE.chromeMediaCredit,
      'The page shows this line again and again at the story’s end (a caption under each picture), not the story’s text.',
    ),
  );
}
