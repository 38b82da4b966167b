import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up story about a harbour town's ferry, wrapped at 80 columns as w3m saves it. */
const story = [
  [
    'The harbour council agreed on Monday to keep the winter ferry running to the',
    'outer islands until the end of March, after residents packed the town hall to',
    'ask for the service to be saved.',
  ],
  [
    'Councillors had planned to stop the crossings in January to save money on',
    'fuel, but the ferry company offered to run a smaller boat on quiet days, which',
    'brings the cost down by about a third.',
  ],
  [
    'Fishermen on the islands said the boat is their only way to get the catch to',
    'the market in time, and the school said twelve children cross each morning.',
  ],
  [
    'The council will look again at the timetable in the spring, when the summer',
    'boats return and the number of visitors starts to climb.',
  ],
];

/** A panel of other stories under it: picture text, headline, author, date, summary. */
const cards = [
  ['harbour-lights.jpg', 'New lights for the old pier', 'Mary Stone', 'Tuesday March 3, 2020'],
  ['bakery.jpg', 'The bakery that never closes', 'Tom Reed', 'Monday March 2, 2020'],
  ['gulls.jpg', 'Why the gulls came back this year', 'Ann Hale', 'Monday March 2, 2020'],
  ['bridge.jpg', 'A bridge too narrow for the buses', 'Tom Reed', 'Sunday March 1, 2020'],
];
const summaries = [
  [
    'The old pier will get new lamps before the summer, the council said, after two',
    'people slipped on the wet boards last autumn and a third broke an arm. The work',
    'starts in April and the pier stays open on weekends while it lasts.',
  ],
  [
    'A family bakery on the quay now bakes through the night for the early boats, and',
    'the owners say the fishermen buy more bread at four in the morning than the whole',
    'town buys at noon. They plan to open a second shop by the station next year.',
  ],
  [
    'Bird watchers counted twice as many gulls on the cliffs as last year, and they',
    'think the cleaner water in the bay brought the fish, and the birds, back to the',
    'rocks where the colony nested when their grandparents were young.',
  ],
  [
    'Drivers say the new bridge leaves no room to pass when two buses meet, and the',
    'bus company has asked the county to paint a line and put up a light at each end',
    'so that one bus waits while the other crosses the river.',
  ],
];

const page = (withCards: boolean, heading = '  • Elsewhere on the coast') =>
  [
    'Ferry to the islands will keep running through winter',
    '',
    ...story.flatMap((p) => [...p, '']),
    ...(withCards
      ? [
          heading,
          '',
          ...cards.flatMap(([picture, headline, author, date], k) => [
            `      □ ${picture}`,
            '',
            `        ${headline}`,
            '',
            `        ${author}`,
            `        ${date}`,
            ...summaries[k]!.map((line) => `        ${line}`),
          ]),
          '',
        ]
      : []),
    'About us   Contact   Advertise',
    '',
  ].join('\n');

describe('a panel of teaser cards the story’s run takes in', () => {
  it('removes the cards after the story, each headed by a picture, a headline, an author and a date', () => {
    const { cleaned } = cleanArticle(page(true));
    for (const p of story) for (const line of p) expect(cleaned).toContain(line);
    for (const [, headline] of cards) expect(cleaned).not.toContain(headline);
    for (const summary of summaries) expect(cleaned).not.toContain(summary[0]);
  });

  it('removes them as surely where a label of related stories stops the story above them', () => {
    const { cleaned } = cleanArticle(page(true, 'More from the Harbour Times'));
    for (const p of story) for (const line of p) expect(cleaned).toContain(line);
    for (const summary of summaries) expect(cleaned).not.toContain(summary[0]);
  });

  it('removes captions said twice over, with headlines between, above the story', () => {
    const captions = summaries.map((summary, k) => [
      ...summary,
      ...summary,
      '',
      cards[k]![1]!,
      '',
      '[placeholder]',
      '',
    ]);
    const text = [
      'Harbour Times',
      '',
      ...captions.flat(),
      'Ferry to the islands will keep running through winter',
      '',
      ...story.flatMap((p) => [...p, '']),
    ].join('\n');
    const { cleaned } = cleanArticle(text);
    for (const p of story) for (const line of p) expect(cleaned).toContain(line);
    for (const summary of summaries) expect(cleaned).not.toContain(summary[0]);
  });

  it('keeps a story whose items are each under a heading (a listicle is the story itself)', () => {
    const items = cards.map(([picture, headline], k) => [
      `${picture}`,
      '',
      `${headline}`,
      '',
      ...summaries[k]!,
      '',
    ]);
    const text = [
      'Four things to see in the harbour town this spring',
      '',
      ...story[0]!,
      '',
      ...items.flat(),
      ...story[3]!,
      '',
    ].join('\n');
    const { cleaned } = cleanArticle(text);
    for (const summary of summaries) for (const line of summary) expect(cleaned).toContain(line);
  });
});
