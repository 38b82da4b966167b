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
 * Hidden from screen readers. Pages mark icons and decorative duplicates so; a page saved
 * while a dialog was open marks its whole content so — the caller decides by how much
 * text such elements hold.
 */
export function isAriaHidden(element: Element): boolean {
  return (attribute(element, 'aria-hidden') ?? '').trim().toLowerCase() === 'true';
}
