import { editsInForce } from '@winnow/contract';
import type { RawReader } from '@winnow/store';

type Reader = Pick<RawReader, 'slice'>;

/** What the edit list needs for this: where each edit is, what it puts there, its state. */
type EditSpan = { start: number; end: number; replacement: string; rule: string; state: string };

/** A stretch of the cleaned text: a copy of raw [rStart, rEnd), or an edit's replacement. */
type Piece = { rStart: number; rEnd: number; replacement: string | null };

const same = (a: Piece, b: Piece) =>
  a.rStart === b.rStart && a.rEnd === b.rEnd && a.replacement === b.replacement;
const length = (p: Piece) => (p.replacement === null ? p.rEnd - p.rStart : p.replacement.length);

/**
 * The cleaned text as applyEdits joins it (edits in force by position, one an earlier
 * edit covers skipped), with the raw copies cut at every `cuts` offset: cut at every
 * edit's ends, two lists' pieces differ only where the lists' effects differ. The copy
 * after the last cut is the same in both lists and left out.
 */
function pieces(inForce: readonly EditSpan[], cuts: readonly number[]) {
  const out: Piece[] = [];
  let at = 0;
  let cut = 0;
  const copy = (to: number) => {
    while (at < to) {
      while (cut < cuts.length && cuts[cut]! <= at) cut++;
      const stop = Math.min(to, cuts[cut] ?? to);
      out.push({ rStart: at, rEnd: stop, replacement: null });
      at = stop;
    }
  };
  for (const edit of inForce) {
    if (edit.start < at) continue;
    copy(edit.start);
    out.push({ rStart: edit.start, rEnd: edit.end, replacement: edit.replacement });
    at = edit.end;
  }
  copy(cuts.at(-1) ?? 0);
  return out;
}

/**
 * How the cleaned text changes when an article's edit list goes from `before` to `after`
 * (an editor accepted or reverted some): the old characters [start, end), which read
 * `expected`, become `text`. Found from the edits and the raw text around them, never by
 * building either cleaned text; null when the cleaned text stays the same.
 */
export function cleanedChange(
  raw: Reader | string,
  before: readonly EditSpan[],
  after: readonly EditSpan[],
): { start: number; end: number; text: string; expected: string } | null {
  const cuts = [...new Set([...before, ...after].flatMap((e) => [e.start, e.end]))].sort(
    (a, b) => a - b,
  );
  const old = pieces(editsInForce(before), cuts);
  const read =
    typeof raw === 'string' ? (from: number, to: number) => raw.slice(from, to) : raw.slice;
  const now = pieces(editsInForce(after), cuts);
  let head = 0;
  while (head < old.length && head < now.length && same(old[head]!, now[head]!)) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < now.length - head &&
    same(old[old.length - 1 - tail]!, now[now.length - 1 - tail]!)
  )
    tail++;
  const text = (from: Piece[]) => from.map((p) => p.replacement ?? read(p.rStart, p.rEnd)).join('');
  const expected = text(old.slice(head, old.length - tail));
  const changed = text(now.slice(head, now.length - tail));
  if (expected === changed) return null;
  let start = 0;
  for (let i = 0; i < head; i++) start += length(old[i]!);
  return { start, end: start + expected.length, text: changed, expected };
}
