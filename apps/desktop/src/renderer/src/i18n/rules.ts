import { isRuleId, ruleConfidence, ruleFamilies } from '@winnow/contract';
import type { RuleFamily, RuleId } from '@winnow/contract';
import type { Language, Translate } from './index.ts';
import { TAUGHT_NAMES, TAUGHT_ZH_REASONS } from './taughtWords.ts';

/**
 * Cleaning rules in the editor's words. The cleaner names its rules with ids
 * (`meta.dateline`) and explains each edit in English; the desk shows a rule's name and,
 * in Chinese, its reason in Chinese with the quoted text of the English reason kept.
 */
type Words = { en: string; zh: string };

/** Typed by the registry's ids: a rule added there without words here does not compile. */
export const RULE_NAMES: Record<RuleId, Words> = {
  'spam.injected-phrase': { en: 'Link-farm phrase', zh: '链接农场短语' },
  'spam.phrase': { en: 'Spam phrase', zh: '垃圾短语' },
  'spam.keyword-line': { en: 'Link-farm keyword line', zh: '链接农场关键词行' },
  'chrome.outside-article': { en: 'Outside the article', zh: '正文之外的内容' },
  'chrome.boilerplate': { en: 'Site notice', zh: '网站通用声明' },
  'chrome.media-credit': { en: 'Photo caption or credit', zh: '图片说明或署名' },
  'chrome.page-widget': { en: 'Page control', zh: '页面控件' },
  'chrome.footer': { en: 'Site footer', zh: '网站页脚' },
  'chrome.tags': { en: 'Keyword list', zh: '关键词列表' },
  'chrome.page-tail': { en: 'End of the page', zh: '页面尾部' },
  'chrome.navigation': { en: 'Navigation', zh: '导航栏' },
  'chrome.empty-field': { en: 'Empty template field', zh: '空白模板字段' },
  'chrome.digest': { en: 'Repeated digest', zh: '重复的摘要' },
  'chrome.menu': { en: 'Menu entries', zh: '菜单项' },
  'chrome.related': { en: 'Other stories', zh: '其他文章列表' },
  'chrome.before-article': { en: 'Page above the article', zh: '正文之前的页面内容' },
  'chrome.under-headline': { en: 'Between headline and article', zh: '标题与正文之间的内容' },
  'chrome.after-article': { en: 'Page below the article', zh: '正文之后的页面内容' },
  'chrome.repeated-copy': { en: 'Second copy of the article', zh: '正文的重复副本' },
  'chrome.beside-article': { en: 'Column beside the article', zh: '正文旁边的栏目' },
  'chrome.layout-rule': { en: 'Layout rule', zh: '版面分隔线' },
  'chrome.signature': { en: 'Forum signature and posting stamp', zh: '论坛签名与发帖时间' },
  ...TAUGHT_NAMES,
  'meta.byline': { en: 'Author line', zh: '作者信息' },
  'meta.dateline': { en: 'Time stamp line', zh: '时间戳行' },
  'meta.kicker': { en: 'Section label', zh: '栏目标签' },
  'meta.source': { en: 'Source line', zh: '来源行' },
  'meta.editor': { en: 'Editor line', zh: '责任编辑行' },
  'meta.title-site-suffix': { en: 'Site name in the headline', zh: '标题中的网站名' },
  'meta.title-category': { en: 'Category in the headline', zh: '标题中的栏目名' },
  'repair.pinyin-annotation': { en: 'Stray pinyin', zh: '残留拼音注音' },
  'repair.gbk-shift': { en: 'GBK text out of step', zh: 'GBK 错位乱码' },
  'repair.gbk-lost-byte': { en: 'GBK character missing a byte', zh: 'GBK 字符缺字节' },
  'repair.utf8-as-gbk': { en: 'UTF-8 read as GBK', zh: 'UTF-8 被误读为 GBK' },
  'repair.utf8-mojibake': { en: 'Garbled encoding', zh: '编码乱码' },
  'repair.doubled-article': { en: 'Doubled by machine translation', zh: '机器翻译造成的重复' },
  'convert.script': { en: 'Script conversion', zh: '繁简转换' },
  manual: { en: 'Edited by hand', zh: '手工修改' },
};

/** Every family of the registry has a name (the compiler checks the keys). */
const FAMILY_NAMES: Record<RuleFamily, Words> = {
  spam: { en: 'Spam', zh: '垃圾内容' },
  chrome: { en: 'Page furniture', zh: '页面杂项' },
  meta: { en: 'Page metadata', zh: '页面元信息' },
  repair: { en: 'Repair', zh: '修复' },
  convert: { en: 'Conversion', zh: '转换' },
  manual: { en: 'Edited by hand', zh: '手工修改' },
};

/**
 * A rule's name with how sure the cleaner usually is of it (the registry's default
 * confidence): the legend of a rule where the desk lists rules (the hunk's rule, the
 * list's rule filter, the dashboard's busiest rules). A rule this version does not know
 * has no default to show.
 */
