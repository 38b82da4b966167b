import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up short post about a garden club, wrapped at 80 columns as w3m saves it. */
const post = [
  'The garden club met in the church hall on Saturday to plan the spring plant',
  'sale, which raises money for the flower beds along the high street.',
  '',
  'Members agreed to grow seedlings at home over the winter and to bring them to',
  'the hall a week before the sale, so that every tray can be labelled in time.',
];

/** Under the post, the page's list of its other posts: picture, share row, cut-off summary. */
function teaser(picture: string, lines: string[]): string[] {
  return [`          [${picture}]`, '          Share   Tweet   Pin   Save', '', ...lines, ''];
}
const list = [
  'You may also like...',
  '',
  ...teaser('tomato-seedlings', [
    'Tomatoes want warmth before they want water, and most seedlings that fail in',
    'March were watered too often on cold nights. A tray on a sunny sill, turned',
    'each morning, grows sturdy stems that stand up to the first wind of the year',
    'and come into flower long before the ones kept in the shade of the shed …',
  ]),
  ...teaser('compost-bins', [
    'A compost heap needs air as much as it needs kitchen scraps, and turning it',
    'once a fortnight with a fork keeps it warm enough to break down even the',
    'tough stalks of cabbages and the leaves that fall from the hedge in autumn,',
    'so that by the spring the bottom of the bin is dark and crumbly and ready …',
  ]),
  ...teaser('winter-roses', [
    'Roses are pruned when the worst frosts have passed, cutting each stem just',
    'above an outward bud so the bush opens up in the middle and the air moves',
    'through it, which keeps the leaves dry and the black spot away through the',
    'wet weeks of early summer, when most gardens lose their first flowers …',
  ]),
  ...teaser('bird-feeders', [
    'Feeders hung near a hedge draw more birds than feeders on an open lawn, where',
    'small birds feel watched by the cats and hawks, and a feeder cleaned once a',
    'week keeps the seed dry and the birds healthy through the long cold months',
    'when the berries are gone and the ground is too hard for worms to be found …',
  ]),
];

describe('a list of other posts under its head that outweighs the post above it', () => {
  it('keeps the post and drops the list', () => {
    const raw = ['Garden club plans its plant sale', '', ...post, '', ...list].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(cleaned).toContain('flower beds along the high street');
    expect(cleaned).toContain('labelled in time');
    expect(cleaned).not.toContain('Tomatoes want warmth');
    expect(cleaned).not.toContain('Feeders hung near a hedge');
  });

  it('keeps a story whose paragraphs end on their stops, pictures between them', () => {
    // The same lines closed on stops: a story told between its pictures, not a list.
    const told = list.map((l) => l.replace(/ …$/, '.'));
    const raw = ['Garden club plans its plant sale', '', ...post, '', ...told].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(cleaned).toContain('Tomatoes want warmth');
    expect(cleaned).toContain('Feeders hung near a hedge');
  });
});
