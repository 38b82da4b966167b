import { grams, gramsAmong } from './grams.ts';

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
/**
 * A clause going on past a step (`… → 广州，全程历时六天`, `… → 敦煌，一路都是风景！`): a
 * sentence that uses arrows, never a path, whose steps are names and a title.
 */
const CLAUSE = /[→⇒＞»›>][^→⇒＞»›>]*，[^，]*\p{Script=Han}/u;
/**
 * The places a headline lists and what it says of them after a colon (`上海 → 杭州 → 黄山：
 * 高铁旅游线路开通`, `Paris → Berlin → Warsaw: inside …`): a path's step is no name with a colon
 * (counters beside a trail, `在线用户:12066`, stand apart from its last step).
 */
const TOLD = /[→⇒＞»›>]\s*[^→⇒＞»›>|\s[【(（]{1,12}[：:]\s*\S/u;
/** Steps joined with no space on either side (`北京→雄安`), as a writer sets them in a sentence. */
const TIGHT = /\S[→⇒＞]\S/;
/** A bare name set tight in a path (a section, a column): a few characters. */
const TIGHT_STEP_CHARS = 8;

export function isTrail(text: string): boolean {
  if (text.length > 140 || FULL_STOP.test(text)) return false;
  if (CLAUSE.test(text) || TOLD.test(text)) return false;
  const steps = text
    .trim()
    .split(STEP)
    .map((step) => step.trim());
  if (steps.length < 3 || steps.length > MOST_STEPS || steps.some((step) => step === ''))
    return false;
  const first = steps[0]!;
  // A template spaces its arrows; steps set tight are a writer's, and only a row of bare
  // names (`首页→生活→便民`) passes for a path: a headline runs on past its places
  // (`北京→雄安→天津城际铁路今日贯通`).
  if (TIGHT.test(text) && steps.some((step) => step.length > TIGHT_STEP_CHARS)) return false;
  // A path never passes the same place twice; a chain of results (甲 → 甲 → 乙) may.
  if (new Set(steps).size < steps.length) return false;
  return first.length <= FIRST_STEP_CHARS && !/[。，,；;！？!?：:]/.test(first);
}

/**
 * Whether a line closing on a colon announces the line under it as what it tells
 * (`卫冕冠军的晋级之路：` over `韩国 → 泰国 → 日本`, a route or a chain of results), not the
 * site's trail; a label of the page's location (`当前位置：`) announces the trail itself.
 */
export function announcesRoute(previous: string): boolean {
  return /[:：]$/.test(previous) && !/位置|导航|導航|路径|location|you are here/i.test(previous);
}

/** Any arrow or path separator between two steps, as either reading (trail or noTitle) splits. */
const ANY_STEP = /\s*(?:[→⇒＞]|>>?|->|[»›])\s*/;
/** Of each step's letters, the share the story must name (in pairs it repeats) for the step to be its own. */
const TOLD_SHARE = 0.5;

/**
 * Whether every step of an arrowed line is named in the story under it (`从小作坊→大工厂→再到
 * 上市公司` over a story of the workshop, the factory, the listing): a headline told with
 * arrows, not the site's path, whose steps are the site's sections (首页, 新闻, 正文), which
 * a story never speaks of. `story` is the story's text (its opening is enough).
 */
export function toldSteps(text: string, story: string): boolean {
  const steps = text
    .split(ANY_STEP)
    .map((step) => step.trim())
    .filter((step) => step !== '');
  return steps.length >= 2 && steps.every((step) => namedIn(step, story));
}

/**
 * Whether the story names most of a step: of its Han letters, the share inside a pair the
 * story repeats (a step's linking word, `再到`, need not be the story's); of a step in
 * another script, its words of four letters or more.
 */
function namedIn(step: string, story: string): boolean {
  const letters = [...step].filter((c) => /\p{Script=Han}/u.test(c));
  if (letters.length === 0) {
    const own = grams(step);
    return own.size > 0 && gramsAmong(story, own).size >= own.size * TOLD_SHARE;
  }
  const chars = [...step];
  const covered = new Set<number>();
  for (let i = 0; i + 1 < chars.length; i++)
    if (story.includes(chars[i]! + chars[i + 1]!)) covered.add(i).add(i + 1);
  const han = [...covered].filter((i) => /\p{Script=Han}/u.test(chars[i]!)).length;
  return han >= letters.length * TOLD_SHARE;
}
