/**
 * The cleaning rules, spelled once: each rule's id (what an edit records), its family and
 * its name in the desk's English. The cleaner writes edits with these ids, the service
 * and the desk read them from here (the desk's legend, its dashboard and its words for
 * each rule in i18n/rules.ts, typed by `RuleId`, so a rule cannot go unnamed), and lint
 * rule `winnow/vocabulary` refuses a rule id spelled anywhere else.
 */

export const ruleFamilies = ['spam', 'chrome', 'meta', 'repair', 'convert', 'manual'] as const;
export type RuleFamily = (typeof ruleFamilies)[number];

type RuleEntry = { id: string; family: RuleFamily; description: string };

/** By a name for code (`RULE.chromeMenu`); the id is what edits, bundles and the log keep. */
export const cleaningRules = {
  spamInjectedPhrase: {
    id: 'spam.injected-phrase',
    family: 'spam',
    description: 'Link-farm phrase',
  },
  spamPhrase: { id: 'spam.phrase', family: 'spam', description: 'Spam phrase' },
  spamKeywordLine: {
    id: 'spam.keyword-line',
    family: 'spam',
    description: 'Link-farm keyword line',
  },
  chromeOutsideArticle: {
    id: 'chrome.outside-article',
    family: 'chrome',
    description: 'Outside the article',
  },
  chromeBoilerplate: { id: 'chrome.boilerplate', family: 'chrome', description: 'Site notice' },
  chromeMediaCredit: {
    id: 'chrome.media-credit',
    family: 'chrome',
    description: 'Photo caption or credit',
  },
  chromePageWidget: { id: 'chrome.page-widget', family: 'chrome', description: 'Page control' },
  chromeFooter: { id: 'chrome.footer', family: 'chrome', description: 'Site footer' },
  chromeTags: { id: 'chrome.tags', family: 'chrome', description: 'Keyword list' },
  chromePageTail: { id: 'chrome.page-tail', family: 'chrome', description: 'End of the page' },
  chromeNavigation: { id: 'chrome.navigation', family: 'chrome', description: 'Navigation' },
  chromeEmptyField: {
    id: 'chrome.empty-field',
    family: 'chrome',
    description: 'Empty template field',
  },
  chromeDigest: { id: 'chrome.digest', family: 'chrome', description: 'Repeated digest' },
  chromeMenu: { id: 'chrome.menu', family: 'chrome', description: 'Menu entries' },
  chromeRelated: { id: 'chrome.related', family: 'chrome', description: 'Other stories' },
  chromeBeforeArticle: {
    id: 'chrome.before-article',
    family: 'chrome',
    description: 'Page above the article',
  },
  chromeUnderHeadline: {
    id: 'chrome.under-headline',
    family: 'chrome',
    description: 'Between headline and article',
  },
  chromeAfterArticle: {
    id: 'chrome.after-article',
    family: 'chrome',
    description: 'Page below the article',
  },
  chromeRepeatedCopy: {
    id: 'chrome.repeated-copy',
    family: 'chrome',
    description: 'Second copy of the article',
  },
  chromeBesideArticle: {
    id: 'chrome.beside-article',
    family: 'chrome',
    description: 'Column beside the article',
  },
  chromeLayoutRule: { id: 'chrome.layout-rule', family: 'chrome', description: 'Layout rule' },
  metaByline: { id: 'meta.byline', family: 'meta', description: 'Author line' },
  metaDateline: { id: 'meta.dateline', family: 'meta', description: 'Time stamp line' },
  metaKicker: { id: 'meta.kicker', family: 'meta', description: 'Section label' },
  metaSource: { id: 'meta.source', family: 'meta', description: 'Source line' },
  metaEditor: { id: 'meta.editor', family: 'meta', description: 'Editor line' },
  metaTitleSiteSuffix: {
    id: 'meta.title-site-suffix',
    family: 'meta',
    description: 'Site name in the headline',
  },
  metaTitleCategory: {
    id: 'meta.title-category',
    family: 'meta',
    description: 'Category in the headline',
  },
  repairPinyinAnnotation: {
    id: 'repair.pinyin-annotation',
    family: 'repair',
    description: 'Stray pinyin',
  },
  repairGbkShift: { id: 'repair.gbk-shift', family: 'repair', description: 'GBK text out of step' },
  repairGbkLostByte: {
    id: 'repair.gbk-lost-byte',
    family: 'repair',
    description: 'GBK character missing a byte',
  },
  repairUtf8AsGbk: { id: 'repair.utf8-as-gbk', family: 'repair', description: 'UTF-8 read as GBK' },
  repairUtf8Mojibake: {
    id: 'repair.utf8-mojibake',
    family: 'repair',
    description: 'Garbled encoding',
  },
  repairDoubledArticle: {
    id: 'repair.doubled-article',
    family: 'repair',
    description: 'Doubled by machine translation',
  },
  convertScript: { id: 'convert.script', family: 'convert', description: 'Script conversion' },
  manual: { id: 'manual', family: 'manual', description: 'Edited by hand' },
  chromeByEditor: {
    id: 'chrome.by-editor',
    family: 'chrome',
    description: 'Page furniture, removed by an editor',
  },
  spamByEditor: { id: 'spam.by-editor', family: 'spam', description: 'Spam, removed by an editor' },
  chromeEditorBlock: {
    id: 'chrome.editor-block',
    family: 'chrome',
    description: 'Block an editor removes everywhere',
  },
} as const satisfies Record<string, RuleEntry>;

type Rules = typeof cleaningRules;
export type RuleName = keyof Rules;
export type RuleId = Rules[RuleName]['id'];

/** Each rule's id by its name in code: `rule: RULE.spamInjectedPhrase`. */
export const RULE = Object.fromEntries(
  Object.entries(cleaningRules).map(([name, rule]) => [name, rule.id]),
) as { readonly [N in RuleName]: Rules[N]['id'] };

/** Every rule's id, in the registry's order (families together). */
export const ruleIds: RuleId[] = Object.values(cleaningRules).map((rule) => rule.id);

const byId = new Map<string, RuleEntry>(Object.values(cleaningRules).map((r) => [r.id, r]));
/** A rule's entry by its id; undefined for an id this version does not know (a newer bundle's). */
export const cleaningRule = (id: string): RuleEntry | undefined => byId.get(id);
export const isRuleId = (id: string): id is RuleId => byId.has(id);
