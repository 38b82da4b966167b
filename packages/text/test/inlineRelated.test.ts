import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up story about a ferry timetable, wrapped at 80 columns as w3m dumps it. */
const opening = [
  'The island ferry will run every forty minutes from next month, twice as often',
  'as now, after the harbour board agreed to lease a second boat for the summer.',
  '',
  'The board said the new timetable would cut the queues that built up on the',
  'quay most weekends last year, when cars waited up to three hours to board.',
  '',
  'Fares will stay as they are until the end of the season, the board said, and',
  'the first sailing will leave the mainland at six in the morning, not seven.',
  '',
  'Islanders who work on the mainland had asked for an earlier boat for years,',
  'and a petition last winter was signed by more than half of the households.',
];
const rest = [
  'The second boat is smaller and will carry foot passengers and bicycles only,',
  'so cars will still have to book a place on the larger ferry in advance.',
  '',
  'The board will review the timetable in October, when the lease runs out and',
  'the number of passengers falls back to its winter level.',
];
const footer = [
  '',
  '  • Home',
  '  • News',
  '  • Weather',
  '  • Contact us',
  '',
  '© 2026 Island Post',
];

describe('a page saved as text: a link to another story between the paragraphs', () => {
  it('keeps the paragraphs after the link and removes the link line', () => {
    const page = [
      'Ferry to run twice as often',
      '',
      ...opening,
      '',
      'Read more: Harbour board approves new pontoon for fishing boats',
      '',
      ...rest,
      ...footer,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('the first sailing will leave the mainland');
    expect(cleaned).toContain('The second boat is smaller');
    expect(cleaned).toContain('the number of passengers falls back to its winter level.');
    expect(cleaned).not.toContain('Read more');
    expect(cleaned).not.toContain('Contact us');
  });

  it('does not run the story on into the linked story’s teaser after its last paragraph', () => {
    const page = [
      'Ferry to run twice as often',
      '',
      ...opening,
      '',
      ...rest,
      '',
      'Read more: Harbour board approves new pontoon for fishing boats',
      'The harbour board voted on Tuesday to build a floating pontoon for the',
      'fishing fleet, which has tied up against the old stone quay since 1890.',
      ...footer,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('the number of passengers falls back to its winter level.');
    expect(cleaned).not.toContain('Read more');
    expect(cleaned).not.toContain('floating pontoon');
  });

  it('keeps a last paragraph of one line under the link, as a dump that does not wrap sets it', () => {
    const unwrapped = (lines: string[]) =>
      lines
        .join('\n')
        .split('\n\n')
        .map((paragraph) => paragraph.replace(/\n/g, ' '));
    const page = [
      'Ferry to run twice as often',
      '',
      ...unwrapped(opening).join('\n\n').split('\n'),
      '',
      'Read more: Harbour board approves new pontoon for fishing boats',
      '',
      ...unwrapped(rest.slice(3)),
      ...footer,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('the number of passengers falls back to its winter level.');
    expect(cleaned).not.toContain('Read more');
    expect(cleaned).not.toContain('Contact us');
  });
});
