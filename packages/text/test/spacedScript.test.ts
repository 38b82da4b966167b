import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { findArticleRegion } from '../src/clean/region.ts';
import { linesOf } from '../src/clean/lines.ts';
import { shapeOf } from '../src/clean/lineShape.ts';

/** A made-up short English story, wrapped at 80 columns the way a text browser dumps it. */
const story = [
  'The village bakery on Mill Lane will open on Sundays from next month, the owner',
  'said on Tuesday, after regulars asked for fresh bread at the weekend.',
  '',
  'She plans to hire two students for the early shift and to bake rye loaves.',
  '',
  'The council has agreed to let the bakery put four tables on the pavement.',
];
/** A site menu of short bulleted items. */
const menu = ['Home', 'News', 'Sport', 'Weather', 'Local', 'Business', 'Culture', 'Contact us'].map(
  (item) => `  • ${item}`,
);

describe('a page in a script written with spaces', () => {
  it('weighs a word of a spaced script as about two Han characters', () => {
    expect(shapeOf('The bakery will open on Sundays.').weight).toBe(12);
    expect(shapeOf('面包店周日开门。').weight).toBe(7);
  });

  it('finds a short English story under a long menu and removes the menu outright', () => {
    const page = ['Town Gazette', '', ...menu, '', 'Bakery to open on Sundays', '', ...story].join(
      '\n',
    );
    const region = findArticleRegion(linesOf(page))!;
    expect(region).not.toBeNull();
    const result = cleanArticle(page);
    for (const line of story.filter(Boolean)) expect(result.cleaned).toContain(line);
    expect(result.cleaned).not.toContain('Weather');
    expect(result.cleaned).not.toContain('Contact us');
  });

  it('reads one long sentence wrapped over two lines as prose, not two fragments', () => {
    const page = [...menu, '', story[0]!, story[1]!, '', ...menu.map((m) => `${m} page`)].join(
      '\n',
    );
    const region = findArticleRegion(linesOf(page))!;
    expect(region.first).toBe(menu.length + 1);
    expect(region.last).toBe(menu.length + 2);
  });

  it('reads a date in words with a clock time after it as a posting time: a thread under a short post is not the story', () => {
    const reply = [
      'I tried the rye loaf last weekend and it was excellent, though I wish the',
      'shop opened a little earlier on Sundays, since the market starts at seven and',
      'most of us would like to pick up bread on the way there before it gets busy.',
      'Perhaps the students on the early shift could start at half past six instead.',
    ];
    const page = [
      ...menu,
      '',
      'Bakery to open on Sundays',
      '',
      ...story,
      '',
      'Comments',
      '',
      ...[
        'Anna on March 3, 2021 at 5:10 pm said:',
        'Tom on March 4, 2021 at 9:02 am said:',
        'Lee on March 5, 2021 at 1:15 pm said:',
      ].flatMap((signed) => [`  • ${signed}`, '', ...reply, '']),
    ];
    expect(shapeOf('Anna on March 3, 2021 at 5:10 pm said:').stamps).toBe(1);
    const region = findArticleRegion(linesOf(page.join('\n')))!;
    expect(page[region.last]).toBe(story.at(-1));
  });
});
