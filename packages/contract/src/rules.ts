/**
 * The cleaning rules, spelled once: each rule's id (what an edit records), its family, its
 * name in the desk's English and its default confidence. The cleaner writes edits with
 * these ids and confidences, the service and the desk read them from here (the desk's
 * legend, its dashboard and its words for each rule in i18n/rules.ts, typed by `RuleId`,
 * so a rule cannot go unnamed), and lint rule `winnow/vocabulary` refuses a rule id
 * spelled anywhere else.
 */

export const ruleFamilies = ['spam', 'chrome', 'meta', 'repair', 'convert', 'manual'] as const;
export type RuleFamily = (typeof ruleFamilies)[number];

type RuleEntry = {
  id: string;
  family: RuleFamily;
  description: string;
  /**
   * How sure the cleaner is of an edit of this rule when it has no more specific reading
   * (an unsure encoding repair, a short tail, a weak page region say less): the cleaner
   * takes it from here, and the desk shows it beside the rule's name. At APPLY_AT (0.8)
   * and above an edit is applied; below, proposed.
   */
  confidence: number;
};

/** By a name for code (`RULE.chromeMenu`); the id is what edits, bundles and the log keep. */
export const cleaningRules = {
  spamInjectedPhrase: {
    id: 'spam.injected-phrase',
    family: 'spam',
    description: 'Link-farm phrase',
    confidence: 0.95,
  },
  spamPhrase: { id: 'spam.phrase', family: 'spam', description: 'Spam phrase', confidence: 0.9 },
  spamKeywordLine: {
    id: 'spam.keyword-line',
    family: 'spam',
    description: 'Link-farm keyword line',
    confidence: 0.9,
  },
  chromeOutsideArticle: {
    id: 'chrome.outside-article',
    family: 'chrome',
    description: 'Outside the article',
    confidence: 0.85,
  },
  chromeBoilerplate: {
    id: 'chrome.boilerplate',
    family: 'chrome',
    description: 'Site notice',
    confidence: 0.85,
  },
  chromeMediaCredit: {
    id: 'chrome.media-credit',
    family: 'chrome',
    description: 'Photo caption or credit',
    confidence: 0.85,
  },
  chromePageWidget: {
    id: 'chrome.page-widget',
    family: 'chrome',
    description: 'Page control',
    confidence: 0.85,
  },
  chromeFooter: {
    id: 'chrome.footer',
    family: 'chrome',
    description: 'Site footer',
    confidence: 0.85,
  },
  chromeTags: {
    id: 'chrome.tags',
    family: 'chrome',
    description: 'Keyword list',
    confidence: 0.85,
  },
  chromePageTail: {
    id: 'chrome.page-tail',
    family: 'chrome',
    description: 'End of the page',
    confidence: 0.9,
  },
  chromeNavigation: {
    id: 'chrome.navigation',
    family: 'chrome',
    description: 'Navigation',
    confidence: 0.9,
  },
  chromeEmptyField: {
    id: 'chrome.empty-field',
    family: 'chrome',
    description: 'Empty template field',
    confidence: 0.95,
  },
  chromeDigest: {
    id: 'chrome.digest',
    family: 'chrome',
    description: 'Repeated digest',
    confidence: 0.9,
  },
  chromeMenu: { id: 'chrome.menu', family: 'chrome', description: 'Menu entries', confidence: 0.8 },
  chromeRelated: {
    id: 'chrome.related',
    family: 'chrome',
    description: 'Other stories',
    confidence: 0.85,
  },
  chromeBeforeArticle: {
    id: 'chrome.before-article',
    family: 'chrome',
    description: 'Page above the article',
    confidence: 0.9,
  },
  chromeUnderHeadline: {
    id: 'chrome.under-headline',
    family: 'chrome',
    description: 'Between headline and article',
    confidence: 0.9,
  },
  chromeAfterArticle: {
    id: 'chrome.after-article',
    family: 'chrome',
    description: 'Page below the article',
    confidence: 0.9,
  },
  chromeRepeatedCopy: {
    id: 'chrome.repeated-copy',
    family: 'chrome',
    description: 'Second copy of the article',
    confidence: 0.9,
  },
  chromeBesideArticle: {
    id: 'chrome.beside-article',
    family: 'chrome',
    description: 'Column beside the article',
    confidence: 0.85,
  },
  chromeSignature: {
    id: 'chrome.signature',
    family: 'chrome',
    description: 'Forum signature and posting stamp',
    confidence: 0.85,
  },
  chromeLayoutRule: {
    id: 'chrome.layout-rule',
    family: 'chrome',
    description: 'Layout rule',
    confidence: 0.85,
  },
  metaByline: { id: 'meta.byline', family: 'meta', description: 'Author line', confidence: 0.85 },
  metaDateline: {
    id: 'meta.dateline',
    family: 'meta',
    description: 'Time stamp line',
    confidence: 0.85,
  },
  metaKicker: { id: 'meta.kicker', family: 'meta', description: 'Section label', confidence: 0.8 },
  metaSource: { id: 'meta.source', family: 'meta', description: 'Source line', confidence: 0.85 },
  metaEditor: { id: 'meta.editor', family: 'meta', description: 'Editor line', confidence: 0.9 },
  metaTitleSiteSuffix: {
    id: 'meta.title-site-suffix',
    family: 'meta',
    description: 'Site name in the headline',
    confidence: 0.9,
  },
  metaTitleCategory: {
    id: 'meta.title-category',
    family: 'meta',
    description: 'Category in the headline',
    confidence: 0.85,
  },
  repairPinyinAnnotation: {
    id: 'repair.pinyin-annotation',
    family: 'repair',
    description: 'Stray pinyin',
    confidence: 0.95,
  },
  repairGbkShift: {
    id: 'repair.gbk-shift',
    family: 'repair',
    description: 'GBK text out of step',
    confidence: 0.85,
  },
  repairGbkLostByte: {
    id: 'repair.gbk-lost-byte',
    family: 'repair',
    description: 'GBK character missing a byte',
    confidence: 0.85,
  },
  repairUtf8AsGbk: {
    id: 'repair.utf8-as-gbk',
    family: 'repair',
    description: 'UTF-8 read as GBK',
    confidence: 0.9,
  },
  repairUtf8Mojibake: {
    id: 'repair.utf8-mojibake',
    family: 'repair',
    description: 'Garbled encoding',
    confidence: 0.85,
  },
  repairDoubledArticle: {
    id: 'repair.doubled-article',
    family: 'repair',
    description: 'Doubled by machine translation',
    confidence: 0.9,
  },
  convertScript: {
    id: 'convert.script',
    family: 'convert',
    description: 'Script conversion',
    confidence: 0.95,
  },
  manual: { id: 'manual', family: 'manual', description: 'Edited by hand', confidence: 1 },
  chromeByEditor: {
    id: 'chrome.by-editor',
    family: 'chrome',
    description: 'Page furniture, removed by an editor',
    confidence: 1,
  },
  spamByEditor: {
    id: 'spam.by-editor',
    family: 'spam',
    description: 'Spam, removed by an editor',
    confidence: 1,
  },
  chromeEditorBlock: {
    id: 'chrome.editor-block',
    family: 'chrome',
    description: 'Block an editor removes everywhere',
    confidence: 1,
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

const confidenceById = Object.fromEntries(
  Object.values(cleaningRules).map((rule) => [rule.id, rule.confidence]),
) as Record<RuleId, number>;
/** A rule's default confidence (see RuleEntry). */
export const defaultConfidence = (id: RuleId): number => confidenceById[id];
/** The same for an id read from a bundle or the log; undefined for one this version does not know. */
export const ruleConfidence = (id: string): number | undefined => byId.get(id)?.confidence;

/** Each rule's default confidence by its name in code: `confidence: CONFIDENCE.chromeMenu`. */
export const CONFIDENCE = Object.fromEntries(
  Object.entries(cleaningRules).map(([name, rule]) => [name, rule.confidence]),
) as { readonly [N in RuleName]: number };
