// Packages that include this file from source need its ambient declaration too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./opencc.d.ts" />
import tsCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Folding makes text that an editor would call "the same" compare equal: traditional and
 * simplified characters (OpenCC's character table), full- and half-width forms (NFKC),
 * and letter case. It is for matching only — never shown, never stored as the article.
 */
let traditionalToSimplified: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (traditionalToSimplified) return traditionalToSimplified;
  const map = new Map<string, string>();
  for (const entry of tsCharacters.split('|')) {
    const [traditional, simplified] = entry.split(' ');
    // A character with several simplified forms folds to the first, the common one.
    if (
      traditional &&
      simplified &&
      [...traditional].length === 1 &&
      [...simplified].length === 1
    ) {
      map.set(traditional, simplified);
    }
  }
  traditionalToSimplified = map;
  return map;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/g;

/** The simplified form of one traditional character, or the character itself. */
export function simplifiedOf(ch: string): string {
  return table().get(ch) ?? ch;
}

export function foldForMatch(text: string): string {
  const map = table();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(HAN, (ch) => map.get(ch) ?? ch);
}
