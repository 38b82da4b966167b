/**
 * The two-way map between the raw text and the cleaned text that the edits in force
 * define. The service uses it to turn an editor's change of the cleaned text into edits
 * on the raw text; the desk uses it to show a fact's quote in both panes.
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
  return rule === 'manual' || rule.endsWith('.by-editor');
}

/**
 * The order edits are applied in: by position, and where an editor's manual edit starts
 * where a cleaner's does, the editor's first — it covers the cleaner's, which is skipped.
 */
export function inForceOrder<T extends { start: number; rule: string }>(edits: readonly T[]): T[] {
  return [...edits].sort(
    (a, b) => a.start - b.start || Number(!isEditorRule(a.rule)) - Number(!isEditorRule(b.rule)),
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
