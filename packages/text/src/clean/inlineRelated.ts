import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import { isRelatedHead } from './markers.ts';
import type { ArticleRegion } from './region.ts';

/** A label, then the headline it links to: `Read more: …`, `相关阅读：…`. */
const LABEL_AND_HEADLINE = /[:：]\s*\S/;
/** A sentence's stop: the line is the story's own words about reading on. */
const STOPPED = /[。.]["”’」)）]*$/;

/**
 * Links to other stories the page sets between the story's paragraphs (`Read more: Rival
 * posts record profit`, `相关阅读：…`): the story runs on past them (region.ts lets a related
 * label followed by a sentence stand inside the run), but the line itself is the page's.
 * Only a label with a headline after it on its own line, not closed by a stop, goes.
 */
export function relatedInsideEdits(
  raw: string,
  lines: readonly Line[],
  region: ArticleRegion,
): RuleEdit[] {
  const edits: RuleEdit[] = [];
  for (let i = region.first + 1; i < region.last; i++) {
    const shape = region.shapes[i]!;
    if (shape.marker !== 'tail' || !isRelatedHead(shape.text)) continue;
    if (!LABEL_AND_HEADLINE.test(shape.text) || STOPPED.test(shape.text)) continue;
    edits.push(
      removal(
        raw,
        lines[i]!,
        lines[i]!,
        RULE.chromeRelated,
        'A link to another story the page set between the article’s paragraphs.',
      ),
    );
  }
  return edits;
}
