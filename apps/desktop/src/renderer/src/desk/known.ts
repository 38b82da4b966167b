import type { Decision, WinnowClient } from '@winnow/contract';
import type { Known } from '../i18n/decisions.ts';

/**
 * What the undo toast needs to name the thing a decision was about (an edit's rule, a
 * fact's quote, a tag's name), read from the service: the decision log keeps only ids.
 * Undo is rare, so one more call then costs nothing an editor notices.
 */
export async function knownAbout(client: WinnowClient, decision: Decision): Promise<Known> {
  if (decision.action.startsWith('edit.') && decision.articleId !== null) {
    const article = await client.call('articles.get', { id: decision.articleId, facts: false });
    if (!article.ok) return {};
    const rules = new Map(article.value.edits.map((e) => [e.id, e.rule]));
    return { ruleOfEdit: (id) => rules.get(id) };
  }
  if (decision.action.startsWith('fact.') && decision.articleId !== null) {
    const [facts, tags] = await Promise.all([
      client.call('facts.ofArticle', { id: decision.articleId }),
      client.call('tags.list', {}),
    ]);
    const quotes = new Map(facts.ok ? facts.value.map((f) => [f.id, f.quote]) : []);
    const names = new Map(tags.ok ? tags.value.map((tag) => [tag.id, tag.name]) : []);
    return { quoteOfFact: (id) => quotes.get(id), tagName: (id) => names.get(id) };
  }
  if (decision.action.endsWith('.tag')) {
    const tags = await client.call('tags.list', {});
    const names = new Map(tags.ok ? tags.value.map((tag) => [tag.id, tag.name]) : []);
    return { tagName: (id) => names.get(id) };
  }
  return {};
}
