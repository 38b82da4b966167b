/**
 * The words for what editors teach the cleaner (#22 item 2): the rules of their removals
 * and the decisions that record them. Kept apart so the desk's tables of rule and
 * decision words can take them in whole.
 */
import type { RuleId } from '@winnow/contract';

type Words = { en: string; zh: string };

export const TAUGHT_NAMES = {
  'chrome.by-editor': { en: 'Page furniture, removed by an editor', zh: '编辑删除的页面杂项' },
  'spam.by-editor': { en: 'Spam, removed by an editor', zh: '编辑删除的垃圾信息' },
  'chrome.editor-block': { en: 'Block an editor removes everywhere', zh: '编辑指定处处删除的段落' },
} as const satisfies Partial<Record<RuleId, Words>>;
/** The same, looked up by any rule id. */
export const TAUGHT_RULE_NAMES: Record<string, Words> = TAUGHT_NAMES;

/** The reasons the service writes for them, read into Chinese ($1: the editor's name). */
export const TAUGHT_ZH_REASONS: Record<string, { readings: [RegExp, string][]; fallback: string }> =
  {
    'chrome.by-editor': {
      readings: [
        [/^Removed from here to the end by (.+)\.$/s, '由 $1 从此处删除到文末。'],
        [/^Removed as chrome by (.+)\.$/s, '由 $1 作为页面杂项删除。'],
      ],
      fallback: '编辑删除的页面杂项。',
    },
    'spam.by-editor': {
      readings: [[/^Removed as spam by (.+)\.$/s, '由 $1 作为垃圾信息删除。']],
      fallback: '编辑删除的垃圾信息。',
    },
    'chrome.editor-block': {
      readings: [[/^An editor asked/s, '编辑要求凡出现此段落均删除。']],
      fallback: '编辑要求凡出现此段落均删除。',
    },
    // `manual` also records a selection removed as "other".
    manual: {
      readings: [[/^Removed as unwanted text by (.+)\.$/s, '由 $1 作为其他内容删除。']],
      fallback: '手工修改。',
    },
  };
