import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up recipe post: its title, and paragraphs with the lead picture's text between them. */
const title = 'Slow Baked Plum Crumble for Cold Evenings';
const paragraphs = [
  'This crumble is the one we make every autumn when the plums on the old tree by the shed turn soft and dark, and it takes less than an hour.',
  'Halve the plums, take out the stones and lay them cut side up in a deep dish, then scatter a spoon of brown sugar and a little cinnamon over them.',
  'Rub butter into the flour and oats until it looks like wet sand, spread it over the fruit and bake it slowly until the top is golden and the juice bubbles.',
  'Serve it warm with cold cream, and keep what is left in the dish for breakfast the next morning, when it tastes even better.',
];

describe('the headline said again between the story’s paragraphs', () => {
  it('removes the picture text that repeats the headline each time the page shows it', () => {
    const picture = `${title} #baking #autumn`;
    const page = [
      title,
      '',
      paragraphs[0],
      '',
      picture,
      '',
      paragraphs[1],
      '',
      paragraphs[2],
      '',
      picture,
      '',
      paragraphs[3],
      '',
    ].join('\n');
    const { cleaned } = cleanArticle(page);
    for (const p of paragraphs) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('#baking');
  });

  it('only proposes a line shown once that says the headline again: it may be a subheading', () => {
    const page = [
      title,
      '',
      paragraphs[0],
      '',
      paragraphs[1],
      '',
      'Plum crumble for cold evenings',
      '',
      paragraphs[2],
      '',
      paragraphs[3],
      '',
    ].join('\n');
    const { cleaned, edits } = cleanArticle(page);
    expect(cleaned).toContain('Plum crumble for cold evenings');
    expect(edits.some((e) => e.rule === 'chrome.media-credit' && e.state === 'proposed')).toBe(
      true,
    );
  });
});
