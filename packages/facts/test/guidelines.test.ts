import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import type { ExtractedFact } from '../src/index.ts';
import { isChromeLine } from '../src/shape.ts';

/** The facts of one kind, as [quote, value] pairs (and role, range, qualifier where given). */
const of = (facts: ExtractedFact[], kind: string) => facts.filter((f) => f.kind === kind);
const quotes = (facts: ExtractedFact[], kind: string) => of(facts, kind).map((f) => f.quote);
const find = (facts: ExtractedFact[], quote: string) => facts.find((f) => f.quote === quote);

describe('organizations bounded by word segmentation', () => {
  it('starts a name after a verb or preposition, and needs something that names it', () => {
    const facts = extractFacts(
      '他随后直接到江西省工商局办事，现任北京大学教授。跨国公司纷纷进入，国际组织表示关切。' +
        '医生检查了肺部和周围组织。山东聊城市中级人民法院作出裁定。固原市委副书记出席。',
    );
    const names = quotes(facts, 'organization');
    expect(names).toContain('江西省工商局');
    expect(names).toContain('北京大学');
    expect(names).toContain('山东聊城市中级人民法院');
    expect(names).toContain('固原市委');
    for (const wrong of [
      '直接到江西省工商局',
      '现任北京大学',
      '跨国公司',
      '国际组织',
      '肺部',
      '周围组织',
    ])
      expect(names).not.toContain(wrong);
  });

  it('names a local body by a division the gazetteer knows, not a mistagged phrase', () => {
    const facts = extractFacts(
      '我们表示热烈祝贺市政协五届一次会议开幕。满洲里市委、大安市政府发来贺信。',
    );
    const names = quotes(facts, 'organization');
    expect(names).toEqual(expect.arrayContaining(['满洲里市委', '大安市政府']));
    expect(names.some((n) => n.includes('热烈祝贺'))).toBe(false);
  });

  it('reads a bureau by its bare name as a generic designation, not a body', () => {
    const facts = extractFacts('宿舍在税务局旁，当地公安局介入。国家统计局发布，冠县国税局职工。');
    expect(quotes(facts, 'organization')).toEqual(['国家统计局', '冠县国税局']);
  });

  it('keeps the characters of the page in a name read through simplified forms', () => {
    const facts = extractFacts('中國—東盟技術轉移聯盟今天成立。（記者 倪乾）');
    expect(find(facts, '中國—東盟技術轉移聯盟')?.value).toBe('中國—東盟技術轉移聯盟');
    expect(of(facts, 'person').map((f) => f.value)).toContain('倪乾');
  });

  it('takes the outlet from a reporter label in a transcript', () => {
    const facts = extractFacts(
      '主持人：请提问。\n封面新闻记者：请问进展如何？\n香港大公报记者：谢谢。',
    );
    const names = quotes(facts, 'organization');
    expect(names).toEqual(expect.arrayContaining(['封面新闻', '大公报']));
  });
});

describe('places from the administrative divisions', () => {
  it('finds prefecture-level cities and counties with their English names', () => {
    const facts = extractFacts('代表团先后到访徐州、南通和连云港，又去了勃利县和冠县。');
    const places: Record<string, unknown> = Object.fromEntries(
      of(facts, 'place').map((f) => [f.quote, f.value]),
    );
    expect(places).toMatchObject({
      徐州: 'Xuzhou',
      南通: 'Nantong',
      连云港: 'Lianyungang',
      勃利县: 'Boli County',
      冠县: 'Guanxian',
    });
  });

  it('does not read a city inside an ordinary word', () => {
    expect(quotes(extractFacts('两种方案大同小异，都属于朝阳产业。'), 'place')).toEqual([]);
  });

  it('reads a district by its short name only right after its own city', () => {
    const facts = extractFacts('广州花都的整车基地投产。');
    expect(of(facts, 'place').map((f) => [f.quote, f.value])).toContainEqual([
      '花都',
      'Huadu District',
    ]);
    // Short names that are ordinary words, or a foreign place's name, are not read so.
    const plain = extractFacts('发展安宁疗护，在新建厂房里，日本马关条约。');
    expect(quotes(plain, 'place')).toEqual(['日本']);
  });
});

