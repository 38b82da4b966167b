import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up report of a county library, as a dump that joined its table cell into one line. */
const story = [
  '县图书馆今年新增藏书两万册，其中科技类图书占三成，少儿读物占两成，馆内还开设了古籍阅览室。',
  '馆长表示，明年将继续扩建电子阅览区，增加自助借还设备，并延长周末开放时间，方便上班族借阅。',
  '据悉，新馆的改造工程耗资三百多万元，预计明年五月全部完工，届时全县读者都可以免费办理借书证。',
].join(' ');
const menu = '| 首页 | 新闻 | 文化 | 图书 | 活动 | 论坛 |';
/** The page's label under the story: a page saved as text is read for its article from three lines up. */
const label = '作者的其他文章';

describe('a page saved as text: a bare link after the story’s last sentence', () => {
  it('removes a download link run onto the story’s closing line, and keeps the cell’s bar', () => {
    const page = [
      menu,
      `| ${story} http://files.example.org/upload/2005/report.zip | `,
      label,
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).not.toContain('report.zip');
    expect(result.cleaned).toContain('都可以免费办理借书证。 | ');
    const edit = result.edits.find((e) => e.rule === 'chrome.after-article');
    expect(edit?.state).toBe('applied');
    expect(page.slice(edit!.start, edit!.end)).toBe(
      ' http://files.example.org/upload/2005/report.zip',
    );
  });

  it('keeps an address a sentence carries, or one given after a label', () => {
    for (const closing of [
      '详情请见 http://www.example.org/ 。',
      '网站： http://www.example.org',
    ]) {
      const page = [menu, `| ${story}${closing} | `, label].join('\n');
      expect(cleanArticle(page).cleaned).toContain('www.example.org');
    }
  });

  it('keeps an address that is not on the story’s last line', () => {
    const page = [
      menu,
      `${story} http://www.example.org/first`,
      '',
      story.replace('县图书馆', '市博物馆'),
      label,
    ].join('\n');
    expect(cleanArticle(page).cleaned).toContain('http://www.example.org/first');
  });
});
