import { RULE } from './rules.ts';

/**
 * The edit-list model, in one place: an article's cleaned text is its raw text with the
 * edits in force applied, and everything that follows from that is here —
 *
 * - which edits are in force and in what order (`editsInForce`, `inForceOrder`, and
 *   `uncoveredEdits`: an edit that starts before the last one ends is skipped);
 * - applying them (`applyEdits`), and what changes when the list changes (`cleanedChange`,
 *   worked out from the edits and the raw text around them, never by building both texts);
 * - the two-way map of offsets between the raw and the cleaned text (`editSegments`,
 *   `cleanedToRaw`, `rawToCleaned`), which the desk uses to show a fact's quote in both
 *   panes;
 * - an editor's changes of the cleaned text as edits on the raw text (`editorEditSpans`,
 *   `isEditorRule`).
 *
 * The cleaner (packages/text) decides which edits to propose and how sure it is; the
 * service stores them and records decisions; the desk draws them. None of them says again
 * what an edit list means. (Finding the changes between two versions of the cleaned text
 * needs a diff library, which the contract, shared with the renderer, does not take: the
 * service's decisions/manualEdit.ts finds them and hands them here.)
 */

/** A stretch of the cleaned text and where it came from in the raw text. */
export type Segment = {
  cStart: number;
  cEnd: number;
  rStart: number;
  rEnd: number;
  /** Copied from the raw text as is (false: an edit's replacement). */
  verbatim: boolean;
};

/**
 * Rules of edits an editor made by hand: `manual` (typed, or removed as "other") and
 * `chrome.by-editor` / `spam.by-editor` (a selection removed as that kind of text).
 */
export function isEditorRule(rule: string): boolean {
  return rule === RULE.manual || rule.endsWith('.by-editor');
}

/**
 * The order edits are applied in: by position, and where an editor's manual edit starts
 * where a cleaner's does, the editor's first — it covers the cleaner's, which is skipped.
 * Of two editors' edits that start at one place, a pure insertion goes first: text typed
 * back where an editor's removal begins (the removed line restored by hand) stands before
 * the removal rather than being skipped behind it, which failed the save.
 */
export function inForceOrder<T extends { start: number; end?: number; rule: string }>(
  edits: readonly T[],
): T[] {
  const insertion = (e: T) => e.end === e.start;
  return [...edits].sort(
    (a, b) =>
      a.start - b.start ||
      Number(!isEditorRule(a.rule)) - Number(!isEditorRule(b.rule)) ||
      (isEditorRule(a.rule) ? Number(!insertion(a)) - Number(!insertion(b)) : 0),
  );
}

/** The edits that are part of the cleaned text (applied or accepted), in inForceOrder. */
export function editsInForce<T extends { start: number; rule: string; state: string }>(
  edits: readonly T[],
): T[] {
  return inForceOrder(edits.filter((e) => e.state === 'applied' || e.state === 'accepted'));
}

/**
 * The edits that take effect, written once for the cleaner (applyEdits) and this map: in
 * order of start, an edit that starts before the last taken one ends is covered by it and
 * skipped.
 */
export function uncoveredEdits<T extends { start: number; end: number }>(
  ordered: readonly T[],
): T[] {
  const taken: T[] = [];
  let reach = 0;
  for (const edit of ordered) {
    if (edit.start < reach) continue;
    taken.push(edit);
    reach = edit.end;
  }
  return taken;
}

/** Cuts the cleaned text into raw-text copies and replacements; `inForce` in inForceOrder. */
export function editSegments(
  rawLength: number,
  inForce: readonly { start: number; end: number; replacement: string }[],
): Segment[] {
  const segments: Segment[] = [];
  let r = 0;
  let c = 0;
  for (const edit of uncoveredEdits(inForce)) {
    if (edit.start > r) {
      segments.push({
        cStart: c,
        cEnd: c + edit.start - r,
        rStart: r,
        rEnd: edit.start,
        verbatim: true,
      });
      c += edit.start - r;
    }
    const length = edit.replacement.length;
    segments.push({
      cStart: c,
      cEnd: c + length,
      rStart: edit.start,
      rEnd: edit.end,
      verbatim: false,
    });
    c += length;
    r = edit.end;
  }
  segments.push({ cStart: c, cEnd: c + rawLength - r, rStart: r, rEnd: rawLength, verbatim: true });
  return segments;
}

