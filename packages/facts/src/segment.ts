import { cut_for_search, tag } from 'jieba-wasm';

/**
 * Word segmentation with parts of speech (jieba, compiled to WebAssembly, its dictionary
 * inside the module: nothing is fetched). Tagging a whole article costs about 1 µs a byte,
 * far too slow to run over every text, so extractors ask only about short windows around a
 * candidate name; a window seen before (names repeat across a corpus) is answered from
 * memory.
 */
export type Word = { word: string; tag: string; start: number; end: number };

const CACHE_LIMIT = 20_000;
const cache = new Map<string, Word[]>();

/**
 * The words of a short piece of (simplified) text, with offsets into it. With `guess`, the
 * segmenter also joins characters it has no word for into new words, tagged `x`: the way
 * an unknown personal name (言茂松, 苏银霞) comes out.
 */
export function words(piece: string, guess = false): Word[] {
  const key = guess ? `\u0001${piece}` : piece;
  const known = cache.get(key);
  if (known) return known;
  let at = 0;
  const out: Word[] = [];
  for (const { word, tag: pos } of tag(piece, guess)) {
    out.push({ word, tag: pos, start: at, end: at + word.length });
    at += word.length;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

/** Proper nouns: places, organizations, people, other names, abbreviations (发改委, 政协). */
export const isProper = (w: Word) => /^(?:ns|nt|nz|nr|nrt|nrfg|j|eng)$/u.test(w.tag);

/**
 * Words a name may be made of: nouns and proper nouns, distinguishing adjectives (中级,
 * 高级), ordinals (第五届) and verbal nouns (发电, 标准化). A verb, preposition, adverb,
 * pronoun, conjunction or particle is never inside a name: the name starts after it.
 */
export function canBeInName(w: Word): boolean {
  if (isProper(w)) return !isVerbPhrase(w);
  if (/^(?:n|ng|vn|an|b|nis)$/u.test(w.tag)) return true;
  return w.tag === 'm' && /^第/u.test(w.word);
}

const phrases = new Map<string, boolean>();

/**
 * 远高于 (nr), 片面强调 (nz): the dictionary files some phrases as names. A name word whose
 * last dictionary word, read on its own, is a verb ("is higher than", "stresses") says what
 * happens, not who: a name never ends with a verb. Split by the segmenter's search mode, which
 * lists the dictionary words inside a word (片面强调 → 片面, 强调).
 */
export function isVerbPhrase(w: Word): boolean {
  if (w.word.length < 3 || !/^(?:nr|nrt|nrfg|nz)$/u.test(w.tag)) return false;
  const known = phrases.get(w.word);
  if (known !== undefined) return known;
  const tail = cut_for_search(w.word, false)
    .filter((part) => part.length >= 2 && part !== w.word && w.word.endsWith(part))
    .sort((a, b) => b.length - a.length)[0];
  const read = tail ? words(tail) : [];
  const verb = read.length === 1 && /^(?:v|vd|vi)$/u.test(read[0]!.tag);
  if (phrases.size >= CACHE_LIMIT) phrases.clear();
  phrases.set(w.word, verb);
  return verb;
}
