import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, Decision, DecisionAction, Fact } from '@winnow/contract';
import { listScopes, patchArticle, patchSummaries, touchedBy } from './decisionEffects.ts';

const decision = (
  action: DecisionAction,
  fields: Partial<Decision> & Pick<Decision, 'before' | 'after'>,
): Decision => ({
  id: 9,
  at: '2026-01-01T00:00:00.000Z',
  editor: 'lin',
  kind: 'act',
  action,
  targetType: 'fact',
  targetId: 1,
  articleId: 7,
  reverts: null,
  ...fields,
});

const fact = (id: number, status: Fact['status']): Fact =>
  ({ id, status, quote: `q${id}` }) as unknown as Fact;
const summary = (id: number, pendingFacts: number): ArticleSummary =>
  ({ id, status: 'pending', pendingFacts, title: 't' }) as unknown as ArticleSummary;
const article = (facts: Fact[]): Article =>
  ({ ...summary(7, 2), facts, edits: [], raw: 'r', cleaned: 'c' }) as unknown as Article;

describe('a decision patches what it set', () => {
  it('approving a fact changes that row only, and the article’s waiting count', () => {
    const a = article([fact(1, 'pending'), fact(2, 'pending')]);
    const after = patchArticle(
      a,
      decision('fact.status', { before: 'pending', after: 'approved' }),
    );
    expect(after.facts.map((f) => f.status)).toEqual(['approved', 'pending']);
    expect(after.facts[1]).toBe(a.facts[1]); // the other row is not drawn again
    expect(after.pendingFacts).toBe(1);
    expect(after.raw).toBe(a.raw);
  });

  it('an undo (its after is the state now) and a bulk decision count both ways', () => {
    const rows = [summary(7, 1), summary(8, 4)];
    const undo = decision('fact.statuses', {
      kind: 'undo',
      before: { 1: 'approved', 2: 'rejected', 3: 'pending' },
      after: { 1: 'pending', 2: 'pending', 3: 'pending' },
    });
    const patched = patchSummaries(rows, undo);
    expect(patched.map((r) => r.pendingFacts)).toEqual([3, 4]);
    expect(patched[1]).toBe(rows[1]);
  });

  it('leaves what it did not touch the same object', () => {
    const rows = [summary(7, 1)];
    expect(
      patchSummaries(rows, decision('edit.state', { before: 'applied', after: 'reverted' })),
    ).toBe(rows);
    const a = article([fact(1, 'pending')]);
    expect(patchArticle(a, decision('fact.value', { before: 1, after: 2 }))).toBe(a);
  });

  it('an article’s status and fields, in the list and the open article', () => {
    const set = decision('article.status', {
      targetType: 'article',
      targetId: 7,
      before: 'pending',
      after: 'rejected',
    });
    expect(patchSummaries([summary(7, 0), summary(8, 0)], set).map((r) => r.status)).toEqual([
      'rejected',
      'pending',
    ]);
    const fields = decision('article.fields', {
      targetType: 'article',
      targetId: 7,
      before: { title: 't' },
      after: { title: 'new' },
    });
    expect(patchArticle(article([]), fields).title).toBe('new');
  });
});

describe('a decision reloads only what it touched', () => {
  it('a fact’s status reloads no texts, no facts, and the list only when it filters by facts', () => {
    const touched = touchedBy(decision('fact.status', { before: 'pending', after: 'approved' }));
    expect(touched).not.toContain('article');
    expect(touched).not.toContain('facts');
    expect(touched).not.toContain('list');
    expect(listScopes({ sort: 'imported' })).not.toContain('list.facts');
    expect(listScopes({ hasPendingFacts: true })).toContain('list.facts');
  });

  it('an edit’s state reloads the texts and the facts it moved', () => {
    const touched = touchedBy(decision('edit.state', { before: 'applied', after: 'reverted' }));
    expect(touched).toEqual(expect.arrayContaining(['article', 'facts', 'list.edits']));
    expect(touched).not.toContain('list');
    expect(listScopes({ query: '科学' })).toContain('list.edits');
  });

  it('a bulk decision across articles reloads the list, which alone knows the rows', () => {
    const across = decision('fact.statuses', { articleId: null, before: {}, after: {} });
    expect(touchedBy(across)).toContain('list');
  });
});
