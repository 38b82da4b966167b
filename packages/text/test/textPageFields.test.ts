import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up notice of a town's library: three paragraphs. */
const notice = [
  '镇图书馆自下月起延长开放时间，周一至周五晚间开放至九点，周末全天开放，寒暑假期间另行安排。',
  '读者可凭身份证办理借阅证，每证最多借书五册，借期一个月，到期前可在服务台或电话续借一次。',
  '图书馆二楼新设少儿阅览区，配备绘本三千余册，欢迎家长带孩子前来阅读，请保持馆内安静整洁。',
];

describe('a page saved as text: the template’s fields under the story', () => {
  it('removes a poster field right under a post a lenient extractor ran onto one line', () => {
    // A lenient extractor keeps a board's table cells: the post on one line, its fields below.
    const page = [
      '| 相关评论: |  |',
      '| 点这里发表评论 |  |',
      '|  |  |',
      `| ${notice.join(' ')} |`,
      '| 发表人：书虫老李 |  |',
      '|  |  |',
      '| 请问少儿阅览区几点开门？ |  |',
      '| 发表人邮件：reader@example.org | 发表时间：2026-01-11 9:51:00 |',
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of notice) expect(result.cleaned).toContain(p);
    expect(result.cleaned).not.toContain('书虫老李');
    expect(result.cleaned).not.toContain('几点开门');
  });

  it('keeps a labelled line the story itself carries between its paragraphs', () => {
    // The same shape inside the story (no blank lines, a short `label：` line) is the story's.
    const page = [
      '镇图书馆延长开放时间',
      `| ${notice[0]} |`,
      '| 办证须知： |',
      `| ${notice[1]} |`,
      '| 少儿阅览： |',
      `| ${notice[2]} |`,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of notice) expect(cleaned).toContain(p);
    expect(cleaned).toContain('办证须知：');
    expect(cleaned).toContain('少儿阅览：');
  });
});

describe('the button that unfolds a folded story', () => {
  it('removes the button’s line and keeps the rest of the story after it', () => {
    for (const button of [
      '展开全文',
      '【阅读全文】',
      '展开剩余 65%',
      '继续阅读 ▼',
      '點擊展開全文',
    ]) {
      const page = [
        '镇图书馆延长开放时间',
        '',
        notice[0],
        '',
        button,
        '',
        notice[1],
        '',
        notice[2],
      ].join('\n');
      const result = cleanArticle(page);
      for (const p of notice) expect(result.cleaned, button).toContain(p);
      expect(result.cleaned, button).not.toContain(button);
      expect(
        result.edits.some(
          (e) =>
            e.rule === 'chrome.page-widget' &&
            e.state === 'applied' &&
            e.reason.includes('unfolds'),
        ),
        button,
      ).toBe(true);
    }
  });

  it('keeps a sentence that talks of reading the full text', () => {
    const said = '展开全文需要登录账号，馆方表示今后将取消这一限制，读者可直接阅读全文。';
    const page = [
      '镇图书馆延长开放时间',
      '',
      notice[0],
      '',
      said,
      '',
      notice[1],
      '',
      notice[2],
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain(said);
    expect(cleaned).toContain(notice[1]);
  });
});
