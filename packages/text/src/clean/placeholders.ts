import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import { width } from './lineShape.ts';

/**
 * What a text dump draws in place of the page's pictures and form controls. `w3m -dump`
 * writes a picture as its alternative text, or a stub of its file name, in brackets
 * (`[harbour-li]`, `[blank_1x1]`, `[lazy_placeholder][gulls]`), an insertion mark as
 * `[INS::INS]`, a text box as a bracketed run of spaces (`[          ][Go]`) and a tick box
 * as `[ ]`; other dumps leave a bare file name (`pier-lamps-640x360.jpg`). A line that holds
 * nothing else says nothing a reader reads, wherever it stands: inside the story it is the
 * picture between two paragraphs, and in a sign-up box or a search bar it is the page's form.
 * A bracket with words in it (`[The mayor declined to comment.]`) is text and stays, and
 * so do a short number alone in brackets (a footnote's mark) and one plain word alone on its
 * line (`[Applause]` in a transcript), which a logo's alternative text can be too.
 */

/** One bracketed token with no space in it: a picture's stub, `[INS::INS]`. */
const TOKEN = String.raw`\[(?!\d{1,3}\])[^\s[\]]{1,60}\]`;
/** A line of nothing but such tokens (a row of share icons draws several). */
const PICTURES = new RegExp(String.raw`^${TOKEN}(?:\s*${TOKEN})*$`, 'u');
/** One plain word in brackets: a transcript's `[Laughter]` as much as a logo. */
const WORD = /^\[\p{L}[\p{Ll}'’]{1,15}\]$/u;
/** A picture's bare file name. */
const IMAGE_FILE = /^[^\s/]{1,120}\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
/** A text box drawn as brackets around spaces, or a tick box opening the line. */
const FORM = /\[ {3,}\]|^\[[ xX*]\](?=\s*\S)/;
/** A form's line is short: a label and its box, a tick box's one-line consent. */
const FORM_WIDTH = 120;
/** A box's label and button: `Search`, `Cerca:`, `Go` (a wide character counts two). */
const LABEL_WIDTH = 16;

export function isPlaceholder(text: string): boolean {
  if (text === '' || text.length > 200) return false;
  if (text.startsWith('[')) {
    if (PICTURES.test(text)) return !WORD.test(text);
    if (text.length <= FORM_WIDTH && FORM.test(text)) return true;
  } else if (text.length <= FORM_WIDTH && text.includes('[') && FORM.test(text)) {
    // `Search: [          ] Go`: a label before the box and a button after it, a word or two;
    // a headline a table layout set beside the page's search box is no label.
    const rest = text.replace(/\[[^\]]*\]/g, '').replace(/\s+/g, '');
    return width(rest) <= LABEL_WIDTH;
  }
  // (Only a line ending on a dot and three or four letters can be a file name: most lines
  // are spared the expression's walk.)
  const dot = text.lastIndexOf('.');
  return dot > 0 && text.length - dot >= 4 && text.length - dot <= 5 && IMAGE_FILE.test(text);
}

export function placeholderEdits(raw: string, lines: readonly Line[]): RuleEdit[] {
  const edits: RuleEdit[] = [];
  for (const line of lines) {
    const text = line.trimmed;
    if (text === '' || !(text.includes('[') || text.includes('.'))) continue;
    if (!isPlaceholder(text)) continue;
    edits.push(
      removal(
        raw,
        line,
        line,
        RULE.chromePageWidget,
        `"${text.slice(0, 40)}" is what the dump draws for a picture or a form control, not text.`,
        0.9,
      ),
    );
  }
  return edits;
}
