/**
 * Every word the desk shows, in both languages: each message with plural forms 1 and 2,
 * every decision the log can hold (as an act, an undo and a redo, of one thing and of
 * two), every cleaning rule's name and its reasons as the cleaner writes them, every
 * unit a fact can carry. Fails on a string shown untranslated, a placeholder left
 * unfilled, "1 articles", or an internal id (`edit.state #23`, `{"37":"reverted"}`).
 *
 * It reads the cleaner's and the fact extractor's sources for their rule ids and units,
 * so a rule added there without words here fails this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, readArticle } from '@winnow/text';
import { decisionActions, ruleIds } from '@winnow/contract';
import type { Decision, DecisionAction } from '@winnow/contract';
import { describe, expect, it } from 'vitest';
import { describeHistoryEntry } from '../apps/desktop/src/renderer/src/i18n/decisions.ts';
import { messageKeys, translator } from '../apps/desktop/src/renderer/src/i18n/index.ts';
import type { Language, MessageKey } from '../apps/desktop/src/renderer/src/i18n/index.ts';
import { RULE_NAMES, ruleName, ruleReason } from '../apps/desktop/src/renderer/src/i18n/rules.ts';
import { CHINESE_UNITS, SUBJECTS } from '../apps/desktop/src/renderer/src/i18n/units.ts';
import { describeValue } from '../apps/desktop/src/renderer/src/labels.ts';

const root = join(import.meta.dirname, '..');
const languages: Language[] = ['en', 'zh'];
const HAN = /\p{Script=Han}/u;

/** Words that are the same in both languages: names of formats, encodings, keys, tools. */
const SAME_IN_BOTH = new Set(
  'Winnow OpenCC GBK UTF JSON Lines CSV Markdown ClaimReview Ctrl Enter Esc Tab Shift Alt Delete Backspace English Search Cookie zip'.split(
    ' ',
  ),
);
/** English words (3+ letters) in a Chinese string, quoted article text left out. */
function englishIn(zh: string): string[] {
  const unquoted = zh.replace(/“[^”]*”/g, '');
  return (unquoted.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !SAME_IN_BOTH.has(word));
}
/** What a string must not show in either language. */
function rawIds(text: string): string[] {
  return [
    ...(text.match(/\b[a-z]+\.[a-z-]+(\.[a-z-]+)?\b/g) ?? []),
    ...(text.match(/#\d+/g) ?? []),
    ...(text.match(/[{}]/g) ?? []),
    ...(text.match(/"\d+":/g) ?? []),
  ];
}
const NOUNS = 'article|fact|edit|decision|phrase|conflict|duplicate|change|country|project';
function pluralProblems(text: string, n: number): string[] {
  if (n === 1) return text.match(new RegExp(`\\b1 (${NOUNS})s\\b`, 'g')) ?? [];
  return text.match(new RegExp(`\\b2 (${NOUNS})\\b`, 'g')) ?? [];
}

function check(text: string, language: Language, n: number, where: string, neutral = false) {
  expect(rawIds(text), `${where}: ${text}`).toEqual([]);
  expect(pluralProblems(text, n), `${where}: ${text}`).toEqual([]);
  // Quoted article text (a fact's quote, a tag's name) is the article's own language.
  const own = text.replace(/“[^”]*”/g, '');
  if (language === 'en') expect(HAN.test(own), `${where} shows Chinese: ${text}`).toBe(false);
  else {
    if (!neutral) expect(HAN.test(text), `${where} is not in Chinese: ${text}`).toBe(true);
    expect(englishIn(text), `${where} shows English: ${text}`).toEqual([]);
  }
}

/** Placeholders that hold words, not counts. */
const WORDS = new Set(
  'state rule reason name path what size version tag editor quote value query action'.split(' '),
);

describe('messages', () => {
  // Shown in the other language on purpose: the button that switches to it, and a
  // search placeholder that invites both.
  const bilingual = new Set<MessageKey>(['app.language', 'list.searchPlaceholder']);
  const neutral = new Set<MessageKey>(['format.jsonl', 'format.md', 'history.by']);
  for (const language of languages) {
    for (const n of [1, 2]) {
      it(`every message in ${language} with ${n}`, () => {
        const t = translator(language);
        for (const key of messageKeys) {
          const names = new Set(
            [...translator('en')(key).matchAll(/\{(\w+)/g)].map((m) => m[1] as string),
          );
          // Counts get the number (1 or 2); words (a name, a rule, a path) a word.
          const values = Object.fromEntries(
            [...names].map((name) => [
              name,
              WORDS.has(name) ? (language === 'zh' ? '林' : 'Lin') : n,
            ]),
          );
          const text = t(key, values);
          expect(text, key).not.toBe('');
          expect(text.match(/[{}]/g), `${key}: ${text}`).toBeNull();
          expect(pluralProblems(text, n), `${key}: ${text}`).toEqual([]);
          if (bilingual.has(key)) continue;
          if (language === 'en') expect(HAN.test(text), `${key}: ${text}`).toBe(false);
          else {
            if (!neutral.has(key)) expect(HAN.test(text), `${key}: ${text}`).toBe(true);
            expect(englishIn(text), `${key}: ${text}`).toEqual([]);
          }
        }
      });
    }
  }
});

/** The decision log's actions: every one the contract's registry knows. */
const actions = decisionActions;

/** A value each action sets, for `count` targets (37, 38, …). */
function sampleValue(action: DecisionAction, count: number): unknown {
  const byId = (value: unknown) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [String(37 + i), value]));
  const samples: Record<DecisionAction, unknown> = {
    'article.status': 'approved',
    'article.tag': { tagId: 4, on: true },
    'edit.state': 'reverted',
    'edit.states': byId('reverted'),
    'fact.status': 'approved',
    'fact.statuses': byId('approved'),
    'fact.value': 12,
    'fact.tag': { tagId: 4, on: false },
    'tag.delete': { deleted: true },
    'tag.update': { name: '已核实' },
    'tag.merge': {
      merged: true,
      into: 4,
      intoName: '已核实',
      name: '待核实',
      articles: [5],
      facts: [37],
      alsoInto: { articles: [], facts: [] },
    },
    'text.remove': { edits: byId('reverted'), facts: byId({ status: 'rejected' }) },
    'cleaning.block': { text: '相关推荐', source: 'news', articleId: 5, on: true },
    'article.fields': { title: '新标题' },
    'article.statuses': byId('approved'),
    'article.tags': byId({ tagId: 4, on: true }),
  };
  return samples[action];
}

describe('decisions in the undo toast and the history', () => {
  it('knows every action of the decision log', () => {
    expect(actions.length).toBeGreaterThan(5);
    for (const action of actions) expect(sampleValue(action, 1), action).toBeDefined();
  });
  for (const language of languages) {
    it(`every action, act, undo and redo, of one and of two, in ${language}`, () => {
      const t = translator(language);
      const known = {
        ruleOfEdit: () => 'spam.injected-phrase',
        quoteOfFact: () => '80多个国家',
        tagName: () => (language === 'zh' ? '待核实' : 'to verify'),
      };
      for (const action of actions) {
        for (const count of [1, 2]) {
          if (count === 2 && !action.endsWith('s')) continue;
          for (const kind of ['act', 'undo', 'redo'] as const) {
            const value = sampleValue(action, count);
            const decision: Decision = {
              id: 99,
              at: '2026-12-02T21:00:00Z',
              editor: 'Lin',
              kind,
              action,
              targetType: /^(article|text|cleaning)\./.test(action)
                ? 'article'
                : action.startsWith('edit')
                  ? 'edit'
                  : action.startsWith('tag')
                    ? 'tag'
                    : 'fact',
              targetId: 37,
              articleId: 5,
              before: kind === 'undo' ? value : null,
              after: kind === 'undo' ? null : value,
              reverts: null,
            };
            for (const withKnown of [true, false]) {
              const text = describeHistoryEntry(decision, t, language, withKnown ? known : {});
              check(text, language, count, `${action} ${kind} ×${count}`);
            }
          }
        }
      }
    });
  }
});

/**
 * Rule ids: every one of the contract's registry, which the cleaner and the service take
 * their rules from (lint refuses a rule id spelled anywhere else).
 */
const rules = new Set(ruleIds);

describe('cleaning rules', () => {
  it('names every rule the cleaner has, in both languages', () => {
    expect(rules.size).toBeGreaterThan(20);
    for (const rule of rules) {
      expect(RULE_NAMES[rule], `no words for the rule ${rule}`).toBeDefined();
      for (const language of languages) check(ruleName(rule, language), language, 1, rule);
    }
  });

  it('gives every reason the cleaner wrote for the sample corpus in Chinese', () => {
    const folder = join(root, 'resources/samples');
    let reasons = 0;
    const seen = new Set<string>();
    const inputs = readdirSync(folder).map((name) => {
      const read = readArticle(readFileSync(join(folder, name)), name);
      return { raw: read.raw, mainText: read.mainText };
    });
    // Rules the samples do not reach, on texts of our own.
    inputs.push({
      raw: '某地新闻\n\n设为首页 | 加入收藏\n您的位置: 首页 > 科技\n\n他说这是 the the "Belt and Road" plan.\n\n2025-03-15 09:30 来源:某某日报\n\n正文第一段。',
      mainText: null,
    });
    for (const { raw, mainText } of inputs) {
      for (const convertTo of [null, 'Hans', 'Hant'] as const) {
        for (const edit of cleanArticle(raw, { mainText, convertTo }).edits) {
          seen.add(edit.rule);
          reasons++;
          const zh = ruleReason(edit.rule, edit.reason, 'zh');
          check(zh, 'zh', 1, `${edit.rule}: ${edit.reason}`);
          expect(ruleReason(edit.rule, edit.reason, 'en')).toBe(edit.reason);
        }
      }
    }
    expect(reasons).toBeGreaterThan(20);
    expect(seen.size).toBeGreaterThan(8);
    // A hand edit's reason names the editor.
    expect(ruleReason('manual', 'Edited by hand by 林编辑.', 'zh')).toBe('由 林编辑 手工修改。');
  });
});

describe('units of facts', () => {
  const counted = readFileSync(join(root, 'packages/facts/src/lexicon/counted.ts'), 'utf8');
  const keys = [...counted.matchAll(/key: '([^']+)'/g)].map((m) => m[1] as string);
  const numbers = readFileSync(join(root, 'packages/facts/src/extract/chineseWords.ts'), 'utf8');
  const unitList = /const UNITS = \[([^\]]+)\]/.exec(numbers)?.[1] ?? '';
  const units = [...unitList.matchAll(/'([^']+)'/g)].map((m) => m[1] as string);

  it('has words for every counted thing and every Chinese unit', () => {
    expect(keys.length).toBeGreaterThan(50);
    expect(units.length).toBeGreaterThan(20);
    for (const key of keys) expect(SUBJECTS[key], key).toBeDefined();
    for (const unit of units) expect(CHINESE_UNITS[unit], unit).toBeDefined();
  });

  for (const language of languages) {
    it(`writes a fact's value with its unit in ${language}, 1 and 2`, () => {
      const fact = { valueMax: null, qualifier: null, kind: 'quantity' };
      for (const n of [1, 2]) {
        for (const key of keys) {
          const text = describeValue({ ...fact, value: n, subject: key, unit: null }, language);
          check(text, language, n, `subject ${key}`);
        }
        for (const unit of units) {
          const text = describeValue({ ...fact, value: n, subject: null, unit }, language);
          check(text, language, n, `unit ${unit}`);
        }
      }
      expect(describeValue({ ...fact, value: 10000, subject: null, unit: '米' }, language)).toBe(
        language === 'en' ? '10,000 metres' : '10,000 米',
      );
      expect(
        describeValue({ ...fact, value: 600, subject: 'project', unit: '个项目' }, language),
      ).toBe(language === 'en' ? '600 projects' : '600 个项目');
    });
  }
});
