import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up story about a village orchard, one paragraph a line. */
const story = [
  'The village orchard picked its last apples on Saturday, a week later than usual after a cold spring held back the blossom.',
  'Volunteers from the school and the bowls club filled more than two hundred crates, most of which will go to the cider press by the mill.',
  'The orchard keeper said the old trees by the church wall gave the best fruit this year, and that the young trees planted in March had all taken.',
  'A tasting day is planned for the first weekend of next month, when the juice from the first pressing is ready to bottle.',
];

/** Wraps text at 80 columns, as w3m does. */
function wrap(text: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > 80) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

describe('a second copy of the story laid out anew', () => {
  it('removes the copy that runs the paragraphs together, and keeps the story once', () => {
    const page = [
      'Last apples picked in the village orchard',
      '',
      ...story.flatMap((p) => [...wrap(p), '']),
      'Share   Print   Email',
      '',
      'village-orchard.jpg',
      '640',
      '',
      ...wrap(story.join(' ')),
      '',
      'About us   Contact',
      '',
    ].join('\n');
    const { cleaned, edits } = cleanArticle(page);
    for (const p of story) for (const line of wrap(p)) expect(cleaned).toContain(line);
    expect(cleaned.split('picked its last apples').length).toBe(2);
    expect(edits.some((e) => e.rule === 'chrome.repeated-copy' && e.state === 'applied')).toBe(
      true,
    );
  });

  it('keeps a story that quotes one of its own sentences again near its end', () => {
    const page = [
      'Last apples picked in the village orchard',
      '',
      ...story.flatMap((p) => [...wrap(p), '']),
      'Share   Print',
      '',
      ...wrap(`As the keeper put it: ${story[2]}`),
      '',
    ].join('\n');
    const { cleaned } = cleanArticle(page);
    expect(cleaned).toContain('As the keeper put it');
  });
});
