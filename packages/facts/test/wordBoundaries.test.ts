import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import type { ExtractedFact } from '../src/index.ts';

/**
 * Rules found by reading facts on pages no rule was tuned on, each checked here on sentences
 * written for these tests: where a name starts and ends as segmentation reads it, what a
 * generic word or a phrase is, and which numbers count nothing.
 */
const of = (facts: ExtractedFact[], kind: string) =>
  facts.filter((f) => f.kind === kind).map((f) => String(f.value));
const read = (text: string, kind: string) =>
  of(extractFacts(text, { publishedAt: '2020-06-01' }), kind);

describe('organizations: an ending needs a name, and a name is no phrase', () => {
  it('takes no bare ending for a body: every town has a people’s government', () => {
    expect(read('申请表交街道人民政府，由浙江省人民政府统一汇总。', 'organization')).toEqual([
      '浙江省人民政府',
    ]);
    expect(read('各校学生会联合会下月换届。', 'organization')).toEqual([]);
  });

  it('refuses a verb phrase the dictionary files as a name before 政府', () => {
    expect(read('民间投资增速远高于政府投资。', 'organization')).toEqual([]);
  });

  it('refuses a two-character term that only ends like a body (罗网 "a snare")', () => {
    expect(read('鸟儿终于挣脱了罗网。', 'organization')).toEqual([]);
  });

  it('reads a hospital stay after a place as no body, the hospital named after it as one', () => {
    expect(read('老人上周在如皋住院，后转到南通市第一人民医院。', 'organization')).toEqual([
      '南通市第一人民医院',
    ]);
  });

  it('reads 省级 as a rank: 省级政府 is any province’s government', () => {
    expect(read('该项目由省级政府审批，再报省政府备案。', 'organization')).not.toContain(
      '省级政府',
    );
  });
});

describe('people: a title and a name end where words end', () => {
  it('names nobody before a title the next character turns into another noun (部长官)', () => {
    expect(read('他曾获保健福祉部长官表彰。', 'person')).toEqual([]);
  });

  it('takes no person from an occupation word used before a noun phrase', () => {
    expect(read('请点击编辑维基百科词条。', 'person')).toEqual([]);
    expect(read('获奖作品由编辑陈晓红推荐。', 'person')).toEqual(['陈晓红']);
  });

  it('reads performers after their occupation', () => {
    expect(read('晚会请来了演员林志强和歌手赵雨晴。', 'person')).toEqual(['林志强', '赵雨晴']);
  });

  it('starts the role after the clause’s verb', () => {
    const person = extractFacts('张明去找北京大学教授王立新，请他帮忙。').find(
      (f) => f.kind === 'person',
    );
    expect(person?.value).toBe('王立新');
    expect(person?.role).toBe('北京大学教授');
  });
});

describe('places: a place is a word of its own there', () => {
  it('finds no place inside another word', () => {
    expect(read('他在清华北大都读过书。一位名叫吕西安的画家来访。', 'place')).toEqual([]);
    expect(read('他在国泰国际工作，常去古希腊遗址。', 'place')).toEqual(['Greece']);
  });

  it('reads a city’s short name used as a common noun as that noun, unless its province stands before it', () => {
    expect(read('首先请来宾入座。广西来宾的糖厂今年扩产。', 'place')).toEqual([
      'Guangxi',
      'Laibin',
    ]);
  });

  it('reads a city’s short name after a one-character surname as a given name', () => {
    expect(read('感谢王海东、李丽江两位同学。', 'place')).toEqual([]);
    expect(read('他去海东出差了。', 'place')).toEqual(['Haidong']);
  });
});

describe('numbers that count nothing, and what a number counts', () => {
  it('refuses vague amounts: 几十万, 数百万', () => {
    expect(read('他欠下几十万元债务，又花掉数百万元，如今还欠20万元。', 'money')).toEqual([
      '200000',
    ]);
  });

  it('refuses a digit run cut from its number, a figure’s label and a year glued to 十大', () => {
    expect(extractFacts('奖金5\n\n00万元')).toEqual([]);
    expect(read('如图41所示，两只猫。', 'quantity')).toEqual(['2']);
    expect(read('2005十大品牌评选揭晓。', 'quantity')).toEqual([]);
    expect(read('见附表2所示，两只猫。', 'quantity')).toEqual(['2']);
  });

  it('counts after a word that only ends in 图 or 表 (发表, 代表, 报表): no label there', () => {
    expect(read('研究组去年共发表30篇论文。', 'quantity')).toEqual(['30']);
    expect(read('本届大会有代表2980人出席。', 'quantity')).toEqual(['2980']);
    expect(read('财务处收到报表5份。', 'quantity')).toEqual(['5']);
  });

  it('ends the counted phrase where its nouns end', () => {
    const [flat] = extractFacts('他们买了4套住房加上装修花了很多钱。');
    expect(flat?.unit).toBe('住房');
    expect(flat?.quote).toBe('4套住房');
  });
});