export function ruleLegend(rule: string, language: Language, t: Translate): string {
  const confidence = ruleConfidence(rule);
  const name = ruleName(rule, language);
  if (confidence === undefined) return name;
  return t('rule.usually', { rule: name, percent: Math.round(confidence * 100) });
}

/** A rule's name; a rule the desk does not know yet is named by its family. */
export function ruleName(rule: string, language: Language): string {
  if (isRuleId(rule)) return RULE_NAMES[rule][language];
  const [family = '', ...rest] = rule.split('.');
  const known = (ruleFamilies as readonly string[]).includes(family);
  const familyName = known
    ? FAMILY_NAMES[family as RuleFamily][language]
    : language === 'zh'
      ? '清洗'
      : 'Cleaning';
  if (language === 'zh' || rest.length === 0) return familyName;
  return `${familyName}: ${rest.join(' ').replace(/-/g, ' ')}`;
}

type Reasons = { readings: [RegExp, string][]; fallback: string };

/**
 * The page-region rules (packages/text/src/clean/textPage.ts) write "<where> N lines of its
 * own: …", then a caveat when the cleaner is unsure; one reading per caveat.
 */
function pageRegion(where: string, whereZh: string): Reasons {
  const lines = (rest: string) => new RegExp(`^${where} (\\d+) lines? ${rest}`, 's');
  return {
    readings: [
      [
        lines('.*check what the article is'),
        `${whereZh}的 $1 行；全页正文很少，请确认哪部分是文章。`,
      ],
      [
        lines('.*not part of the story'),
        `${whereZh}的 $1 行；其中也有大段文字，请确认它不属于报道。`,
      ],
      [lines('.*no mark of the page'), `${whereZh}的 $1 行；没有页面杂项的标记，请核对。`],
      [lines(''), `${whereZh}的 $1 行页面杂项（导航、列表、栏目、时间戳等），不是正文。`],
    ],
    fallback: `${whereZh}的页面杂项，不是正文。`,
  };
}

/**
 * Chinese for the cleaner's English reasons. Each rule lists readings of its English
 * reason (a pattern whose groups are the quoted text) and a plain fallback for a reason
 * worded otherwise. `$1`, `$2` are the pattern's groups.
 */
