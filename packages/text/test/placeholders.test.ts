import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { isPlaceholder } from '../src/clean/placeholders.ts';

/** A made-up story about a village orchard, wrapped at 80 columns as w3m saves it. */
const paragraphs = [
  [
    'The village orchard will open its gates to pickers again this autumn, the',
    'parish council said on Thursday, after two quiet years in which the apples were',
    'left to fall.',
  ],
  [
    'Volunteers pruned the old trees over the winter and planted twenty young ones',
    'along the lane, and the council has paid for a new fence to keep the deer out',
    'of the rows nearest the road.',
  ],
  [
    'Pickers will be asked for a small fee at the gate, which goes toward the cider',
    'press the school hopes to buy, and children under twelve will go in for free.',
  ],
  [
    'The first picking day is planned for the second Saturday of September, weather',
    'permitting, and the orchard will stay open on weekends until the end of October.',
  ],
];

function page(between: string[], box: string[]): string {
  return [
    'Orchard opens again for pickers',
    '',
    ...paragraphs[0]!,
    '',
    ...between,
    '',
    ...paragraphs[1]!,
    '',
    ...paragraphs[2]!,
    '',
    ...paragraphs[3]!,
    '',
    ...box,
    '',
  ].join('\n');
}

describe('what a dump draws for pictures and form controls', () => {
  it('drops a picture drawn as its bracketed file stub between paragraphs', () => {
    const { cleaned } = cleanArticle(page(['          [orchard-ro][INS::INS]'], []));
    expect(cleaned).not.toContain('orchard-ro');
    expect(cleaned).not.toContain('INS::INS');
    for (const lines of paragraphs) expect(cleaned).toContain(lines[0]);
  });

  it('drops the text box and tick box of a sign-up form under the story', () => {
    const { cleaned } = cleanArticle(
      page(
        [],
        [
          '[                    ][Join]',
          '[ ]I agree to receive the weekly letter from the parish.',
        ],
      ),
    );
    expect(cleaned).not.toContain('[Join]');
    expect(cleaned).not.toContain('I agree to receive');
    expect(cleaned).toContain(paragraphs[3]![1]);
  });

  it('reads a bare picture file name as a picture, and words in brackets as text', () => {
    expect(isPlaceholder('orchard-rows-640x360.jpg')).toBe(true);
    expect(isPlaceholder('[lazy_image][orchard-gate]')).toBe(true);
    expect(isPlaceholder('Search: [                    ] Go')).toBe(true);
    expect(isPlaceholder('[Applause]')).toBe(false);
    expect(isPlaceholder('[1]')).toBe(false);
    expect(isPlaceholder('[The council declined to comment.]')).toBe(false);
    expect(isPlaceholder('[sic] as the mayor wrote it')).toBe(false);
    expect(isPlaceholder('He typed [    ] into the box, he said.')).toBe(false);
    // A headline a table layout set beside the page's search box.
    expect(isPlaceholder('Orchard opens again for pickers       [              ]')).toBe(false);
    expect(isPlaceholder('果园重新向采摘者开放          [              ]')).toBe(false);
  });
});