describe('fractions and brackets', () => {
  it('reads a fraction, in either spelling, as the share it is', () => {
    expect(read('他们占了天下三份之二，另有四分之一留给别人。', 'percentage')).toEqual([
      '66.67',
      '25',
    ]);
    expect(read('他们占了天下三份之二。', 'quantity')).toEqual([]);
  });

  it('ends the counted phrase at a bracket', () => {
    const [count] = extractFacts('需要两名副教授(或相当职称)以上的推荐信。');
    expect(count?.unit).toBe('副教授');
  });
});

describe('dates: 同年, and spans of days', () => {
  it('gives 同年 the year the text last named', () => {
    expect(read('2010年3月他毕业。同年5月入职。', 'date')).toEqual(['2010-03', '2010-05']);
  });

  it('reads a count of days within a limit, and "one day" in a story, as no date', () => {
    expect(
      read('对方限四日内答复，公告须挂出至少30日。有一日他来了。5日上午开会。', 'date'),
    ).toEqual(['2020-06-05']);
  });

  it('still reads a day of the month written in Chinese numerals (十五日, 二十三日) as a date', () => {
    expect(read('新闻办十五日举行发布会，会议二十三日闭幕。', 'date')).toEqual([
      '2020-06-15',
      '2020-06-23',
    ]);
  });
});

describe('dates: a day told again without its year', () => {
  const unpublished = (text: string) => of(extractFacts(text, {}), 'date');

  it('takes the year the text gave the same day in full, not the year named last', () => {
    expect(
      unpublished('2019年3月2日清晨，渡轮靠岸。合同到2022年5月1日期满。3月2日午后，他回到村里。'),
    ).toEqual(['2019-03-02', '2022-05-01', '2019-03-02']);
  });

  it('still gives another day the year the text named last', () => {
    expect(
      unpublished('2019年3月2日清晨，渡轮靠岸。合同到2022年5月1日期满。6月8日他离开。'),
    ).toEqual(['2019-03-02', '2022-05-01', '2022-06-08']);
  });

  it('prefers the day named in full over the publication year', () => {
    expect(read('2018年6月3日，大桥合龙。6月3日当晚，工人们庆祝。', 'date')).toEqual([
      '2018-06-03',
      '2018-06-03',
    ]);
  });
});

describe('quantities: what a measure word counts', () => {
  const units = (text: string) =>
    extractFacts(text, { publishedAt: '2020-06-01' })
      .filter((f) => f.kind === 'quantity')
      .map((f) => `${String(f.value)} ${String(f.unit)}`);

  it('counts the noun right after the measure word, not one later in the clause', () => {
    expect(units('每8个渔民就可以组成一条船队来接受本地企业的培训')).toEqual(['8 渔民']);
  });

  it('still looks further in the clause past a modifier that 的 joins to the noun', () => {
    expect(units('共有3名来自山区的学员')).toEqual(['3 学员']);
  });

  it('takes no adverb for the counted noun (两款刚刚上市的车型 counts 款)', () => {
    expect(units('今年推出两款刚刚上市的车型')).toEqual(['2 款']);
  });

  it('does not reach past another figure for the counted noun', () => {
    expect(units('其6台机组的日发电量达2100万千瓦时')).toEqual(['6 机组', '21000000 千瓦时']);
  });
});

describe('quantities: a measure word and the noun it can count', () => {
  const facts = (text: string) =>
    extractFacts(text, { publishedAt: '2020-06-01' })
      .filter((f) => f.kind === 'quantity' || f.kind === 'agreement')
      .map((f) => `${f.kind} ${String(f.value)} ${String(f.unit)}`);

  it('reads no agreement where the measure word counts vehicles, and keeps it as the unit of a scale', () => {
    expect(facts('双方签下了达到20万辆规模的新工厂的投资协议书。')).toEqual(['quantity 200000 辆']);
  });

  it('still counts an agreement a fitting measure word names further on', () => {
    expect(facts('双方签署了两项合作的协议。')).toEqual(['agreement 2 协议']);
  });
});
