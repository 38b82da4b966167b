import { describe, expect, it } from 'vitest';
import { TAUGHT_RULE_NAMES, TAUGHT_ZH_REASONS } from './taughtWords.ts';

/** The reasons packages/service/src/decisions/removals.ts and packages/text's blocks.ts write. */
const written: [string, string][] = [
  ['chrome.by-editor', 'Removed from here to the end by 周编辑.'],
  ['chrome.by-editor', 'Removed as chrome by 周编辑.'],
  ['spam.by-editor', 'Removed as spam by 周编辑.'],
  ['manual', 'Removed as unwanted text by 周编辑.'],
  ['chrome.editor-block', 'An editor asked for this block to be removed wherever it appears.'],
];

describe('words for what editors teach the cleaner', () => {
  it('reads every reason the service writes into Chinese, with the editor’s name', () => {
    for (const [rule, reason] of written) {
      const readings = TAUGHT_ZH_REASONS[rule]?.readings ?? [];
      const found = readings.find(([pattern]) => pattern.test(reason));
      expect(found, reason).toBeDefined();
      if (reason.includes('周编辑'))
        expect(reason.replace(found![0], found![1])).toContain('周编辑');
    }
  });
  it('names each rule in both languages', () => {
    for (const rule of ['chrome.by-editor', 'spam.by-editor', 'chrome.editor-block'])
      expect(TAUGHT_RULE_NAMES[rule]?.zh).toMatch(/\p{Script=Han}/u);
  });
});
