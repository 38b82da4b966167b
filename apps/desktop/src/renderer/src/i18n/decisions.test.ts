import { describe, expect, it } from 'vitest';
import { decisionActions, decisionRegistry, RULE, ruleIds } from '@winnow/contract';
import type { ArticleEdit, Decision, DecisionAction, Fact, Tag } from '@winnow/contract';
import { knownFrom, paragraphAt, paragraphEnds } from '../desk/paragraphs.ts';
import { describeDecision, describeHistoryEntry } from './decisions.ts';
import { messageKeys, translator } from './index.ts';

/**
 * Every action of the contract's decision registry reads as words in both languages, for
 * one target and for many (the plural forms), as an act, an undo and a redo — and never as
 * the log's action ids, target numbers or JSON. An action added to the registry without
 * values here does not compile.
 */

// Ids no sentence has a reason to contain: any of them in the words is a leaked id.
const ARTICLE = 6601;
const TAG = 4401;
const editIds = Array.from({ length: 12 }, (_, i) => 5501 + i);
const factIds = Array.from({ length: 12 }, (_, i) => 7301 + i);
const articleIds = Array.from({ length: 12 }, (_, i) => 8801 + i);
const leakedIds = [ARTICLE, TAG, ...editIds, ...factIds, ...articleIds];

/** A raw text of four paragraphs; the spam edits start in the third. */
const raw = '标题\n\n第一段。\n\n第二段，点击购买特价。\n第二段的第二行。\n\n第四段。';
const spamAt = raw.indexOf('点击');
const edit = (id: number, rule: string, start: number): ArticleEdit =>
  ({ id, rule, start, end: start + 2, replacement: '', state: 'applied' }) as ArticleEdit;
const edits = editIds.map((id) => edit(id, RULE.spamInjectedPhrase, spamAt));
const facts = factIds.map((id) => ({ id, quote: '二十七项合作' }) as Fact);
const tags = [{ id: TAG, name: 'checked' } as Tag];
const known = knownFrom({ raw, edits }, facts, tags);

const byId = <T>(ids: number[], value: T) =>
  Object.fromEntries(ids.map((id) => [String(id), value]));

/** For each action, its value for one target and for many (a single action: one only). */
const values: Record<DecisionAction, unknown[]> = {
  'article.status': ['approved', 'rejected', 'pending'],
  'article.tag': [
    { tagId: TAG, on: true },
    { tagId: TAG, on: false },
  ],
  'edit.state': ['reverted', 'accepted', 'applied'],
  'fact.tag': [
    { tagId: TAG, on: true },
    { tagId: TAG, on: false },
  ],
  'fact.status': ['approved', 'rejected', 'pending'],
  'fact.value': [42, '2024-05-08'],
  'fact.statuses': [byId(factIds.slice(0, 1), 'approved'), byId(factIds, 'approved')],
  'tag.delete': [
    { deleted: true },
    {
      deleted: false,
      name: 'checked',
      colour: '#2f6f5e',
      description: '',
      createdAt: '2026-01-01',
      articles: [ARTICLE],
      facts: factIds,
    },
    // Another desk's deletion, as a bundle brought it: the tag off the bundle's things.
    { on: false, name: 'checked', articles: [ARTICLE], facts: factIds },
    { on: true, name: 'checked', articles: articleIds, facts: factIds.slice(0, 1) },
  ],
  'tag.update': [{ name: 'verified' }, { colour: '#aa3300' }, { description: '要再看' }],
  'tag.merge': [
    {
      merged: true,
      into: TAG,
      intoName: 'checked',
      name: 'to check',
      articles: [ARTICLE],
      facts: factIds,
      alsoInto: { articles: [], facts: factIds.slice(0, 1) },
    },
    {
      merged: false,
      into: TAG,
      intoName: 'checked',
      name: 'to check',
      colour: '#2f6f5e',
      description: '',
      createdAt: '2026-01-01',
      articles: [ARTICLE],
      facts: factIds,
      alsoInto: { articles: [], facts: factIds.slice(0, 1) },
    },
  ],
  'edit.states': [byId(editIds.slice(0, 1), 'reverted'), byId(editIds, 'accepted')],
  'text.remove': [
    { edits: byId(editIds.slice(0, 1), 'applied'), facts: {} },
    {
      edits: byId(editIds.slice(0, 1), 'applied'),
      facts: byId(factIds.slice(0, 1), { status: 'rejected', anchor: null }),
    },
    {
      edits: byId(editIds.slice(0, 1), 'applied'),
      facts: byId(factIds, { status: 'rejected', anchor: null }),
    },
  ],
  'cleaning.block': [{ text: '点击进入', source: null, articleId: ARTICLE, on: true }],
  'article.fields': [{ title: '新标题' }],
  'article.statuses': [byId(articleIds.slice(0, 1), 'rejected'), byId(articleIds, 'approved')],
  'article.tags': [
    byId(articleIds.slice(0, 1), { tagId: TAG, on: true }),
    byId(articleIds, { tagId: TAG, on: false }),
  ],
};

