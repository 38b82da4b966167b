/**
 * A pattern tried only on texts that pass a cheap check every match needs (a word it
 * spells, the characters it ends with). Rules run such patterns on every line of every
 * page; a pattern that may match anywhere in a line reads all of it before it fails.
 */
export type Pattern = { test: (text: string) => boolean };

export function preChecked(pattern: RegExp, needs: (text: string) => boolean): Pattern {
  return { test: (text) => needs(text) && pattern.test(text) };
}

/** Whether the text's last UTF-16 unit is one of `chars` (single units). */
export function endsWithOneOf(chars: string): (text: string) => boolean {
  const units = new Set([...chars].map((ch) => ch.charCodeAt(0)));
  return (text) => text.length > 0 && units.has(text.charCodeAt(text.length - 1));
}
