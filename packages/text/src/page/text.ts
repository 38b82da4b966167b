import { isAriaHidden, isHidden, isHiddenByClass, NEVER_TEXT } from './hidden.ts';
import { attribute, isElement } from './parse.ts';
import type { ChildNode, Element, ParentNode } from './parse.ts';

/**
 * The text of a parsed page as a browser's `innerText` shows it: hidden elements out,
 * white space collapsed as CSS collapses it (kept inside <pre>), block elements and <br>
 * breaking lines. Every block is followed by a blank line, so paragraphs, list items and
 * table cells each stand on their own line, as the cleaner's line rules expect.
 */
export type PageText = {
  text: string;
  /** For each line of `text`, the share of its characters that are links or controls (0–1). */
  links: number[];
  /** Elements a reader never sees, for the caller to take out of the tree. */
  unseen: Element[];
  /** Characters of prose the page keeps hidden by its classes until a reader unfolds them. */
  folded: number;
  /** Visible <h1> headings, in order. */
  headings: string[];
  /** The first <title>'s text, and the page's <meta> values by property or name. */
  title: string | null;
  meta: Map<string, string>;
};

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Never shown, and not left for the main-content extractor to find either. */
const OUT_OF_FLOW = new Set([
  // Ruby annotations (furigana, pinyin) are a reading aid above the text, not text.
  'rt',
  'rp',
  'select',
  'option',
  'optgroup',
  'datalist',
  'template',
  'noscript',
  'textarea',
]);
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext']);

/** Stands for collapsed white space that held a line break, until its neighbours are known. */
const SEGMENT_BREAK = '\u0001';
/** Around the text of a link or a control, so each line can tell how much of it is links. */
const LINK_START = '\u0002';
const LINK_END = '\u0003';
const MARKS = '[\\u0002\\u0003]*';
// CSS drops a collapsed line break between two East Asian wide characters (中\n文 reads 中文).
const WIDE = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u{20000}-\\u{3ffff}]';
const BREAK_BETWEEN_WIDE = new RegExp(
  `(?<=${WIDE}${MARKS})[ \\u0001]*\\u0001[ \\u0001]*(?=${MARKS}${WIDE})`,
  'gu',
);

// The markers are control characters on purpose: a browser shows none of them, so any
// the page itself holds are dropped first and cannot be taken for markers.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\0-\u0003]/g;
// eslint-disable-next-line no-control-regex
const MARKERS = /[\u0001-\u0003]/g;

/** Text as CSS collapses it. */
const collapse = (text: string) =>
  text
    .replace(CONTROLS, '')
    .replace(/[ \t\n\r\f]+/g, (run) => (run.includes('\n') ? SEGMENT_BREAK : ' '));

const unmarked = (line: string) =>
  line
    .replace(MARKERS, (mark) => (mark === SEGMENT_BREAK ? ' ' : ''))
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();

/**
 * Lines trimmed, at most one blank line between paragraphs, with each line's share of
 * visible characters that belong to links (a link may hold several lines).
 */
function linesOf(parts: readonly string[]): { text: string; links: number[] } {
  const lines: string[] = [];
  const links: number[] = [];
  let depth = 0;
  for (const marked of parts.join('').replace(BREAK_BETWEEN_WIDE, '').split('\n')) {
    let linked = 0;
    let all = 0;
    for (const ch of marked) {
      if (ch === LINK_START) depth++;
      else if (ch === LINK_END) depth = Math.max(0, depth - 1);
      else if (ch !== SEGMENT_BREAK && ch.trim() !== '') {
        all++;
        if (depth > 0) linked++;
      }
    }
    const line = unmarked(marked);
    if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(line);
    links.push(all === 0 ? 0 : linked / all);
  }
  if (lines[lines.length - 1] === '') {
    lines.pop();
    links.pop();
  }
  return { text: lines.join('\n'), links };
}

type Frame = { node: ParentNode; next: number; after: () => void };