/**
 * Where a cleaned-text offset falls in the raw text. Inside a replacement there is no exact
 * answer: `side` picks the replacement's start or end, so a range maps to one that covers it.
 */
export function cleanedToRaw(
  segments: readonly Segment[],
  c: number,
  side: 'start' | 'end',
): number {
  for (const s of segments) {
    if (s.verbatim && s.cStart <= c && c <= s.cEnd) return s.rStart + (c - s.cStart);
    if (!s.verbatim && s.cStart <= c && c <= s.cEnd) {
      if (side === 'start' && c < s.cEnd) return s.rStart;
      if (side === 'end' && c > s.cStart) return s.rEnd;
    }
  }
  const last = segments[segments.length - 1];
  return last ? last.rEnd : 0;
}

/**
 * Where a raw-text offset falls in the cleaned text. Inside an edit there is no exact
 * answer: `side` picks the start or the end of what the edit left in the cleaned text.
 */
export function rawToCleaned(
  segments: readonly Segment[],
  r: number,
  side: 'start' | 'end',
): number {
  for (const s of segments) {
    if (s.verbatim && s.rStart <= r && r <= s.rEnd) return s.cStart + (r - s.rStart);
    if (!s.verbatim && s.rStart <= r && r < s.rEnd) return side === 'start' ? s.cStart : s.cEnd;
  }
  const last = segments[segments.length - 1];
  return last ? last.cEnd : 0;
}

/** Applies edits that are in force (non-overlapping, in order) to `raw`. */
export function applyEdits(
  raw: string,
  edits: readonly { start: number; end: number; replacement: string }[],
): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of uncoveredEdits([...edits].sort((a, b) => a.start - b.start))) {
    parts.push(raw.slice(at, edit.start), edit.replacement);
    at = edit.end;
  }
  parts.push(raw.slice(at));
  return parts.join('');
}

/** Reads a stretch of the raw text (the store's reader reads it from its chunks). */
type Reader = { slice: (start: number, end: number) => string };

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

/** One change of the cleaned text: [start, end) of the old text becomes `text`. */
export type CleanedTextChange = { start: number; end: number; text: string };

/**
 * A change that touches a cleaner's replacement takes the whole replacement in, so the
 * manual edit covers whole edits and the raw text it replaces is well defined.
 */
function widen(
  change: CleanedTextChange,
  before: string,
  segments: readonly Segment[],
): CleanedTextChange {
  let { start, end } = change;
  for (const s of segments) {
    if (s.verbatim) continue;
    const touches =
      start === end ? s.cStart < start && start < s.cEnd : start < s.cEnd && end > s.cStart;
    if (!touches) continue;
    start = Math.min(start, s.cStart);
    end = Math.max(end, s.cEnd);
  }
  return {
    start,
    end,
    text: before.slice(start, change.start) + change.text + before.slice(change.end, end),
  };
}

/** Changes that came to overlap once widened become one. */
function mergeOverlapping(changes: CleanedTextChange[], before: string): CleanedTextChange[] {
  const merged: CleanedTextChange[] = [];
  for (const change of changes) {
    const last = merged[merged.length - 1];
    if (last && change.start < last.end) {
      last.text += before.slice(last.end, change.start) + change.text;
      last.end = Math.max(last.end, change.end);
    } else merged.push({ ...change });
  }
  return merged;
}

/**
 * An editor's changes of the cleaned text as edits on the raw text: where each starts and
 * ends in the raw text and what it puts there. A change that touches a cleaner's
 * replacement takes it in whole; changes that come to overlap become one.
 */
export function editorEditSpans(
  rawLength: number,
  inForce: readonly { start: number; end: number; replacement: string }[],
  cleaned: string,
  changes: readonly CleanedTextChange[],
): { start: number; end: number; replacement: string }[] {
  const segments = editSegments(rawLength, inForce);
  const merged = mergeOverlapping(
    changes.map((c) => widen(c, cleaned, segments)),
    cleaned,
  );
  return merged.map((change) => ({
    start: cleanedToRaw(segments, change.start, 'start'),
    end: cleanedToRaw(segments, change.end, 'end'),
    replacement: change.text,
  }));
}