const decision = (action: DecisionAction, after: unknown, kind: Decision['kind']): Decision => {
  const target = decisionRegistry[action].target;
  const targetId = { article: ARTICLE, edit: editIds[0], fact: factIds[0], tag: TAG }[target];
  // The log's undo row holds the act's value as `before` (what it undid).
  const [before, now] = kind === 'undo' ? [after, null] : [null, after];
  return {
    ...{ id: 9901, at: '2026-01-01T00:00:00.000Z', editor: 'lin', kind, action },
    ...{ targetType: target, targetId: targetId ?? 1, articleId: ARTICLE, reverts: null },
    before,
    after: now,
  };
};

/** What must never show: an action or rule id, a number of the log, JSON, an unfilled message. */
function expectWords(words: string, action: DecisionAction): void {
  expect(words.trim().length, action).toBeGreaterThan(3);
  for (const id of [...decisionActions, ...ruleIds]) expect(words, action).not.toContain(id);
  for (const id of leakedIds) {
    expect(words, action).not.toContain(String(id));
    expect(words, action).not.toContain(id.toLocaleString('en'));
  }
  expect(words, action).not.toMatch(/[{}[\]#"]|undefined|null|NaN|\[object/);
}

describe('the desk describes every decision of the registry', () => {
  it.each(['en', 'zh'] as const)('in %s, one and many, act, undo and redo', (language) => {
    const t = translator(language);
    for (const action of decisionActions) {
      const { target, history } = decisionRegistry[action];
      for (const key of history) expect(messageKeys).toContain(key);
      for (const value of values[action])
        for (const kind of ['act', 'undo', 'redo'] as const) {
          const d = decision(action, value, kind);
          const words = describeDecision(d, t, language, known);
          expect([action, words]).not.toEqual([action, t(`decision.other.${target}`)]);
          expectWords(words, action);
          expectWords(describeHistoryEntry(d, t, language, known), action);
          // Knowing nothing but the log, the words are plainer but never the ids.
          expectWords(describeDecision(d, t, language), action);
        }
    }
  });

  it('names an edit by its kind and paragraph, and counts in both languages', () => {
    const en = translator('en');
    const zh = translator('zh');
    const revert = decision('edit.state', 'reverted', 'act');
    expect(describeDecision(revert, en, 'en', known)).toBe(
      'Reverted the spam removal in paragraph 3 (Link-farm phrase)',
    );
    expect(describeDecision(revert, zh, 'zh', known)).toBe(
      '撤回了第 3 段的垃圾内容删除（链接农场短语）',
    );
    const many = decision('edit.states', byId(editIds, 'accepted'), 'act');
    expect(describeDecision(many, en, 'en', known)).toBe(
      'Accepted 12 spam removals in paragraph 3 (Link-farm phrase)',
    );
    expect(describeDecision(many, zh, 'zh', known)).toBe(
      '接受了第 3 段的 12 处垃圾内容删除（链接农场短语）',
    );
    const approved = decision('fact.statuses', byId(factIds, 'approved'), 'undo');
    expect(describeHistoryEntry(approved, zh, 'zh', known)).toBe('撤销：通过了 12 条事实');
    expect(describeHistoryEntry(approved, en, 'en', known)).toBe('Undid: Approved 12 facts');
    const one = decision('fact.status', 'approved', 'act');
    expect(describeDecision(one, en, 'en', known)).toBe('Approved a fact: “二十七项合作”');
    const removed = decision('text.remove', values['text.remove'][2], 'act');
    expect(describeDecision(removed, en, 'en', known)).toBe(
      'Removed text from the article in paragraph 3 and 12 facts quoted from it',
    );
    expect(describeDecision(removed, zh, 'zh', known)).toBe(
      '从文章第 3 段中删除了文字，以及引自其中的 12 条事实',
    );
  });
});

describe('decisions on the corpus as a whole that came in a bundle', () => {
  it('says what the import took off and what undoing it puts back, in both languages', () => {
    const en = translator('en');
    const zh = translator('zh');
    const [, , detached] = values['tag.delete'] as [unknown, unknown, unknown];
    const act = decision('tag.delete', detached, 'act');
    expect(describeDecision(act, en, 'en', known)).toBe(
      'Took the tag “checked” off 1 article and 12 facts, as another desk deleted it',
    );
    expect(describeDecision(act, zh, 'zh', known)).toBe(
      '从 1 篇文章和 12 条事实上取下了标签“checked”（另一处已删除该标签）',
    );
    const undone = decision('tag.delete', detached, 'undo');
    expect(describeHistoryEntry(undone, en, 'en', known)).toBe(
      'Undid: Took the tag “checked” off 1 article and 12 facts, as another desk deleted it',
    );
    const putBack = decision('tag.delete', { ...(detached as object), on: true }, 'act');
    expect(describeDecision(putBack, zh, 'zh', known)).toBe(
      '把标签“checked”放回了 1 篇文章和 12 条事实上',
    );
    // A rule another desk put on reads as the desk's own would.
    const rule = decision('cleaning.block', values['cleaning.block'][0], 'act');
    expect(describeDecision(rule, zh, 'zh', known)).toBe('让清洗器处处删除一个段落：“点击进入”');
  });
});

describe('paragraphs of the raw text', () => {
  it('counts runs of lines apart by blank lines; a blank between belongs to the next', () => {
    const ends = paragraphEnds(raw);
    expect(ends).toHaveLength(4);
    expect(paragraphAt(ends, 0)).toBe(1);
    expect(paragraphAt(ends, raw.indexOf('第一段'))).toBe(2);
    expect(paragraphAt(ends, raw.indexOf('第二段的第二行'))).toBe(3);
    expect(paragraphAt(ends, raw.indexOf('第四段') - 1)).toBe(4);
    expect(paragraphAt(ends, raw.length)).toBe(4);
    expect(paragraphAt(paragraphEnds(''), 0)).toBe(1);
  });
});

describe('a tag renamed or merged', () => {
  it('names the old and the new name, and the two merged tags, as act, undo and redo', () => {
    const en = translator('en');
    const zh = translator('zh');
    const rename = (kind: Decision['kind'], before: unknown, after: unknown): Decision => ({
      ...decision('tag.update', after, kind),
      before,
      after,
    });
    // The log's undo row holds the act's sides the other way round.
    const act = rename('act', { name: '待核实' }, { name: '已核实' });
    const undo = rename('undo', { name: '已核实' }, { name: '待核实' });
    expect(describeDecision(act, en, 'en', known)).toBe('Renamed the tag “待核实” to “已核实”');
    expect(describeHistoryEntry(undo, en, 'en', known)).toBe(
      'Undid: Renamed the tag “待核实” to “已核实”',
    );
    expect(describeDecision(act, zh, 'zh', known)).toBe('把标签“待核实”改名为“已核实”');
    const recolour = rename('act', { colour: '#6b7280' }, { colour: '#aa3300' });
    expect(describeDecision(recolour, en, 'en', known)).toBe(
      'Changed the colour or description of the tag “checked”',
    );
    const [merged] = values['tag.merge'];
    expect(describeDecision(decision('tag.merge', merged, 'act'), en, 'en')).toBe(
      'Merged the tag “to check” into “checked”',
    );
    expect(describeHistoryEntry(decision('tag.merge', merged, 'undo'), zh, 'zh')).toBe(
      '撤销：把标签“to check”合并到了“checked”',
    );
  });
});