export function pageText(root: ParentNode): PageText {
  const parts: string[] = [];
  const unseen: Element[] = [];
  const ariaHidden: Range[] = [];
  const classHidden: Range[] = [];
  const headings: Array<{ from: number; to: number }> = [];
  const meta = new Map<string, string>();
  let title: string | null = null;
  let preformatted = 0;
  let insideAriaHidden = 0;
  let insideClassHidden = 0;
  let silent = 0;
  let insideControl = 0;

  const stack: Frame[] = [{ node: root, next: 0, after: () => {} }];
  const enter = (node: ChildNode) => {
    if (node.nodeName === '#text') {
      const value = (node as { value: string }).value;
      if (silent === 0)
        parts.push(preformatted > 0 ? value.replace(CONTROLS, '') : collapse(value));
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName;
    if (tag === 'title' && title === null) title = unmarked(node.childNodes.map(rawText).join(''));
    if (tag === 'meta') {
      const key = attribute(node, 'property') ?? attribute(node, 'name');
      const content = attribute(node, 'content');
      if (key && content !== null && !meta.has(key.toLowerCase()))
        meta.set(key.toLowerCase(), content);
    }
    if (tag === 'head') {
      // Not text, but where the title and <meta> live.
      silent++;
      stack.push({ node, next: 0, after: () => silent-- });
      return;
    }
    if (tag === 'br') {
      if (silent === 0) parts.push('\n');
      return;
    }
    if (isHidden(node) || OUT_OF_FLOW.has(tag)) {
      unseen.push(node);
      return;
    }
    if (NEVER_TEXT.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    const from = parts.length;
    const aria = insideAriaHidden === 0 && isAriaHidden(node);
    if (aria) insideAriaHidden++;
    const byClass = insideClassHidden === 0 && isHiddenByClass(node);
    if (byClass) insideClassHidden++;
    const pre = PREFORMATTED.has(tag);
    if (pre) preformatted++;
    const link = insideControl === 0 && isClicked(node);
    if (link) {
      insideControl++;
      parts.push(LINK_START);
    }
    stack.push({
      node,
      next: 0,
      after: () => {
        if (link) {
          insideControl--;
          parts.push(LINK_END);
        }
        if (pre) preformatted--;
        if (aria) {
          insideAriaHidden--;
          ariaHidden.push({ element: node, from, to: parts.length });
        }
        if (byClass) {
          insideClassHidden--;
          classHidden.push({ element: node, from, to: parts.length });
        }
        // (One inside a class that hides is kept here: where those classes are honoured
        // below, its text is emptied with theirs and it drops out; where not, it is shown.)
        if (tag === 'h1' && insideAriaHidden === 0) headings.push({ from, to: parts.length });
        if (block) parts.push('\n\n');
      },
    });
  };

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = frame.node.childNodes;
    if (frame.next < children.length) enter(children[frame.next++]!);
    else {
      stack.pop();
      frame.after();
    }
  }

  // aria-hidden marks icons and decorative copies; but a page saved with a dialog open
  // has its whole content marked so: honoured only while it hides the lesser part. A
  // class that hides is read from its name alone, the stylesheet being elsewhere. A folded
  // story may hide more than it shows, but a page whose script reveals all its content at
  // load hides nearly everything: honoured while a quarter of the page, prose among it,
  // stays shown.
  const shown = visibleChars(parts, 0, parts.length);
  const hiddenBy = (ranges: Range[]) =>
    ranges.reduce((n, r) => n + visibleChars(parts, r.from, r.to), 0);
  const byAria = hiddenBy(ariaHidden) * 2 <= shown;
  const byClass = (shown - hiddenBy(classHidden)) * 4 >= shown && leavesProse(parts, classHidden);
  const folded = byClass ? proseChars(parts, classHidden) : 0;
  for (const ranges of [byAria ? ariaHidden : [], byClass ? classHidden : []]) {
    for (const range of ranges) {
      parts.fill('', range.from, range.to);
      unseen.push(range.element);
    }
  }
  const { text, links } = linesOf(parts);
  return {
    text,
    links,
    unseen,
    folded,
    headings: headings
      .map((r) => unmarked(parts.slice(r.from, r.to).join('').replace(BREAK_BETWEEN_WIDE, '')))
      .map((h) => h.replace(/\s+/g, ' '))
      .filter((h) => h !== ''),
    title,
    meta,
  };
}

/** Roles by which a script makes an element a control: a toggle, a tab, a menu's item. */
const CONTROL_ROLES = new Set([
  'button',
  'switch',
  'checkbox',
  'radio',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'slider',
]);

/**
 * Text a reader clicks rather than reads, counted with link text in each line's share of it
 * (what tells navigation from prose): a link, a button, the label of a form control (an
 * autoplay toggle's 自动播放, a "remember me"), and an element a script made a control with
 * its role. Widgets and share bars are made of these whether or not they are links.
 */
function isClicked(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'a') return attribute(element, 'href') !== null || isScripted(element);
  if (tag === 'label') return true;
  // A disclosure's toggle names what it opens (an explainer's question over its answer, a
  // section's heading): it is read with what it opens, as a heading is.
  if (isDisclosure(element)) return false;
  if (tag === 'button') return true;
  const role = attribute(element, 'role');
  return role !== null && CONTROL_ROLES.has(role.trim().toLowerCase());
}

