import type { Line } from './lines.ts';

/** A sentence's stop closes the line, maybe with a quote or bracket after it (as chrome.ts reads it). */
const SENTENCE_END = /[。!?！？.;；]["”」』)）]?$/;

/** Six or more short comma-separated phrases and no sentence: a tag or keyword cloud. */
export function isTagList(text: string): boolean {
  // Latin script only: a Chinese line of names (重庆、南宁、…) is as often the story's list.
  if (text.length < 40 || SENTENCE_END.test(text) || /\p{Script=Han}/u.test(text)) return false;
  const items = text
    .split(/\s*,\s*/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length >= 6 && items.every((item) => item.split(/\s+/).length <= 4);
}

/** More words than a tag holds between two commas: a phrase of a sentence. */
const PHRASE_WORDS = 4;

/**
 * Whether the line at `index` carries on a sentence wrapped from the lines directly above
 * it (no blank between): above any lines of names, a line not closed by a stop, not a
 * label, with a phrase longer than any tag in it. A dump wraps `…the launch titles include:
 * Alpha, Beta` onto `Gamma, Delta, Epsilon, …`, which reads like a tag cloud alone; a
 * page's tag cloud stands on its own lines. Looks back a few lines at most.
 */
export function carriesOnSentence(lines: readonly Line[], index: number): boolean {
  // The sentence goes on past its names: the line of them ends on a comma (a dump wraps a
  // list of names after one), or the line right under it closes the sentence. Names with
  // neither are a tag cloud under a line of its own (a picture's caption, a label), whatever
  // follows it (a share bar's label, the footer).
  const below = lines[index + 1]?.trimmed ?? '';
  if (!/[,，]$/.test(lines[index]!.trimmed) && !SENTENCE_END.test(below)) return false;
  for (let i = index - 1; i >= Math.max(0, index - WRAPPED_NAMES); i--) {
    const above = lines[i]!.trimmed;
    if (above === '' || SENTENCE_END.test(above) || /[:：]$/.test(above)) return false;
    // Names only: the list goes on above; a longer phrase is the sentence it runs in.
    if (above.split(/\s*[,;]\s*/).some((part) => part.split(/\s+/).length > PHRASE_WORDS))
      return true;
  }
  return false;
}
/** The most lines of names a wrapped sentence runs on over. */
const WRAPPED_NAMES = 4;