describe('people without a title beside them', () => {
  it('reads transliterated names after a title and dotted foreign names', () => {
    const facts = extractFacts('法国总统马克龙与乌克兰总统泽连斯基会谈。艾巴·伦德出席了会议。');
    const people: Record<string, string | null> = Object.fromEntries(
      of(facts, 'person').map((f) => [String(f.value), f.role]),
    );
    expect(people).toMatchObject({ 马克龙: '法国总统', 泽连斯基: '乌克兰总统' });
    expect(Object.keys(people)).toContain('艾巴·伦德');
  });

  it('reads credit lines, lists of names and speakers', () => {
    const facts = extractFacts(
      '获奖者为盖春来、谭金霖、王小明。\n言茂松认为，电价还会上涨。\n（记者 刘涛）\n(责编：萧潇、张妍)',
    );
    const names = of(facts, 'person').map((f) => f.value);
    expect(names).toEqual(
      expect.arrayContaining(['盖春来', '谭金霖', '王小明', '言茂松', '刘涛', '萧潇', '张妍']),
    );
    expect(of(facts, 'person').find((f) => f.value === '张妍')?.role).toBe('责编');
  });
});

describe('quantities by the annotation guidelines', () => {
  const facts = extractFacts(
    '他十三四岁离家，月薪四五千元，干了3年半，又过了8个多月。检测须在48小时内完成。' +
      '近两年来增速不高于15％，去年增长14％多。病例：222例。每天500毫升，药量50克。' +
      '相继获刑三到四年不等，预计投入大约为15-18万元，距今4年多。千年古树仍在。',
  );
  it.each([
    ['十三四岁', 13, 14, 'approximately'],
    ['四五千元', 4000, 5000, 'approximately'],
    ['3年半', 3.5, null, 'exact'],
    ['8个多月', 8, null, 'more_than'],
    ['48小时内', 48, null, 'at_most'],
    ['近两年', 2, null, 'exact'],
    ['不高于15％', 15, null, 'at_most'],
    ['14％多', 14, null, 'more_than'],
    ['222例', 222, null, 'exact'],
    ['500毫升', 500, null, 'exact'],
    ['50克', 50, null, 'exact'],
    ['三到四年', 3, 4, 'exact'],
    ['大约为15-18万元', 150000, 180000, 'approximately'],
    ['4年多', 4, null, 'more_than'],
  ])('%s → %s–%s %s', (quote, value, valueMax, qualifier) => {
    const fact = facts.find((f) => f.quote === quote || f.quote.endsWith(quote));
    expect(fact, quotes(facts, 'quantity').join(' ')).toBeDefined();
    expect(fact!.value).toBe(value);
    expect(fact!.valueMax).toBe(valueMax);
    expect(fact!.qualifier).toBe(qualifier);
  });

  it('leaves idiomatic round numbers alone', () => {
    expect(facts.some((f) => f.quote.includes('千年'))).toBe(false);
  });
});

describe('dates', () => {
  it('resolves relative dates against a publication date printed in the body', () => {
    const facts = extractFacts(
      '本站讯\n发表于 2005-07-31\n今年2月7日开工，去年完工一期。途胜04年上市。',
    );
    const dates: Record<string, unknown> = Object.fromEntries(
      of(facts, 'date').map((f) => [f.quote, f.value]),
    );
    expect(dates).toMatchObject({ 今年2月7日: '2005-02-07', 去年: '2004', '04年': '2004' });
  });

  it('keeps a relative date it cannot resolve, with no value and a low confidence', () => {
    const dates = of(extractFacts('今年2月7日开工，明日竣工。'), 'date');
    expect(dates.map((f) => f.quote)).toEqual(['今年2月7日', '明日']);
    for (const date of dates) {
      expect(date.value).toBeNull();
      expect(date.confidence).toBeLessThan(0.5);
    }
  });
});

describe('chrome', () => {
  it('proposes nothing from layout cells, menus, link lists and copyright notices', () => {
    expect(isChromeLine('首页 - 新闻 - 体育 - 娱乐 - 财经 - 汽车')).toBe(true);
    expect(isChromeLine('未经本网授权不得转载，版权均属于本报')).toBe(true);
    expect(isChromeLine('今年全市完成投资120亿元，同比增长8％，其中工业投资占四成。')).toBe(false);
    const facts = extractFacts(
      '| · | 某市召开会议部署30项工作 |\n| 正文第一段，全市新增就业岗位1.2万个，同比增长5％。 |',
    );
    expect(facts.map((f) => f.quote)).not.toContain('30项工作');
    expect(facts.some((f) => f.value === 12000)).toBe(true);
  });

  it('reads a paragraph printed twice once, at its last printing', () => {
    const para = '全年共接待游客320万人次，旅游收入达到45亿元，均创历史新高。';
    const text = `${para}\n\n${para}`;
    const money = of(extractFacts(text), 'money');
    expect(money).toHaveLength(1);
    expect(money[0]!.start).toBe(para.length + 2 + para.indexOf('45亿元'));
  });
});
