import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { namesTooLittle, wrappedParagraph } from '../src/clean/titleWords.ts';

/**
 * What a page saved as text is titled by where no headline stands over its story: a line
 * that names the story, never a menu run together, a pager's or a widget's words, nor a
 * piece of the story's own first sentence. Where no line is the headline, no title. Made-up
 * pages; the shapes are those of real crawler dumps.
 */
const story = [
  '本市今年的秋粮收购已于上周全面展开，各收购网点每天接待售粮农户超过两千人次，入库进度比去年同期快了三成。',
  '粮食部门介绍，今年新建的烘干中心投入使用后，农户不必再把湿粮摊在公路上晾晒，收购价格也比往年更加稳定。',
  '在城东的一个收购点，种粮大户老周刚刚卖完四十吨玉米，他说从排队到结账只用了不到一个小时，比过去省心多了。',
  '据了解，全市共设立收购网点一百二十个，预计整个收购季将持续到明年一月底，收购总量有望再创新高。',
];
const titleOf = (lines: string[]) => cleanArticle(lines.join('\n')).title;

describe('a line that names too little of the story', () => {
  it('is a long row of menu words run together, or a row of short link words', () => {
    const body = story.join('\n');
    expect(namesTooLittle('首页要闻国内国际财经体育娱乐科技汽车房产教育旅游', body)).toBe(true);
    expect(namesTooLittle('前章 后章', body)).toBe(true);
    expect(namesTooLittle('秋粮收购全面展开 老周卖粮不再愁', body)).toBe(false);
    // A short title may name its story in a word or two.
    expect(namesTooLittle('烘干中心', body)).toBe(false);
  });

  it('is no title of a page whose top has no headline', () => {
    expect(titleOf(['首页要闻国内国际财经体育娱乐科技汽车房产教育旅游', '', ...story])).toBe(null);
    expect(titleOf(['前章 后章', '', ...story])).toBe(null);
  });

  it('is no title where the page marked it as a heading over the story', () => {
    expect(titleOf(['##### 人参与 评论', '', ...story])).toBe(null);
  });
});

describe('the story’s own first line', () => {
  it('is a paragraph the dump wrapped at its width: no title', () => {
    const wrapped = story.join('').match(/.{1,24}/gu)!;
    expect(wrappedParagraph(wrapped, 0)).toBe(true);
    expect(wrappedParagraph(['秋粮收购全面展开', ...wrapped], 0)).toBe(false);
    expect(titleOf(wrapped)).toBe(null);
  });

  it('is a lede that opens on its date: the subheading under it is no title', () => {
    expect(
      titleOf([`2031年10月12日，${story[0]}`, '', '老周的四十吨玉米', '', ...story.slice(1)]),
    ).toBe(null);
  });
});

describe('the headline over a dateline', () => {
  it('is found across a comment counter between the dateline and the story', () => {
    expect(
      titleOf([
        '首页  新闻  财经',
        '',
        '粮仓门前不见长龙',
        '',
        '2031-10-12 08:30',
        '来源：本地日报',
        '',
        '57人参与11评论',
        '',
        ...story,
      ]),
    ).toBe('粮仓门前不见长龙');
  });
});

describe('a forum post’s title', () => {
  it('is read without its field’s label', () => {
    expect(
      titleOf([
        '论坛首页 > 本地生活',
        '',
        '主题：秋粮收购为何今年不用排长队？',
        '发表于 2031-10-12 08:30',
        '',
        ...story,
      ]),
    ).toBe('秋粮收购为何今年不用排长队？');
  });
});
