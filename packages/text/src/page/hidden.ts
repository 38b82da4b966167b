import { attribute } from './parse.ts';
import type { Element } from './parse.ts';

/**
 * What a reader of the page never sees. Pages carry hidden copies of their own article
 * (print versions, collapsed duplicates for scripts), templates and form options; reading
 * them as text would give the article twice or glue menus into it.
 */

/** Elements whose content is never shown as text. */
export const NEVER_TEXT = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'noembed',
  'noframes',
  'xmp',
]);

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
const INVISIBLE = /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by the page's own markup: the `hidden` attribute or an inline style. */
export function isHidden(element: Element): boolean {
  const hidden = attribute(element, 'hidden');
  // `hidden="until-found"` is collapsed text a reader can still reach by searching.
  if (hidden !== null && hidden.toLowerCase() !== 'until-found') return true;
  const style = attribute(element, 'style');
  if (style !== null && (DISPLAY_NONE.test(style) || INVISIBLE.test(style))) return true;
  return (
    element.tagName === 'input' && (attribute(element, 'type') ?? '').toLowerCase() === 'hidden'
  );
}

/**
 * A class word that says "hidden" as a state: `hide`, `hidden`, prefixed by a state or
 * script namespace (`is-hidden`, `js-hide`, `control-hide`, `u-hidden`), and the utility
 * classes `d-none` and `invisible`. The page's stylesheet is not saved with it, but these
 * words mean `display: none` in every framework that uses them; a page folds the rest of a
 * long story into such an element behind its 展开全文 button, and keeps modals, menus and
 * tooltips in them. Responsive words (`hidden-xs`, `tablet-hide`, `m-hide`) hide only on
 * some screens and are not taken; nor is `d-none` beside a `d-lg-block` that shows it.
 */
const STATE_HIDDEN = /^(?:(?:is|js|u|state|control)-)?(?:hide|hidden)$/i;
/**
 * A word that shows the element from some width up: Bootstrap's `d-lg-block`, and the
 * utility classes' `md:block`, `lg:flex`, `sm:visible` (`hidden md:block` is hidden only on
 * narrow screens, and a saved page was most often read on a wide one).
 */
const SHOWN_AT_SOME_WIDTH =
  /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none$)[a-z-]+|(?:sm|md|lg|xl|2xl):(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|inline-table|flow-root|contents|list-item|visible))$/i;

export function isHiddenByClass(element: Element): boolean {
  const classes = attribute(element, 'class');
  if (classes === null) return false;
  const words = classes.split(/\s+/);
  if (words.some((w) => SHOWN_AT_SOME_WIDTH.test(w))) return false;
  return words.some((w) => {
    const word = w.toLowerCase();
    return STATE_HIDDEN.test(w) || word === 'invisible' || word === 'd-none';
  });
}

/**
 * Hidden from screen readers. Pages mark icons and decorative duplicates so; a page saved
 * while a dialog was open marks its whole content so — the caller decides by how much
 * text such elements hold.
 */
export function isAriaHidden(element: Element): boolean {
  return (attribute(element, 'aria-hidden') ?? '').trim().toLowerCase() === 'true';
}