/** A toggle that shows or hides a part of the page: it says so with `aria-expanded`. */
const isDisclosure = (element: Element) => attribute(element, 'aria-expanded') !== null;

/**
 * An anchor with no address that a script acts on: a share button keeps its target in a
 * `data-` attribute or an `onclick`. A bare `<a>` (a slip for `</a>` that the parser carries
 * over everything after it) and a named anchor (a place to jump to) are neither.
 */
function isScripted(anchor: Element): boolean {
  return anchor.attrs.some((a) => a.name === 'onclick' || a.name.startsWith('data-'));
}

function rawText(node: ChildNode): string {
  return node.nodeName === '#text' ? collapse((node as { value: string }).value) : '';
}

type Range = { element: Element; from: number; to: number };

/** Sentence ends that make hidden text prose (a folded story), not a menu or a tooltip. */
const SENTENCE_END = /[。！？]|[.!?](?=\s|$)/g;

function sentenceEnds(text: string): number {
  return (text.match(SENTENCE_END) ?? []).length;
}

/** Whether the page, without these ranges, still shows three sentences. */
function leavesProse(parts: readonly string[], ranges: readonly Range[]): boolean {
  if (ranges.length === 0) return true;
  const kept = parts.slice();
  for (const r of ranges) kept.fill('', r.from, r.to);
  return sentenceEnds(kept.join('')) >= 3;
}

/**
 * Characters of story among the hidden ranges: an element holding three paragraphs that
 * end sentences (or three sentences in lines broken by <br>), with no form in or around it
 * (a folded story), not a dialog's message, a menu or a tooltip.
 */
function proseChars(parts: readonly string[], ranges: readonly Range[]): number {
  let n = 0;
  for (const r of ranges) if (isStory(r.element)) n += visibleChars(parts, r.from, r.to);
  return n;
}

const FORM = new Set(['form', 'button', 'input', 'textarea', 'select']);

function isStory(element: Element): boolean {
  for (let up = element.parentNode; up && isElement(up); up = up.parentNode)
    if (up.tagName === 'form' || attribute(up, 'role') === 'dialog') return false;
  let paragraphs = 0;
  // Older pages write a story as lines broken by <br>, with no <p> at all.
  let breaks = 0;
  const stack: ChildNode[] = [...element.childNodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (FORM.has(node.tagName)) return false;
    if (node.tagName === 'br') breaks++;
    if (node.tagName === 'p' && sentenceEnds(textOf(node)) > 0) paragraphs++;
    // One by one, not spread: a call takes only so many arguments (a hidden element may
    // hold hundreds of thousands of children).
    else for (const child of node.childNodes) stack.push(child);
  }
  return paragraphs >= 3 || (breaks >= 2 && sentenceEnds(textOf(element)) >= 3);
}

/** The text inside an element, walked without recursion: unclosed tags nest thousands deep. */
function textOf(element: Element): string {
  let text = '';
  const stack: ChildNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') text += (node as { value: string }).value;
    else if (isElement(node))
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return text;
}

function visibleChars(parts: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += parts[i]!.replace(/\s+/g, '').length;
  return n;
}
