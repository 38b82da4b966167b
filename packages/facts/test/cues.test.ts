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

  it('reads a person after an occupation, and a relative whose name a verb ends', () => {
    const facts = extractFacts(
      '当地女企业家范秀琴在镇上办了纸箱厂。他读了作家韩松林的小说。小时候他由奶奶于桂兰带大。',
    );
    expect(values(facts, 'person')).toEqual(['范秀琴', '韩松林', '于桂兰']);
    // An occupation names no one before it, nor a word after it; a kin word's adverb is no name.
    const none = extractFacts('这位医生说没事，律师事务所也来了人。哥哥马上来，妈妈安排好了。');
    expect(values(none, 'person')).toEqual([]);
  });

  it('reads a speaker whose surname the segmenter takes for a preposition', () => {
    const facts = extractFacts('提起那件事，于明说他很后悔。这个问题，于是说不清。');
    expect(values(facts, 'person')).toEqual(['于明']);
  });
});

describe('bodies known by name', () => {
  const bodies = (text: string) =>
    extractFacts(text)
      .filter((f) => f.kind === 'organization')
      .map((f) => f.quote);

  it('reads international bodies, regulators and brands, joined into one name where written so', () => {
    expect(bodies('北约和联合国都表了态，电监会也发了报告。')).toEqual([
      '北约',
      '联合国',
      '电监会',
    ]);
    expect(
      bodies('东风本田与标致—雪铁龙竞争，广汽集团旗下有新车，丰田汽车（中国）投资有限公司成立。'),
    ).toEqual(['东风本田', '标致—雪铁龙', '广汽集团', '丰田汽车（中国）投资有限公司']);
  });

  it('reads a brand that is also a word only where the text reads it as a firm', () => {
    expect(bodies('福特、大众、现代等都在扩产，北京现代推出了新车。')).toEqual([
      '福特',
      '大众',
      '现代',
      '北京现代',
    ]);
    expect(bodies('中国现代文学很精彩，大众的生活变了，东风吹来，统一汽车零部件的标准。')).toEqual(
      [],
    );
  });
});

describe('organizations bounded by levels and national prefixes', () => {
  const bodies = (text: string) =>
    extractFacts(text)
      .filter((f) => f.kind === 'organization')
      .map((f) => f.quote);

  it('keeps a national prefix before a proper noun and refuses juxtaposed generic bodies', () => {
    expect(bodies('他们参观了国家技术转移西南中心。')).toEqual(['国家技术转移西南中心']);
    const generic = bodies('落实中央和市委政协工作会议精神，两省市政府经过调研。');
    expect(generic).not.toContain('市委政协');
    expect(generic).not.toContain('省市政府');
    expect(bodies('由市政府新闻办发布，南京市防控指挥部学校专项组发出通知。')).toEqual([
      '市政府新闻办',
      '南京市防控指挥部学校专项组',
    ]);
  });
});

describe('figures that count nothing, and units read whole', () => {
  const figures = (text: string) =>
    extractFacts(text, { publishedAt: '2024-06-01' })
      .filter((f) => f.kind === 'quantity')
      .map((f) => [f.quote, f.value, f.unit]);

  it('refuses idioms, vague amounts, session numbers and 零 inside a word', () => {
    expect(
      figures('成千上万名游客涌来，三位一体的方案写进市委七届三次全会的文件，零部件还有空间。'),
    ).toEqual([]);
  });

  it('keeps a unit that opens with 千 and a measure word right before a date', () => {
    expect(figures('缺口将超过600万千瓦，产能从2万辆在2025年扩至9万辆，亩产900粒。')).toEqual([
      ['超过600万千瓦', 6000000, '千瓦'],
      ['2万辆', 20000, '辆'],
      ['9万辆', 90000, '辆'],
      ['900粒', 900, '粒'],
    ]);
    expect(figures('全程两千米。')).toEqual([['两千米', 2000, '米']]);
  });
});

describe('relative days', () => {
  it('reads 明日 only where it is a word, not inside a newspaper name', () => {
    const dates = extractFacts('光明日报报道，会议明日召开。', { publishedAt: '2024-06-01' })
      .filter((f) => f.kind === 'date')
      .map((f) => [f.quote, f.value]);
    expect(dates).toEqual([['明日', '2024-06-02']]);
  });
});

