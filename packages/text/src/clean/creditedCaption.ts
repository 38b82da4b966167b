import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { paragraphsOf, removal, wordsUpTo } from './lines.ts';
import type { Line } from './lines.ts';

/**
 * A picture's caption that a dump wrapped over several lines and that closes on its credit:
 * `… in Madrid on Tuesday. (Jane Roe/AP)`, `… REUTERS/Jane Roe/File Photo`, `… harming the
 * air. Jane Roe/City Times/Getty Images`, `…Credit...Jane Roe/The Daily`, `(Photo by Jane
 * Roe/Getty Images)`. A photographer's name set against an agency or paper with a slash, or a
 * credit's own word, is how a caption signs itself, which a story's paragraph never does: it
 * closes on its stop or its quote. The line rules (chrome.ts) take such a credit when it
 * stands on a line of its own; here the whole paragraph it closes goes with it. Only a
 * caption's length: a long paragraph that happens to end on a bracketed note stays.
 */

/** Past this many words a paragraph is the story's, whatever closes it. */
const CAPTION_WORDS = 60;

/** A capitalised name: `Jane Roe`, `The Daily`, `SCIENCE PHOTO LIBRARY`, `JPL-Caltech`. */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:\p{Lu}|for |of |and )[\p{L}\p{N}.'’&-]*)*`;
/** Names set against each other with slashes: a photographer and the agency. */
const SLASHED = String.raw`${NAME}(?: ?/ ?${NAME})+`;

const CREDIT = new RegExp(
  [
    // In brackets: `(Jane Roe/AP)`, `(Photo by Jane Roe/Getty Images for X)`, `(NASA via AP, File)`.
    String.raw`\(\s*(?:(?:photos?|image|picture)(?: by|:)\s+|credit:?\s+)?[^()]{0,60}?${SLASHED}[^()/]{0,30}\)`,
    String.raw`\([^()]{0,40} via (?:AP|AFP|Reuters|Getty Images)(?:, File)?\)`,
    String.raw`\((?:photos?|image|picture|credit)(?: by|:)\s*[^()]{1,60}\)`,
    // Bare at the end: `Credit...Jane Roe/The Daily`, `Photograph: Jane Roe/Agency`, `REUTERS/Jane Roe`.
    String.raw`(?:Credit\s*(?:\.\.\.|…|:)|Photograph(?: by|:)|Photo(?: by|:))\s*${SLASHED}`,
    // An agency in capitals over a photographer's full name (not `HIV/AIDS`).
    String.raw`\b\p{Lu}{3,}/\p{Lu}\p{Ll}+ \p{Lu}[\p{L}.'’-]+(?:/File Photo)?`,
    // `… the air. Jane Roe/City Times/Getty Images`: a name after the caption's last stop.
    String.raw`[.!?]["”’]?\s*${SLASHED}`,
  ]
    .map((credit) => `(?:${credit})`)
    .join('|') + String.raw`\s*$`,
  'u',
);

export function isCreditedCaption(paragraph: string): boolean {
  // Most paragraphs end on a stop or a quote: no credit to look for. Every credit above
  // closes on a bracket or holds a slash: without either (nearly every Han paragraph) the
  // expression need not walk the paragraph.
  if (!/[)\p{L}]$/u.test(paragraph)) return false;
  if (!paragraph.endsWith(')') && !paragraph.includes('/')) return false;
  const words = wordsUpTo(paragraph, CAPTION_WORDS + 1);
  if (words === 0 || words > CAPTION_WORDS) return false;
  return CREDIT.test(paragraph);
}

/** Caption paragraphs (lines between blank lines) closing on a credit, each removed whole. */
export function creditedCaptionEdits(raw: string, lines: readonly Line[]): RuleEdit[] {
  return paragraphsOf(lines)
    .filter((p) => isCreditedCaption(p.text))
    .map((p) =>
      removal(
        raw,
        p.first,
        p.last,
        RULE.chromeMediaCredit,
        'A picture’s caption, closing on its credit, not article text.',
      ),
    );
}
