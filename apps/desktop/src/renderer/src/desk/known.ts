import type { Decision, WinnowClient } from '@winnow/contract';
import type { Known } from '../i18n/decisions.ts';
import { knownFrom } from './paragraphs.ts';

/**
 * What the undo toast needs to name the thing a decision was about (an edit's rule and
 * paragraph, a fact's quote, a tag's name), read from the service: the decision log keeps
 * only ids. Undo is rare, so one more call then costs nothing an editor notices.
 */
export async function knownAbout(client: WinnowClient, decision: Decision): Promise<Known> {
  const aboutEdits = decision.action.startsWith('edit.') || decision.action === 'text.remove';
  if (aboutEdits && decision.articleId !== null) {
    const article = await client.call('articles.get', { id: decision.articleId, facts: false });
    return article.ok ? knownFrom(article.value) : {};
  }
  if (decision.action.startsWith('fact.') && decision.articleId !== null) {
    const [facts, tags] = await Promise.all([
      client.call('facts.ofArticle', { id: decision.articleId }),
      client.call('tags.list', {}),
    ]);
    return knownFrom(null, facts.ok ? facts.value : [], tags.ok ? tags.value : []);
  }
  if (decision.action.endsWith('.tag') || decision.action === 'tag.update') {
    const tags = await client.call('tags.list', {});
    return knownFrom(null, [], tags.ok ? tags.value : []);
  }
  return {};
}
