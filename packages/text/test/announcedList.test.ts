import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up story about a touring choir, wrapped at 80 columns as w3m dumps it. */
const story = [
  'The Harbourside Community Choir will take its spring programme on the road this',
  'year, visiting towns it has never sung in before, its director said on Monday.',
  '',
  'The choir raised the money for the coach and the halls at its winter concerts,',
  'and several of the towns have offered to put the singers up for the night.',
  '',
  'Rehearsals for the new programme, which mixes sea songs with newer pieces',
  'written by members, start next week in the old library on Quay Street.',
  '',
  'Tickets will be sold at the door of each hall, and children under twelve will',
  'be let in free, as they were at the winter concerts, the treasurer said.',
  '',
  'The choir last toured in the spring of 2019, when it sang in six towns along',
  'the coast and came home with enough money to buy new music for every member.',
];

const menu = [
  '',
  '  • Home',
  '  • News',
  '  • Sport',
  '  • Contact us',
  '  • Privacy policy',
  '',
  '© 2026 Harbourside Gazette',
];

describe('a page saved as text: a list the story announces at its end', () => {
  it('keeps the list under a closing sentence that ends in a colon, and drops the menu after it', () => {
    const page = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'The tour stops at these halls on these dates:',
      'April 4 -- Corn Exchange, Millbridge',
      'April 11 -- St Anne’s Hall, Eastmoor',
      'April 18 -- Town Hall, Westhaven',
      'April 25 -- The Assembly Rooms, Northbay',
      'May 2 -- Market Hall, Southcliff',
      'May 9 -- Church Hall, Lowford',
      'May 16 -- Pier Pavilion, Highmere',
      'May 23 -- Drill Hall, Redport',
      ...menu,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('these halls on these dates:');
    expect(cleaned).toContain('April 4 -- Corn Exchange, Millbridge');
    expect(cleaned).toContain('May 23 -- Drill Hall, Redport');
    expect(cleaned).not.toContain('Privacy policy');
    expect(cleaned).not.toContain('© 2026');
  });

  it('follows numbered items the page set apart, pictures and links between them', () => {
    const page = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'For those who want to sing along at home, the director recommends these',
      'recordings of the programme:',
      '',
      '1) Songs of the Northern Harbours, volume two',
      'https://shop.example.org/a1',
      '[cover-300x300]',
      '',
      '2) Old Quay Shanties sung by the Millbridge Men',
      'https://shop.example.org/b2',
      '',
      '3) New Tides: pieces by Harbourside members',
      'https://shop.example.org/c3',
      ...menu,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('recordings of the programme:');
    expect(cleaned).toContain('Old Quay Shanties');
    expect(cleaned).toContain('3) New Tides: pieces by Harbourside members');
    expect(cleaned).not.toContain('Privacy policy');
  });

  it('does not take a row of share buttons under a label for a list', () => {
    const page = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'Share this story:',
      'Facebook',
      'Email',
      'Print',
      ...menu,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('old library on Quay Street.');
    expect(cleaned).not.toContain('Share this story:');
    expect(cleaned).not.toContain('Facebook');
  });
});
