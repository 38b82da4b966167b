import { isFurniture, LOOK_AHEAD, notATitle, titleText } from './headline.ts';
import { shapeOf } from './lineShape.ts';
import { toldSteps } from './trail.ts';
import { namesTooLittle, wrappedParagraph } from './titleWords.ts';

/**
 * Lines a page saved as text shows near its story that read like a title but are page
 * furniture: what the title is never chosen from. Only the title asks this (the cleaner
 * judges these lines by its own rules): a line that is no title here is still cleaned, or
 * kept, as before.
 */

/** A text-message offer: a code to send to a short number (`发送XX到1234`). */
const SEND_TO_NUMBER = /(?:发送|编辑|回复|发)\s*[A-Za-z0-9#]{1,10}\s*(?:到|至)\s*\d{3,}/;
/** A wiki's section heading, with its edit link after it (`背景[编辑]`, `History[edit]`). */
const SECTION_EDIT = /\[(?:编辑|編輯|修改|edit|编辑源代码)\]\s*$/i;
/** A link's label glued to it in brackets (`某某网[个人主页]`): several make a list of links. */
const GLUED_LABEL = /[^\s[\]]\[[^\]\s][^\]]*\](?=\s|$)/g;
/** A row's counter in brackets before the row (`[0]  主题：…`, `[12] …`): a listing's row. */
const ROW_COUNTER = /^\[\d+\]\s/;
/** An item's number or code in parentheses before it (`(7d) …`, `(3) …`): an item of a list. */
const ITEM_CODE = /^[(（][0-9a-z]{1,3}[)）]\s*/i;
/** A picture's credit or label inside the line (`…纸团。某某分局供图`, `资料图：…`). */
const PICTURE_CREDIT = /供图|资料图[:：]|图片来源|摄影[:：]|\/摄(?:\s|$)/;
/** A greeting or a login/register link: the site talking to its visitor. */
const GREETING =
  /欢迎(?:你|您|光临|访问|来到)|您好[，,！!]|^(?:游客|访客)\s|(?:^|\s)(?:登录|注册|退出)(?:\s|$)|^skip to\b|\buses? cookies\b|\bsign in\b|\blog in\b/i;
/** A greeting is short: a headline that speaks of a welcome goes on to say more. */
const GREETING_LENGTH = 24;
/** Reporters' words before their names (`记者  某某  某某`). */
const REPORTER =
  /^(?:本报|本刊|特约|实习|见习)?(?:记者|通讯员|实习生|撰稿人?|摄影记者|编辑)[:：]?$/;
/** A name after a reporter word: two to four Han characters. */
const NAME = /^\p{Script=Han}{2,4}$/u;
/** A breadcrumb's separators: the path down to the page (`汽车 >> 动态 >> 新闻`). */
const CRUMB = /\s*(?:>>?|»|›|→|＞|->)\s*/;
/** A site's home link followed by more links (`首页 > …`, `首页 - …`, `Home | …`). */
const HOME = /^(?:网站首页|首页|主页|home)\s*(?:>>?|»|›|→|＞|->|[-|｜/·•])/i;
/** A breadcrumb's steps are section names: short. */
const STEP = 8;
/** A piece of a short bar-joined row (`相关团体 | 某某`): a label and its value, or two links. */
const BAR_PIECE = 6;
const URL = /\bhttps?:\/\/\S*|\bwww\.[a-z0-9-]+\.\S*/i;
/** Markup a dump kept as text: an embed's call (`embed(…)`), a file's name. */
const MARKUP = /\b[a-z]+\([^)]*\)|\S+\.(?:swf|jpe?g|gif|png|js|css)\b/i;
/** Letters and digits a headline shows at least, once links and markup are set aside. */
const LEAST_WORDS = 4;
/** A line that opens on a date (`2005年4月18日`, `2020-05-01`). */
const DATE_LED = /^(19|20)\d{2}\s*[-/.年]\s*\d{1,2}/;

/** An English byline: `By` and names only (`By Ann Lee and Bo Chan`). */
const BY_NAMES =
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*$/u;

/** Names after a reporter's word (`某网某频道  记者  某某  某某`), or `By` and names: a byline. */
export function isByline(text: string): boolean {
  if (BY_NAMES.test(text.trim())) return true;
  const pieces = text.split(/\s+/).filter((p) => p !== '');
  const at = pieces.findIndex((p, i) => REPORTER.test(p) && NAME.test(pieces[i + 1] ?? ''));
  // What stands before the reporter's word is an outlet's or a desk's name, short; what
  // follows the names may be another column's text a wide dump put on the same line.
  return at >= 0 && pieces.length >= 3 && pieces.slice(0, at).every((p) => p.length <= 10);
}

