import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { shapesOf } from '../src/clean/lineShape.ts';
import { linesOf } from '../src/clean/lines.ts';
import { isCommentMarker } from '../src/clean/markers.ts';

/** A made-up report, wrapped at 80 columns as `w3m -dump` saves it. */
const story = [
  'Harbour Town opened its new ferry terminal on Saturday, ending four years of',
  'building work on the eastern quay. The terminal holds two waiting halls, a',
  'ticket office and a covered walkway that reaches the boats at any tide.',
  '',
  'The council said the old landing stage will be taken down over the winter and',
  'the space turned into a small park with benches facing the water. Boats to the',
  'three outer islands will leave every forty minutes from next week.',
  '',
  'Local traders welcomed the change, saying that visitors had long complained',
  'about waiting in the rain, and that the new walkway would bring more people',
  'past the shops along the front during the summer months.',
];

/** Readers' posts: a name, an age, a few sentences; together longer than the story. */
const posts = [
  'quaywatcher',
  '3 hours ago',
  'Took the first boat out this morning and the walkway really is much better than',
  'the old steps, which were slippery whenever the tide was low and the weather bad.',
  'harbourkid',
  '5 hours ago',
  'I still think they should have kept the old landing stage as a fishing spot, it',
  'was the only place in town where children could fish safely off the quay wall.',
  'ann.t',
  '2 days ago at 07:52 am',
  'Forty minutes between boats is still too long in the summer when the queues for',
  'the islands stretch right back along the front past the ice cream kiosk again.',
  'bayrunner',
  '2 days ago at 09:10 am',
  'The park will be lovely once it is finished, though the benches should face the',
  'sunset side so that people can sit there in the evenings after the last boats.',
];

describe('a page saved as text: a readers’ thread in a spaced script', () => {
  it('reads counted and bracketed comment labels as labels', () => {
    for (const label of ['[ 167 comments ]', 'Top Rated Comments', '12 comments', 'Comments (4)'])
      expect(isCommentMarker(label)).toBe(true);
    expect(isCommentMarker('Comments from the minister were brief.')).toBe(false);
  });

  it('dates a line that is only a posting age, never a sentence that says how long ago', () => {
    const shapes = shapesOf(
      linesOf(
        ['3 hours ago', '2 days ago at 07:52 am', 'The mayor left office ten months ago.'].join(
          '\n',
        ),
      ),
    );
    expect(shapes.map((s) => s.stamps > 0)).toEqual([true, true, false]);
  });

  it('removes a thread under a bracketed count, however much its posts say', () => {
    const page = [
      'Harbour Town opens its new ferry terminal',
      '',
      ...story,
      '',
      '[ 24 comments ]',
      '',
      ...posts,
    ].join('\n');
    const { cleaned } = cleanArticle(page);
    expect(cleaned).toContain('Harbour Town opened its new ferry terminal');
    expect(cleaned).toContain('past the shops along the front during the summer months.');
    expect(cleaned).not.toContain('quaywatcher');
    expect(cleaned).not.toContain('Forty minutes between boats');
  });

  it('removes numbered posts under “N responses to” the story', () => {
    const numbered = [
      ' 1. quaywatcher says:',
      '    Took the first boat out this morning and the walkway is much better.',
      ' 2. harbourkid says:',
      '    I still think they should have kept the old landing stage as it was.',
      ' 3. ann.t says:',
      '    Forty minutes between boats is still too long in the summer months.',
    ];
    const page = [
      'Harbour Town opens its new ferry terminal',
      '',
      ...story,
      '',
      '3 responses to “Harbour Town opens its new ferry terminal”',
      '',
      ...numbered,
    ].join('\n');
    const { cleaned } = cleanArticle(page);
    expect(cleaned).toContain('past the shops along the front during the summer months.');
    expect(cleaned).not.toContain('responses to');
    expect(cleaned).not.toContain('Forty minutes between boats');
  });
});
