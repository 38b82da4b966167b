import { describe, expect, it } from 'vitest';
import { extractFacts, topByline } from '../src/index.ts';

/**
 * The byline above an article names who wrote it: no fact of the text (the annotation
 * guidelines leave it out). A credit line at the end, and the same names in the article's
 * sentences, are facts. Every text here is written for these tests.
 */
const people = (text: string) =>
  extractFacts(text)
    .filter((f) => f.kind === 'person')
    .map((f) => ({ name: f.value, role: f.role, quote: f.quote }));

describe('the byline above an article', () => {
  it('gives no person fact on a line of its own, and the text keeps it', () => {
    const text =
      '【走进乡村】\n\n青山日报记者 罗建平 钟晓雯\n\n春耕时节，记者来到河口村。县长韩立国说，今年的秧苗长得好。';
    expect(people(text).map((p) => p.name)).toEqual(['韩立国']);
    const byline = topByline(text)!;
    expect(byline.names).toEqual(['罗建平', '钟晓雯']);
    expect(text.slice(byline.start, byline.end)).toBe('记者 罗建平 钟晓雯');
  });

  it('gives no person fact as a lead phrase opening the first paragraph', () => {
    expect(people('本报记者 苏明远 报道 昨天上午，全市春季运动会开幕。')).toEqual([]);
    expect(people('东方社北京3月2日电（记者 程立 何佳音）会议今天闭幕。')).toEqual([]);
    expect(people('文/郑小禾\n\n窗外下着小雨，我想起了外婆的小院。')).toEqual([]);
  });

  it('still reads the same name where the article speaks of the person', () => {
    const text =
      '记者 罗建平\n\n村里的路修好了。罗建平说，他小时候走的是泥路。采访结束时，罗建平又去了一趟学校。';
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(['罗建平']);
    // The fact stands in the sentence, not in the byline.
    expect(text.indexOf(found[0]!.quote, 8)).toBeGreaterThan(8);
  });

  it('keeps a trailing credit line, as the guidelines count it', () => {
    const text =
      '村里的路修好了，村民出行方便多了。\n\n（记者 罗建平 通讯员 钟晓雯）\n\n（责编：韩梅）';
    expect(people(text).map((p) => [p.name, p.role])).toEqual([
      ['罗建平', '记者'],
      ['钟晓雯', '通讯员'],
      ['韩梅', '责编'],
    ]);
    expect(topByline(text)).toBeNull();
  });

  it('still yields a person named at the start of an ordinary first sentence', () => {
    expect(people('韩立国说，今年的秧苗长得好。').map((p) => p.name)).toEqual(['韩立国']);
    expect(people('市长魏东升说，新区建设很快。').map((p) => p.name)).toEqual(['魏东升']);
    // A headline about a reporter is no byline: the credit word's name runs on into a word.
    const headline = '记者何文斌获奖\n\n获奖的是记者何文斌。';
    expect(topByline(headline)).toBeNull();
    expect(people(headline).map((p) => p.name)).toContain('何文斌');
  });

  it('reads an English byline line as one', () => {
    const text = 'By Laura Bennett\n\nMinister Zhang Wei said on Monday that talks would resume.';
    expect(topByline(text)).not.toBeNull();
    expect(people(text).map((p) => p.name)).toEqual(['Zhang Wei']);
  });
});

describe('a government is a place’s', () => {
  it('names the body before 政府 alone when 政府 qualifies what follows', () => {
    const bodies = (text: string) =>
      extractFacts(text)
        .filter((f) => f.kind === 'organization')
        .map((f) => f.value);
    expect(bodies('他2009年获国务院政府特殊津贴。')).toEqual(['国务院']);
    expect(bodies('英国政府和河口县人民政府都发了声明。')).toEqual(['英国政府', '河口县人民政府']);
  });
});
