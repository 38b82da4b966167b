import { describe, expect, it } from 'vitest';
import { formatMessage } from './format.ts';

describe('formatMessage', () => {
  const articles = '{n, plural, one {# article} other {# articles}}';
  it('chooses the plural form by the language’s rules', () => {
    expect(formatMessage(articles, { n: 1 }, 'en')).toBe('1 article');
    expect(formatMessage(articles, { n: 2 }, 'en')).toBe('2 articles');
    expect(formatMessage(articles, { n: 0 }, 'en')).toBe('0 articles');
    expect(formatMessage('{n, plural, other {# 篇文章}}', { n: 1 }, 'zh')).toBe('1 篇文章');
  });
  it('writes numbers the language’s way and keeps the words around a plural', () => {
    expect(formatMessage(`Show all ${articles}.`, { n: 12000 }, 'en')).toBe(
      'Show all 12,000 articles.',
    );
    expect(formatMessage('{name} has {n}', { name: 'Lin', n: 3 }, 'en')).toBe('Lin has 3');
  });
  it('prefers an exact form and allows values inside a form', () => {
    const m = '{n, plural, =0 {no facts} one {# fact by {who}} other {# facts by {who}}}';
    expect(formatMessage(m, { n: 0, who: 'Lin' }, 'en')).toBe('no facts');
    expect(formatMessage(m, { n: 1, who: 'Lin' }, 'en')).toBe('1 fact by Lin');
  });
  it('leaves a value it was not given visible, so a test can see it', () => {
    expect(formatMessage('Saved to {path}', {}, 'en')).toBe('Saved to {path}');
  });
});
