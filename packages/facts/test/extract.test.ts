import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import type { ExtractedFact } from '../src/index.ts';

// Sentences written for these tests, in the shapes real reports take.
const pick = (facts: ExtractedFact[], kind: string) =>
  facts
    .filter((f) => f.kind === kind)
    .map((f) => ({ quote: f.quote, value: f.value, qualifier: f.qualifier, subject: f.subject }));

describe('Chinese quantities', () => {
  it('reads values, qualifiers and what is counted', () => {
    const text =
      '截至目前，本市已与30多个国家签署合作文件，累计接待逾千名外国学者，培训技术人员2.4万人次。' +
      '全市建成重点实验室12家、工程中心近80个，大约150名志愿者参与服务。';
    expect(pick(extractFacts(text), 'quantity')).toEqual([
      { quote: '30多个国家', value: 30, qualifier: 'more_than', subject: 'country' },
      { quote: '逾千名外国学者', value: 1000, qualifier: 'more_than', subject: 'expert' },
      { quote: '2.4万人次', value: 24000, qualifier: 'exact', subject: 'person' },
      { quote: '实验室12家', value: 12, qualifier: 'exact', subject: 'laboratory' },
      { quote: '中心近80个', value: 80, qualifier: 'nearly', subject: 'center' },
      { quote: '大约150名志愿者', value: 150, qualifier: 'approximately', subject: 'volunteer' },
    ]);
  });

  it('reads money, percentages, ranges and agreements', () => {
    const text =
      '项目总投资超过3.5亿元，同比增长百分之十二，出口额占比18.5%。双方签署了7项合作协议，' +
      '预计带动3至5家企业落户。';
    const facts = extractFacts(text);
    expect(pick(facts, 'money')).toEqual([
      { quote: '超过3.5亿元', value: 350000000, qualifier: 'more_than', subject: null },
    ]);
    expect(pick(facts, 'percentage').map((f) => f.value)).toEqual([12, 18.5]);
    expect(pick(facts, 'agreement')).toEqual([
      { quote: '7项合作协议', value: 7, qualifier: 'exact', subject: 'agreement' },
    ]);
    const range = facts.find((f) => f.quote.startsWith('3至5'));
    expect(range).toMatchObject({ value: 3, valueMax: 5, subject: 'enterprise' });
  });

  it('leaves ordinals, idioms and lone 一 alone', () => {
    const text = '第三届论坛十分成功，一带一路建设稳步推进，一批项目落地，三五成群。';
    expect(pick(extractFacts(text), 'quantity')).toEqual([]);
  });
});

describe('English quantities', () => {
  it('reads qualifiers, multipliers and counted nouns', () => {
    const text =
      'The fund has trained more than 1,200 engineers and supports nearly 40 laboratories in 12 countries. ' +
      'Exports reached $2.5 billion, up 7 percent, and about 3 million people benefit.';
    const facts = extractFacts(text);
    expect(pick(facts, 'quantity')).toEqual([
      { quote: 'more than 1,200 engineers', value: 1200, qualifier: 'more_than', subject: null },
      { quote: 'nearly 40 laboratories', value: 40, qualifier: 'nearly', subject: 'laboratory' },
      { quote: '12 countries', value: 12, qualifier: 'exact', subject: 'country' },
      {
        quote: 'about 3 million people',
        value: 3000000,
        qualifier: 'approximately',
        subject: 'person',
      },
    ]);
    expect(pick(facts, 'money')).toEqual([
      { quote: '$2.5 billion', value: 2500000000, qualifier: 'exact', subject: null },
    ]);
    expect(pick(facts, 'percentage').map((f) => f.value)).toEqual([7]);
  });
});

describe('dates', () => {
  it('resolves bare days, months and relative years against the publication date', () => {
    const text = '会议于2024年3月5日开幕，9日闭幕。去年12月曾举办预备会，今年6月还将再办一次。';
    const dates = extractFacts(text, { publishedAt: '2024-03-10' })
      .filter((f) => f.kind === 'date')
      .map((f) => [f.quote, f.value]);
    expect(dates).toEqual([
      ['2024年3月5日', '2024-03-05'],
      ['9日', '2024-03-09'],
      ['去年12月', '2023-12'],
      ['今年6月', '2024-06'],
    ]);
  });

  it('reads English dates', () => {
    const text =
      'The deal was signed on March 5, 2024, and takes effect in 2025; talks began last year.';
    const dates = extractFacts(text, { publishedAt: '2024-03-10' })
      .filter((f) => f.kind === 'date')
      .map((f) => f.value);
    expect(dates).toEqual(['2024-03-05', '2025', '2023']);
  });
});

