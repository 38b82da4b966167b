/**
 * A location trail (breadcrumb): the page's path from its home down to the page itself,
 * `站点 → 栏目 → 本页`, `首页 > 新闻 > 国内`. Its last step may be the page's whole title,
 * punctuation and all, so the line can read like a sentence; the shape gives it away: a
 * short first step (a site or section name) and the steps joined by arrows.
 */

/** An arrow between two steps: `→`, `⇒`, a full-width `＞`; ASCII `>`, `»`, `›` only between spaces. */
const STEP = /\s*[→⇒＞]\s*|\s(?:[»›>]|->|>>)\s/;
/** A site or section name is short; a longer first step is a sentence that uses arrows. */
const FIRST_STEP_CHARS = 12;
/** A path is a few levels deep; a longer chain is a sequence the text tells (a list of winners). */
const MOST_STEPS = 7;

/** A sentence's full stop closing the line: a process told with arrows (`申请→审核→发放。`). */
const FULL_STOP = /[。]["”’」)）]*$/;

export function isTrail(text: string): boolean {
  if (text.length > 140 || FULL_STOP.test(text)) return false;
  const steps = text
    .trim()
    .split(STEP)
    .map((step) => step.trim());
  if (steps.length < 3 || steps.length > MOST_STEPS || steps.some((step) => step === ''))
    return false;
  const first = steps[0]!;
  // A path never passes the same place twice; a chain of results (甲 → 甲 → 乙) may.
  if (new Set(steps).size < steps.length) return false;
  return first.length <= FIRST_STEP_CHARS && !/[。，,；;！？!?：:]/.test(first);
}