/** Section names joined by a path's arrows, or two or more very short pieces between bars. */
function isBreadcrumb(text: string): boolean {
  // A site's home link opens a path or a menu (`首页 - 新闻动态`).
  if (HOME.test(text)) return true;
  // An image's label before the path (`[logo] 某网>>文化`) is no step of it.
  const steps = text.replace(/\[[^\]]*\]/g, '').split(CRUMB);
  if (steps.length >= 2 && steps.slice(0, -1).every((s) => s.trim().length <= STEP)) {
    // The last step may run on into the page's other links (`业界新闻 | 新闻排行榜`).
    const last = steps[steps.length - 1]!.split(/\s[|｜]\s/);
    if (last.every((s) => s.trim().length <= STEP)) return true;
  }
  const pieces = text.split(/\s*[|｜]\s*/).filter((p) => p.trim() !== '');
  return pieces.length >= 2 && pieces.every((p) => p.trim().length <= BAR_PIECE);
}

/** How many words a line says once its links and markup are set aside. */
function wordsBesideMarkup(text: string): number {
  const rest = text.replace(new RegExp(URL, 'gi'), ' ').replace(new RegExp(MARKUP, 'gi'), ' ');
  return (rest.match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * Longer lines are paragraphs, or a whole page run together, never a headline: they are not
 * read further (the shapes above, tried at every character of a line of millions without a
 * space, would take minutes).
 */
const LONGEST_TITLE_LINE = 2000;

/**
 * Whether a line is no title: notATitle's furniture, and the chrome shapes above. Given the
 * story (`story`), an arrowed line whose every step the story names is its headline told
 * with arrows (trail.ts), not a path.
 */
export function noTitle(text: string, story?: string): boolean {
  if (text.length > LONGEST_TITLE_LINE) return true;
  const squeezed = text.replace(/\s+/g, '');
  return (
    notATitle(text) ||
    SEND_TO_NUMBER.test(text) ||
    SECTION_EDIT.test(text) ||
    (text.match(GLUED_LABEL)?.length ?? 0) >= 2 ||
    ROW_COUNTER.test(text) ||
    ITEM_CODE.test(text) ||
    PICTURE_CREDIT.test(text) ||
    (squeezed.length <= GREETING_LENGTH && GREETING.test(text)) ||
    isByline(text) ||
    (isBreadcrumb(text) && !(story !== undefined && toldSteps(text, story))) ||
    ((URL.test(text) || MARKUP.test(text)) && wordsBesideMarkup(text) < LEAST_WORDS)
  );
}

/**
 * A line of prose rather than a headline: a sentence's full stop in it (`。`, or `. ` between
 * words), or more words than a headline holds. Where no line above the story is a title,
 * the story's first sentence is no title either.
 */
export function readsAsProse(text: string, tokens: number): boolean {
  return tokens > 60 || /[。；]/.test(text) || /\p{Ll}[.!?]["”’]?(?:\s|$)/u.test(text);
}

/**
 * The title of a text with no headline found above its story: its first line that reads as
 * a title, not as furniture or chrome, before the story's first sentence. None when no line
 * does: the desk then shows
 * the article as untitled for the editor to name, which is better than a menu's row or the
 * story's first sentence standing as its headline (and being exported as one).
 */
export function titleOf(cleaned: string): string | null {
  const all = cleaned.split('\n', 400);
  // The lines joined once; the story below line i is a slice of it (no copy per line).
  const joined = all.join('\n');
  let below = 0;
  let seen = 0;
  for (let i = 0; i < all.length && seen < LOOK_AHEAD; i++) {
    below += all[i]!.length + 1;
    const line = all[i]!.trim();
    if (line === '') continue;
    seen++;
    // A paragraph the dump wrapped at its width: the story has begun, mid-sentence.
    if (wrappedParagraph(all, i)) return null;
    const shape = shapeOf(line);
    // A lede that opens on its date (`2005年4月18日某某…。`) is the story's first sentence.
    if (DATE_LED.test(shape.text) && readsAsProse(shape.text, shape.tokens)) return null;
    if (isFurniture(line)) continue;
    // A lone character (`屏`) is a layout's debris.
    if (shape.tokens < 2 || noTitle(shape.text)) continue;
    // The story has begun: a short line after its first sentence is a subheading of it.
    if (readsAsProse(shape.text, shape.tokens)) return null;
    // A menu row run together, a pager's links: the story below names next to none of it.
    if (namesTooLittle(shape.text, joined.slice(below))) continue;
    return titleText(line);
  }
  return null;
}