const ZH_REASONS: Record<string, Reasons> = {
  'spam.injected-phrase': {
    readings: [
      [
        /^"(.+)" is the link farm's word again/s,
        '“$1”又是链接农场的词：本页已有它的完整短语，这里它打断了句子。',
      ],
      [/^"(.+)" is a link-farm phrase/s, '“$1”是链接农场插入文中的短语，不属于文章。'],
    ],
    fallback: '链接农场插入文中的短语，不属于文章。',
  },
  'spam.phrase': {
    readings: [[/"(.+?)"/s, '“$1”在垃圾短语列表中，不属于文章。']],
    fallback: '垃圾短语列表中的短语，不属于文章。',
  },
  'spam.keyword-line': {
    readings: [[/\((.+)…\)/s, '标题前的一行链接农场关键词（$1…），不属于文章。']],
    fallback: '标题前的一行链接农场关键词，不属于文章。',
  },
  'chrome.outside-article': {
    readings: [],
    fallback: '页面在正文之外显示的内容（菜单、侧栏、链接列表、页脚）。',
  },
  'chrome.boilerplate': {
    readings: [],
    fallback: '网站每页都有的声明（Cookie、脚本、“更多”），不是正文。',
  },
  'chrome.media-credit': { readings: [], fallback: '图片说明或署名，不是正文。' },
  'chrome.page-widget': {
    readings: [[/^"(.+)" is a control/s, '“$1”是页面上的控件（账户、分享、推荐）。']],
    fallback: '页面上的控件（账户、分享、推荐）。',
  },
  'chrome.footer': { readings: [], fallback: '网站页脚中的链接或文字，不是正文。' },
  'chrome.tags': { readings: [], fallback: '页面的标签或关键词列表，不是正文。' },
  'chrome.page-tail': { readings: [], fallback: '文章之后页面附加的内容（推荐、版权等）。' },
  'chrome.navigation': { readings: [], fallback: '网站的导航栏或位置栏，不是正文。' },
  'chrome.empty-field': {
    readings: [[/^"(.+)" is an empty field/s, '“$1”是页面模板中的空白字段。']],
    fallback: '页面模板中的空白字段。',
  },
  'chrome.digest': { readings: [], fallback: '网站摘要重复了第一段。' },
  'chrome.menu': { readings: [], fallback: '一串菜单项（网站栏目），不是正文。' },
  'chrome.repeated-copy': {
    readings: [
      [
        /^The page shows these (\d+) lines? a second time/s,
        '页面把这 $1 行逐字重复显示了一遍（隐藏的或手机版的正文副本）。',
      ],
    ],
    fallback: '页面把正文逐字重复显示了一遍（隐藏的或手机版的副本）。',
  },
  'chrome.beside-article': {
    readings: [],
    fallback: '页面排在正文旁边另一栏的内容（文本转存时混入正文行的侧栏），不是正文。',
  },
  'chrome.layout-rule': { readings: [], fallback: '页面用文字画出的版面分隔线，不是正文。' },
  'chrome.signature': {
    readings: [],
    fallback: '虚线之后是发帖人的签名和留言板的发帖时间，不是帖子正文。',
  },
  'chrome.related': { readings: [], fallback: '其他文章的列表（栏目和标题），不是正文。' },
  'chrome.before-article': pageRegion('Before the article the page shows', '正文之前页面显示'),
  'chrome.under-headline': pageRegion(
    'Between the headline and the article the page shows',
    '标题与正文之间页面显示',
  ),
  'chrome.after-article': pageRegion('After the article the page adds', '正文之后页面附加'),
  'meta.byline': { readings: [], fallback: '作者的地址或简介，不是正文。' },
  'meta.dateline': { readings: [], fallback: '页面的时间戳或署名行，不是正文。' },
  'meta.kicker': {
    readings: [[/^"(.+)" is the section label/s, '“$1”是标题上方的栏目标签，不是正文。']],
    fallback: '标题上方的栏目标签，不是正文。',
  },
  'meta.source': { readings: [], fallback: '来源行；其内容已保存为文章的来源。' },
  'meta.editor': { readings: [], fallback: '责任编辑行是页面元信息，不是正文。' },
  'meta.title-site-suffix': {
    readings: [[/^"(.+)" is the site/s, '“$1”是附加在标题后的网站名。']],
    fallback: '附加在标题后的网站名。',
  },
  'meta.title-category': {
    readings: [[/^"(.+)" is the site/s, '“$1”是网站的栏目标签，不属于标题。']],
    fallback: '网站的栏目标签，不属于标题。',
  },
  'repair.pinyin-annotation': {
    readings: [[/^"(.+)" is a pronunciation/s, '“$1”是出错的转换器留下的拼音注音，不是正文。']],
    fallback: '出错的转换器留下的拼音注音，不是正文。',
  },
  'repair.gbk-shift': {
    readings: [
      [
        /might read "(.+)" — check/s,
        '这些字符像是错位一个字节解码的 GBK 文本；重新对齐后可能是“$1”，请核对后再接受。',
      ],
      [/they read "(.+)"\.$/s, '这些字符是错位一个字节解码的 GBK 文本；重新对齐后是“$1”。'],
    ],
    fallback: '这些字符是错位一个字节解码的 GBK 文本。',
  },
  'repair.gbk-lost-byte': {
    readings: [
      [
        /"(.+?)" is its second \((.+?)\)\. "(.+?)" fits: .* occur (\d+) times/s,
        '一个 GBK 字符丢失了第一个字节；“$1”是它的第二个字节（$2）。“$3”最合适：它与前后字的组合在本文出现 $4 次。',
      ],
    ],
    fallback: '一个 GBK 字符丢失了第一个字节。',
  },
  'repair.utf8-as-gbk': {
    readings: [
      [
        /^"(.+?)" is UTF-8 text read as GBK; read as UTF-8 it is "(.+)"\./s,
        '“$1”是被当作 GBK 读取的 UTF-8 文本；按 UTF-8 读取是“$2”。',
      ],
    ],
    fallback: '被当作 GBK 读取的 UTF-8 文本。',
  },
  'repair.utf8-mojibake': {
    readings: [
      [/\(“(.+?)” for “(.+?)”\)/s, '以 UTF-8 写成的文本被按其他编码读取（“$1”应为“$2”）。'],
    ],
    fallback: '文本的编码被读错，出现了乱码。',
  },
  'repair.doubled-article': {
    readings: [[/^"(.+)" repeats/s, '“$1”重复了冠词，是机器翻译造成的。']],
    fallback: '机器翻译重复了冠词。',
  },
  'convert.script': {
    readings: [[/"(.+?)" → "(.+?)"/s, '应编辑要求用 OpenCC 转换字形：“$1”→“$2”。']],
    fallback: '应编辑要求用 OpenCC 转换了字形。',
  },
  ...TAUGHT_ZH_REASONS,
  manual: {
    readings: [
      [/^Edited by hand by (.+)\.$/s, '由 $1 手工修改。'],
      ...(TAUGHT_ZH_REASONS['manual']?.readings ?? []),
    ],
    fallback: '手工修改。',
  },
};

/** An edit's reason in the editor's language (the cleaner writes English). */
export function ruleReason(rule: string, reason: string, language: Language): string {
  if (language === 'en') return reason;
  const known = ZH_REASONS[rule];
  if (!known) return `${ruleName(rule, 'zh')}。`;
  for (const [pattern, zh] of known.readings) {
    const match = pattern.exec(reason);
    if (match) return zh.replace(/\$(\d)/g, (_whole, n: string) => match[Number(n)] ?? '');
  }
  return known.fallback;
}
