import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { paragraphsOf, removal, wordsUpTo } from './lines.ts';
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
  return paragraphsOf(lines, start)
    .filter((p) => isSignUp(p.text))
    .map((p) =>
      removal(
        raw,
        p.first,
        p.last,
        RULE.chromePageWidget,
        'The page’s newsletter sign-up box, not article text.',
      ),
    );
}
