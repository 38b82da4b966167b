import { describe, expect, it } from 'vitest';
import {
  cleaningRules,
  CONFIDENCE,
  defaultConfidence,
  isEditorRule,
  ruleConfidence,
  ruleIds,
} from '../src/index.ts';

/** The rule registry's default confidences: one per rule, read the same way everywhere. */
describe('each cleaning rule has a default confidence', () => {
  it('between 0 and 1, and 1 for an editor’s own rules', () => {
    for (const rule of Object.values(cleaningRules)) {
      expect(rule.confidence, rule.id).toBeGreaterThan(0);
      expect(rule.confidence, rule.id).toBeLessThanOrEqual(1);
      // An editor's edit is what they decided: nothing for the cleaner to be unsure of.
      if (isEditorRule(rule.id) || rule.id === 'chrome.editor-block')
        expect(rule.confidence, rule.id).toBe(1);
    }
  });

  it('by name, by id, and none for an id this version does not know', () => {
    for (const [name, rule] of Object.entries(cleaningRules)) {
      expect(CONFIDENCE[name as keyof typeof CONFIDENCE]).toBe(rule.confidence);
      expect(defaultConfidence(rule.id)).toBe(rule.confidence);
      expect(ruleConfidence(rule.id)).toBe(rule.confidence);
    }
    expect(ruleIds).toHaveLength(Object.keys(cleaningRules).length);
    expect(ruleConfidence('chrome.from-a-newer-desk')).toBeUndefined();
  });
});
