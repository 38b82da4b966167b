import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';

/**
 * The page's sign-up box for its newsletter, wherever the page set it (under the story, or
 * between two of its paragraphs): a label (`Newsletter`, `Morning Briefing Newsletter`,
 * `Subscribe Sign In`) and short paragraphs that speak to the reader to sign up (`Get our
 * daily newsletter`, `Sign up for …`, `Thanks for signing up!`, `Keep an eye on your inbox`).
 * What marks them is both at once: the words of a subscription (newsletter, inbox, subscribe,
 * sign up, in the languages the pages come in) and a call to the reader (an imperative
 * opening the paragraph, or `you`/`your`). A story that reports on newsletters says so in the
 * third person (`The firm said two million people subscribe to its newsletter.`), a quote
 * opens on its quotation mark, and both stay. Only from the story's first line on: above it
 * stand the headline and its standfirst, whatever they say (`The Newsletter Comeback`).
 */

/** Past this many words a paragraph is the story's, whatever it says. */
const CALL_WORDS = 40;
/** A label is a word or a few: `Newsletter`, `See All Newsletters`. */
const LABEL_WORDS = 4;

const SUBSCRIPTION =
  /\b(?:newsletters?|inbox|subscribe[ds]?|subscription|subscribing|sign(?:ing|ed)? up|opt-in|inscreva-se|assine|suscr[ií]bete|suscripci[oó]n|abonnez-vous|abonnement|iscriviti|abonnieren|berlangganan)\b|подпис/iu;
/** A call to the reader: an imperative opening the paragraph, or the reader addressed. */
const CALL =
  /^(?:subscribe|sign up|get|join|stay|keep|let|need|please|thanks|thank you|don['’]t miss|never miss|want|like (?:this|what)|enjoy|sign in|start your|receive|be the first|click)\b|\b(?:you|your)\b/iu;

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

export function isSignUp(paragraph: string): boolean {
  // The words of a subscription are Latin or Cyrillic: a paragraph with no such letter (a
  // Han one) is no sign-up, and the cheap test spares the expression and the count.
  if (!/[a-zа-я]/i.test(paragraph)) return false;
  const words = wordsUpTo(paragraph, CALL_WORDS + 1);
  if (words === 0 || words > CALL_WORDS || !SUBSCRIPTION.test(paragraph)) return false;
  // A quote is someone's words in the story, whoever they address.
  if (/^["“‘'«„「]/u.test(paragraph)) return false;
  if (words <= LABEL_WORDS && !/[.!?。！？]$/.test(paragraph)) return true;
  return CALL.test(paragraph);
}

/** Sign-up paragraphs (lines between blank lines) from line `start` on, each removed whole. */
export function signUpEdits(raw: string, lines: readonly Line[], start: number): RuleEdit[] {
  const edits: RuleEdit[] = [];
  let from = -1;
  for (let i = start; i <= lines.length; i++) {
    const filled = i < lines.length && lines[i]!.trimmed !== '';
    if (filled && from < 0) from = i;
    if (filled || from < 0) continue;
    const span = lines.slice(from, i);
    const paragraph = span.map((l) => l.trimmed).join(' ');
    if (isSignUp(paragraph))
      edits.push(
        removal(
          raw,
          lines[from]!,
          lines[i - 1]!,
          RULE.chromePageWidget,
          'The page’s newsletter sign-up box, not article text.',
        ),
      );
    from = -1;
  }
  return edits;
}
