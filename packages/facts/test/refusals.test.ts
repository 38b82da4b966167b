import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import type { ExtractedFact } from '../src/index.ts';

/**
 * Look-alikes the extractors must refuse, in sentences written for these tests: phrases a
 * surname or an ending happens to open or close, and the real names beside them.
 */
const values = (facts: ExtractedFact[], kind: string) =>
  facts.filter((f) => f.kind === kind).map((f) => String(f.value));

describe('people: a name is a name in its clause, not a run of characters', () => {
  it('refuses speakers the segmenter reads as phrases, keeps the real ones', () => {
    const people = values(
      extractFacts('这件旧事，于今还说不清。那份契约，明是会说话的。事后，王立强说他不后悔。'),
      'person',
    );
    expect(people).toEqual(['王立强']);
  });

  it('refuses a relative "named" by a verb, and a party taken for a leader', () => {
    const people = values(
      extractFacts(
        '她的丈夫王死后，她回到了老家。当年苏共领导人也这样讲。她的哥哥金立明为此奔走。',
      ),
      'person',
    );
    expect(people).toEqual(['金立明']);
  });

  it('reads credit lines up to their end: names only, a photo mark cut off', () => {
    // (After a first paragraph: a credit line above the article is its byline, no fact.)
    const facts = extractFacts(
      '展馆里人头攒动。\n图片记者陈小东、赵敏摄\n公司高管对记者透露，李明已经离职。\n会场邀请了摄影师等专业人员。',
    );
    const people = facts.filter((f) => f.kind === 'person');
    expect(people.map((f) => f.value)).toEqual(['陈小东', '赵敏']);
    expect(people.every((f) => f.role?.endsWith('记者'))).toBe(true);
  });

  it('reads no relative where a conjunction joins a list of kin', () => {
    expect(values(extractFacts('赶来的有他的奶奶、父亲和小刚奶奶。'), 'person')).toEqual([]);
  });

  it('reads the comrade, not the preposition before him', () => {
    expect(values(extractFacts('大家都要向张华同志学习。'), 'person')).toEqual(['张华']);
  });

  it('joins a transliterated name across its middle dot from its first character', () => {
    const people = values(
      extractFacts('正如理查·史密斯所说，美国记者赫德里克·史密斯也同意。'),
      'person',
    );
    expect(people).toEqual(['理查·史密斯', '赫德里克·史密斯']);
  });
});

describe('organizations: a name starts at a word boundary and names one body', () => {
  const bodies = (text: string) => values(extractFacts(text), 'organization');

  it('refuses "most of" a region and generic designations', () => {
    expect(bodies('明天华北大部、江南大部有雨。对一家上市公司来说，各级党组织要带头。')).toEqual(
      [],
    );
  });

  it('does not run a name back over a person, a preposition or a bare division', () => {
    expect(bodies('张学友致电经纪人公司求助。')).toEqual([]);
    expect(bodies('澳门政府与下列公司签订协议。')).toEqual(['澳门政府']);
    expect(bodies('各市辖区设立调解委员会。')).toEqual([]);
  });

  it('takes no glued phrase for a coined firm name, keeps a coined name', () => {
    expect(bodies('他把钱投给隧道公司。其他网约车公司也来了。')).toEqual([]);
    expect(bodies('勃农机械有限责任公司扩建厂房。')).toEqual(['勃农机械有限责任公司']);
  });

  it('keeps a verb inside a name opened by places', () => {
    expect(bodies('双方共建中国-匈牙利技术转移中心。')).toEqual(['中国-匈牙利技术转移中心']);
  });
});

describe('numbers: what a figure counts and how it is hedged', () => {
  const quantities = (text: string) => extractFacts(text).filter((f) => f.kind === 'quantity');

  it('reads 四处 as "everywhere" unless it counts a noun', () => {
    expect(quantities('他只好四处奔走，四处打听消息。')).toEqual([]);
  });

  it('reads a project phase as its ordinal, a run of issues as a count', () => {
    const counts = quantities('小区二期工程和项目三期都已交付。该刊连续两期刊登了此文。');
    expect(counts.map((f) => f.value)).toEqual([2]);
  });

  it('carries a hedging adverb across the verbs between it and the figure', () => {
    const [months] = quantities('工厂大约还需要两个月才能投产。');
    expect(months).toMatchObject({ value: 2, qualifier: 'approximately', quote: '两个月' });
  });

  it('ends a count before the verb of winning, whose 以上 is the level’s', () => {
    const [awards] = quantities('其中有5项获市级以上奖励，8个获奖项目已推广。');
    expect(awards).toMatchObject({ value: 5, qualifier: 'exact', unit: '项' });
  });
});

describe('places: a generic district is no place', () => {
  it('reads 郊区 and 城区 as words, a one-character county as a place', () => {
    const places = values(
      extractFacts('他从东京郊区赶来，城区的路很宽，冠县也通了高速。'),
      'place',
    );
    expect(places).toEqual(['Tokyo', 'Guanxian']);
  });
});
