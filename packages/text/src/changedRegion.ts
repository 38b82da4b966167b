/**
 * The one changed stretch between two versions of a text: the common head and tail
 * trimmed, so [start, oldEnd) of `before` became [start, newEnd) of `after`. Re-anchoring
 * facts and rewriting the stored chunks of a cleaned text both start from it; it has no
 * imports so that the store can take it without the cleaner (`@winnow/text/changedRegion`).
 */
export type ChangedRegion = { start: number; oldEnd: number; newEnd: number };

export function changedRegion(before: string, after: string): ChangedRegion {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start: head, oldEnd: before.length - tail, newEnd: after.length - tail };
}
