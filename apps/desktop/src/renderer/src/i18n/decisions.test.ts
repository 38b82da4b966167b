import { describe, expect, it } from 'vitest';
import { decisionActions, decisionRegistry } from '@winnow/contract';
import type { Decision, DecisionAction } from '@winnow/contract';
import { describeDecision } from './decisions.ts';
import { messageKeys, translator } from './index.ts';

/**
 * Every action of the contract's decision registry reads as words in both languages: its
 * history keys are in the catalogues, and the desk describes a decision of it without
 * falling back to "a change to an article". An action added to the registry without a
 * value here does not compile.
 */
const values: Record<DecisionAction, unknown> = {
  'article.status': 'approved',
  'article.tag': { tagId: 1, on: true },
  'edit.state': 'reverted',
  'fact.tag': { tagId: 1, on: false },
  'fact.status': 'approved',
  'fact.value': 42,
  'fact.statuses': { 3: 'approved', 4: 'approved' },
  'tag.delete': { deleted: true },
  'edit.states': { 5: 'accepted' },
  'text.remove': { edits: { 5: 'accepted' }, facts: {} },
  'cleaning.block': { text: '点击进入', source: null, articleId: 1, on: true },
  'article.fields': { title: '新标题' },
  'article.statuses': { 1: 'rejected', 2: 'rejected' },
  'article.tags': { 1: { tagId: 1, on: true } },
};

describe('the desk describes every decision of the registry', () => {
  it.each(['en', 'zh'] as const)('in %s', (language) => {
    const t = translator(language);
    for (const action of decisionActions) {
      const { target, history } = decisionRegistry[action];
      for (const key of history) expect(messageKeys).toContain(key);
      const decision: Decision = {
        id: 1,
        at: '2026-01-01T00:00:00.000Z',
        editor: 'lin',
        kind: 'act',
        action,
        targetType: target,
        targetId: 1,
        articleId: 1,
        before: null,
        after: values[action],
        reverts: null,
      };
      const words = describeDecision(decision, t, language, { tagName: () => 'checked' });
      expect([action, words]).not.toEqual([action, t(`decision.other.${target}`)]);
      expect(words).not.toContain(action);
    }
  });
});
