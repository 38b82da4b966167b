import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { isSignUp } from '../src/clean/signUp.ts';

/** A made-up story about a town's bus timetable, wrapped at 80 columns as w3m saves it. */
const story = [
  'The town’s buses will run every ten minutes on weekday mornings from next',
  'month, the transport board said on Wednesday, after a year of complaints about',
  'crowded stops.',
  '',
  'Two new buses have been bought for the route through the hospital, and the',
  'drivers’ union agreed to an earlier start so the first bus leaves at six.',
  '',
  'The board said the change will cost about as much as the old timetable,',
  'because the night buses that few people used will stop running at eleven.',
];
const box = [
  'Morning Bus Newsletter',
  '',
  'Get the day’s transport news in your inbox every morning.',
  '',
  'Thanks for signing up!',
];

describe('the page’s newsletter sign-up box', () => {
  it('goes, label and calls to the reader, between two paragraphs of the story', () => {
    const raw = [
      'Buses every ten minutes',
      '',
      ...story.slice(0, 4),
      '',
      ...box,
      '',
      ...story.slice(4),
      '',
    ].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(cleaned).not.toContain('Morning Bus Newsletter');
    expect(cleaned).not.toContain('in your inbox');
    expect(cleaned).not.toContain('Thanks for signing up');
    expect(cleaned).toContain('crowded stops');
    expect(cleaned).toContain('stop running at eleven');
  });

  it('leaves a story that reports on newsletters, and a quote addressing the reader', () => {
    expect(isSignUp('The paper said 40,000 readers subscribe to its morning newsletter.')).toBe(
      false,
    );
    expect(isSignUp('“Will you subscribe to a paper you can read for free?” she asked.')).toBe(
      false,
    );
    expect(isSignUp('Buses every ten minutes, the board says.')).toBe(false);
    expect(isSignUp('Subscribe to our weekly newsletter.')).toBe(true);
    expect(isSignUp('See All Newsletters')).toBe(true);
  });

  it('leaves the headline, whatever it says', () => {
    const raw = ['The Newsletter Comeback', '', ...story, ''].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(cleaned).toContain('The Newsletter Comeback');
  });
});
