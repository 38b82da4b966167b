import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { isCreditedCaption } from '../src/clean/creditedCaption.ts';

/** A made-up story about a river festival, wrapped at 80 columns as w3m saves it. */
const story = [
  'Thousands of people lined the river banks on Sunday for the first boat parade',
  'the town has held in ten years, with more than sixty boats decked in lights.',
  '',
  'The parade was stopped in 2014 when the old quay was closed for repairs, and',
  'the festival committee spent two years raising money to bring it back.',
  '',
  'Organisers said the crowd was the largest they had seen, and the ferry company',
  'ran extra crossings until midnight to take visitors home.',
  '',
  'The committee hopes to make the parade a yearly event again from next summer.',
];
const caption = [
  'Boats decked in lights pass under the old stone bridge during the parade on',
  'Sunday, Aug. 4, 2030. (Jane Roe/Riverside Photo Agency)',
];

describe('a picture’s caption closing on its credit', () => {
  it('goes whole, however many lines the dump wrapped it over', () => {
    const raw = [
      'River parade returns',
      '',
      ...story.slice(0, 5),
      '',
      ...caption,
      '',
      ...story.slice(5),
      '',
    ].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(cleaned).not.toContain('old stone bridge');
    expect(cleaned).not.toContain('Jane Roe');
    expect(cleaned).toContain('raising money to bring it back');
    expect(cleaned).toContain('yearly event again');
  });

  it('reads the shapes credits take', () => {
    expect(isCreditedCaption('A crowd on the quay. REUTERS/Jane Roe/File Photo')).toBe(true);
    expect(isCreditedCaption('Lanterns over the water. Jane Roe/River Times/Picture Desk')).toBe(
      true,
    );
    expect(isCreditedCaption('The mayor at the quay.Credit...Jane Roe/The River Times')).toBe(true);
    expect(isCreditedCaption('The first boat of the night. (Photo by Jane Roe/Picture Desk)')).toBe(
      true,
    );
    expect(isCreditedCaption('The quay in 1990. (River Times via AP, File)')).toBe(true);
  });

  it('leaves the story’s own paragraphs, subheadings and notes in brackets', () => {
    expect(isCreditedCaption('The parade returns after ten years.')).toBe(false);
    expect(isCreditedCaption('Money for the quay (about $4.99/month per household)')).toBe(false);
    expect(isCreditedCaption('The fight against HIV/AIDS')).toBe(false);
    expect(isCreditedCaption('He said the boats were "a sight to see" (his words).')).toBe(false);
    const long = `${'The committee thanked the volunteers who worked through the night. '.repeat(7)}(Jane Roe/Desk)`;
    expect(isCreditedCaption(long)).toBe(false);
  });
});
