import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import type { ExtractedFact } from '../src/index.ts';

/** Sentences written for these tests: each cue once, and the look-alikes it must refuse. */
const values = (facts: ExtractedFact[], kind: string) =>
  facts.filter((f) => f.kind === kind).map((f) => String(f.value));

describe('people named by a cue that is no title', () => {
  it('reads a comrade, a host introducing themselves and a relative named after the kin word', () => {
    const facts = extractFacts(
      '张建国同志现任某省农业厅厅长。各位听众好，我是安东尼。他的父亲王立明是一名教师，' +
        '姐姐李红在外地工作。哥哥马上就来，妈妈安排好了晚饭，同志们都到了。',
    );
    const people = values(facts, 'person');
    expect(people).toEqual(expect.arrayContaining(['张建国', '安东尼', '王立明', '李红']));
    for (const wrong of ['马上', '安排好', '同志们']) expect(people).not.toContain(wrong);
  });

  it('reads a speaker whose surname the segmenter takes for a preposition', () => {
    const facts = extractFacts('提起那件事，于明说他很后悔。这个问题，于是说不清。');
    expect(values(facts, 'person')).toEqual(['于明']);
  });
});
