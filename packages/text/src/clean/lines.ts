/** Lines with their offsets in the text, so line rules can produce edits on the raw text. */
import { defaultConfidence } from '@winnow/contract';
import type { RuleId } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { withoutAnnotations } from './pinyin.ts';

/**
 * `trimmed` is what rules classify: the line trimmed and without pinyin annotations (a
 * disclaimer reads 免責聲明 even when the page says 免責(zé)聲明). Offsets are on the raw text.
 */
export type Line = { start: number; end: number; text: string; trimmed: string; index: number };

let last: { text: string; lines: readonly Line[] } | null = null;

/**
 * The lines of a text. Several rules read the lines of the same text in turn; the last
 * answer is kept, so it is computed once (callers never change the array).
 */
export function linesOf(text: string): readonly Line[] {
  if (last !== null && last.text === text) return last.lines;
  const lines = splitLines(text);
  last = { text, lines };
  return lines;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    lines.push({
      start,
      end,
      text: line,
      trimmed: withoutAnnotations(line).trim(),
      index: index++,
    });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** The span of a whole line including its line break, for edits that remove the line. */
export function wholeLine(text: string, line: Line): { start: number; end: number } {
  return { start: line.start, end: line.end < text.length ? line.end + 1 : line.end };
}

/**
 * A removal of whole lines, from the start of `first` to the end of `last`, with its line
 * break and the blank lines after it, so removing a line does not leave a gap. Its
 * confidence is the rule's default (the contract's registry) unless the caller has a more
 * specific reading.
 */
export function removal(
  raw: string,
  first: Line,
  last: Line,
  rule: RuleId,
  reason: string,
  confidence: number = defaultConfidence(rule),
): RuleEdit {
  let end = last.end < raw.length ? last.end + 1 : last.end;
  // Blank counts any space but a line break: pages leave lines of no-break spaces
  // (an empty paragraph, `&nbsp; &nbsp;`) that read as blank.
  const blank = /^(?:[^\S\n]*\n)*/.exec(raw.slice(end, end + 200));
  end += blank?.[0].length ?? 0;
  return { start: first.start, end, replacement: '', rule, reason, confidence };
}

/** A run of filled lines between blank ones, with its lines' text joined by spaces. */
export type Paragraph = { first: Line; last: Line; text: string };

/** The paragraphs (runs of filled lines between blank ones) from line `start` on. */
export function paragraphsOf(lines: readonly Line[], start = 0): Paragraph[] {
  const out: Paragraph[] = [];
  let from = -1;
  for (let i = start; i <= lines.length; i++) {
    const filled = i < lines.length && lines[i]!.trimmed !== '';
    if (filled && from < 0) from = i;
    if (filled || from < 0) continue;
    const text = lines
      .slice(from, i)
      .map((l) => l.trimmed)
      .join(' ');
    out.push({ first: lines[from]!, last: lines[i - 1]!, text });
    from = -1;
  }
  return out;
}

/** White space as `\s` reads it, by code unit. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * How many words `text` holds (runs between white space, as `split(/\s+/)` gives them),
 * counted up to `most`: read character by character, it stops there, and a long paragraph
 * costs no more than its first words.
 */
export function wordsUpTo(text: string, most: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < most; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