describe('people, organizations and places', () => {
  it('takes the person and the full role', () => {
    const text =
      '教育部副部长王建华、浙江省人民政府副省长刘晓梅出席。李明华教授表示，合作前景广阔。';
    const people = extractFacts(text)
      .filter((f) => f.kind === 'person')
      .map((f) => [f.value, f.role]);
    expect(people).toEqual([
      ['王建华', '教育部副部长'],
      ['刘晓梅', '浙江省人民政府副省长'],
      ['李明华', '教授'],
    ]);
  });

  it('keeps a deputy title whole in a chain of titles', () => {
    const text = '晏守强说。固原市委副书记、西吉县委书记白学贵告诉记者。';
    const person = extractFacts(text).find((f) => f.value === '白学贵');
    expect(person).toMatchObject({ role: '固原市委副书记、西吉县委书记' });
  });

  it('reads English names with titles either side', () => {
    const text =
      'Li Wenhua, Deputy Director of the National Energy Agency, said the plan is ready. ' +
      'Later, President Maria Santos welcomed it.';
    const people = extractFacts(text)
      .filter((f) => f.kind === 'person')
      .map((f) => [f.value, f.role]);
    expect(people).toEqual([
      ['Li Wenhua', 'Deputy Director of the National Energy Agency'],
      ['Maria Santos', 'President'],
    ]);
  });

  it('reads lower-case titles and titles with their body before the name', () => {
    const text =
      'Foreign Ministry spokesperson Chen Bo said on Monday. "We are ready," said Liu Fang, ' +
      'director of the city planning bureau. Zhou Ming, a professor at Harbin University, agreed.';
    const people = extractFacts(text)
      .filter((f) => f.kind === 'person')
      .map((f) => [f.value, f.role]);
    expect(people).toEqual([
      ['Chen Bo', 'Foreign Ministry spokesperson'],
      ['Liu Fang', 'director of the city planning bureau'],
      ['Zhou Ming', 'professor at Harbin University'],
    ]);
  });

  it('does not take verbs, numbers or places for names', () => {
    const text = '由分管副市长任组长。会议邀请300余名专家。黑龙江省长出席。吉林省长王平到会。';
    const people = extractFacts(text)
      .filter((f) => f.kind === 'person')
      .map((f) => [f.value, f.role]);
    expect(people).toEqual([['王平', '吉林省长']]);
  });

  it('normalizes places across scripts and languages', () => {
    const zh = extractFacts('代表團從東盟和非洲抵達重慶。').filter((f) => f.kind === 'place');
    const en = extractFacts('Delegates from ASEAN and Africa arrived in Chongqing.').filter(
      (f) => f.kind === 'place',
    );
    expect(zh.map((f) => f.value)).toEqual(['Africa', 'Chongqing']);
    expect(en.map((f) => f.value)).toEqual(['Africa', 'Chongqing']);
  });

  it('files supranational bodies as organizations, spelled as printed, with one subject', () => {
    const bodies = (text: string) =>
      extractFacts(text)
        .filter((f) => f.kind === 'organization')
        .map((f) => [f.value, f.subject]);
    expect(bodies('代表團從東盟抵達。')).toEqual([['東盟', 'ASEAN']]);
    expect(bodies('Delegates from ASEAN arrived.')).toEqual([['ASEAN', 'ASEAN']]);
  });
});

describe('transcripts', () => {
  it('attributes facts to the speaker in force', () => {
    const text = [
      '主持人:',
      '请王建华先生介绍。',
      '教育部副部长 王建华:',
      '今年我们新建了30所学校。',
      '记者:',
      '请问还有什么计划?',
      '王建华:',
      '明年再建20所学校。',
    ].join('\n');
    const schools = extractFacts(text).filter((f) => f.kind === 'quantity');
    expect(schools.map((f) => [f.value, f.speaker])).toEqual([
      [30, '王建华'],
      [20, '王建华'],
    ]);
    const person = extractFacts(text).find((f) => f.kind === 'person');
    expect(person).toMatchObject({ value: '王建华', role: '教育部副部长' });
  });
});

describe('evidence', () => {
  it('keeps quote, offsets and context exact, also outside the BMP', () => {
    const text = '𠀀𠀁 此前已有25个国家加入。';
    const [fact] = extractFacts(text).filter((f) => f.kind === 'quantity');
    expect(text.slice(fact!.start, fact!.end)).toBe(fact!.quote);
    expect(fact!.prefix.endsWith('此前已有')).toBe(true);
    expect(fact!.suffix.startsWith('加入')).toBe(true);
    expect(fact!.extractorVersion).toBeTruthy();
  });
});
