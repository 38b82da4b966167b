import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up story, wrapped at a fixed width as a text browser lays out a page's column. */
const story = [
  '市图书馆今年新增了二十个自助借还点，分布在地铁站、',
  '社区服务中心和三所中学里，读者凭借书证就能借还图书。',
  '',
  '据馆方介绍，自助借还点开放半年来，累计借出图书四万',
  '多册，其中少儿读物和科普读物最受欢迎，占了一半以上。',
  '',
  '馆方表示，明年还将在两个新建小区增设借还点，并开通',
  '线上预约服务，读者可以在手机上预约，到点取书即可。',
];
const sidebar = ['热点推荐', '公园夜间开放', '时间延长', '新能源公交', '线路调整', '菜价平稳'];

/** The page as `w3m -dump` keeps it: the story's column, and a sidebar beside it on the same lines. */
function laidOut(indent: number): string {
  const pad = ' '.repeat(indent);
  const rows = [`${pad}城市新闻 > 文化`, '', `${pad}市图书馆新增二十个自助借还点`, ''];
  story.forEach((line, i) => {
    const beside = sidebar[i];
    const widthNow = [...line].length * 2;
    rows.push(
      beside ? `${pad}${line}${' '.repeat(Math.max(3, 60 - widthNow))}${beside}` : `${pad}${line}`,
    );
  });
  return rows.join('\n');
}

describe('a text browser’s dump that kept the page’s columns', () => {
  it('keeps the story’s column and removes the sidebar’s pieces on the lines they share', () => {
    const result = cleanArticle(laidOut(20));
    for (const line of story.filter((l) => l !== '')) expect(result.cleaned).toContain(line);
    for (const piece of ['公园夜间开放', '新能源公交', '菜价平稳'])
      expect(result.cleaned).not.toContain(piece);
    expect(result.edits.some((e) => e.rule === 'chrome.beside-article')).toBe(true);
  });

  it('leaves a page without columns as it is: gaps inside a line are not a layout', () => {
    const page = [
      '# 图书馆新增借还点',
      '',
      ...story.slice(0, 6),
      '借还时间   每天八点至二十二点   节假日照常开放',
      ...story.slice(6),
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.edits.some((e) => e.rule === 'chrome.beside-article')).toBe(false);
    expect(result.cleaned).toContain('节假日照常开放');
  });
});