describe('firms with coined names and names the dictionary holds whole', () => {
  it('joins a coined name, a legal form and a place-headed dictionary word', () => {
    const bodies = extractFacts(
      '他现任湖南省恒泰机械有限责任公司党委书记。恒瑞药业和自治区政府合作，' +
        '广西壮族自治区人民政府主办，旗下的瑞腾客车厂商谈合作。',
    )
      .filter((f) => f.kind === 'organization')
      .map((f) => f.quote);
    expect(bodies).toContain('湖南省恒泰机械有限责任公司');
    expect(bodies).toContain('广西壮族自治区人民政府');
    expect(bodies).not.toContain('瑞腾客车厂');
    expect(bodies).toContain('瑞腾客车');
  });
});

describe('years written short or shared, and money after a space', () => {
  it('reads a year sharing its 年, a year before 下半年 and a career year of the last century', () => {
    const dates = extractFacts(
      '计划将2025和2026年投资削减，2023下半年库存高，他96年获奖，活了96年。',
    )
      .filter((f) => f.kind === 'date')
      .map((f) => [f.quote, f.value]);
    expect(dates).toEqual([
      ['2025', '2025'],
      ['2026年', '2026'],
      ['2023', '2023'],
      ['96年', '1996'],
    ]);
  });

  it('reads an amount in 万 as yuan in a clause about spending, across a space', () => {
    const money = extractFacts('政府在道路上投入 300万，回报可观。').filter(
      (f) => f.kind === 'money',
    );
    expect(money.map((f) => [f.quote, f.value, f.unit])).toEqual([['300万', 3000000, 'CNY']]);
  });
});

describe('places abroad and places written together', () => {
  it('reads world capitals, and two places the segmenter joins into one word', () => {
    const places = extractFacts(
      '总统访问基辅，又在巴马科停留。會議在廣西南寧開幕。运河内的船很多。',
    )
      .filter((f) => f.kind === 'place')
      .map((f) => f.value);
    expect(places).toEqual(['Kyiv', 'Bamako', 'Guangxi', 'Nanning']);
  });

  it('keeps a coined name between a brand and its plant, but no verb', () => {
    const bodies = extractFacts('国电瑞腾发电厂今年满负荷运行，江淮组建公司的消息传来。')
      .filter((f) => f.kind === 'organization')
      .map((f) => f.quote);
    expect(bodies).toContain('国电瑞腾发电厂');
    expect(bodies).not.toContain('江淮组建公司');
  });
});

describe('counts of casualties and of places, and nouns not looked for across a number', () => {
  const figures = (text: string) =>
    extractFacts(text)
      .filter((f) => f.kind === 'quantity')
      .map((f) => [f.quote, f.value, f.unit]);

  it('counts one person in a casualty report, and provinces or places as their measure word', () => {
    expect(figures('事故致使一人死亡，两人受伤。京津两地和川渝两省市合作。')).toEqual([
      ['一人', 1, '人'],
      ['两人', 2, '人'],
      ['两地', 2, '地'],
      ['两省市', 2, '省市'],
    ]);
  });

  it('does not take a noun from before another number', () => {
    expect(figures('计划将产能从目前2万辆在2025年扩至9万辆。')).toEqual([
      ['2万辆', 20000, '辆'],
      ['9万辆', 90000, '辆'],
    ]);
  });
});

describe('English names of places and qualifiers after a measure word', () => {
  it('uses the official English of cities named in Mongolian or Uyghur, in full or short', () => {
    const places = extractFacts('巴彦淖尔市、鄂尔多斯和喀什地区的代表到会。')
      .filter((f) => f.kind === 'place')
      .map((f) => f.value);
    expect(places).toEqual(['Bayannur', 'Ordos', 'Kashgar']);
  });

  it('reads 左右 and 以上 after a measure word as qualifiers, not as the counted noun', () => {
    const figures = extractFacts('每株结果60粒左右，招收200人以上。')
      .filter((f) => f.kind === 'quantity')
      .map((f) => [f.quote, f.qualifier, f.unit]);
    expect(figures).toEqual([
      ['60粒左右', 'approximately', '粒'],
      ['200人以上', 'at_least', '人'],
    ]);
  });
});
