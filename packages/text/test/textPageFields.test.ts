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

/** A made-up review by a writer who closes no paragraph on a stop, wrapped at 80 columns as w3m does. */
const review = [
  '《石桥夜话》是一款以老城夜市为背景的解谜游戏，玩家扮演一名刚搬进老城的年轻摄影师，在\n夜市的摊位之间寻找失踪邻居留下的线索，每一条线索都藏在一张旧照片里',
  '游戏的画面采用手绘水彩风格，白天的老城安静而明亮，入夜之后灯笼一盏盏亮起，摊贩的叫\n卖声和石桥下的流水声交织在一起，营造出一种温暖又带点神秘的氛围',
  '解谜部分难度适中，大多数谜题都能从照片的细节里找到答案，卡关时还可以向夜市里的老人\n打听消息，他们会给出若有若无的提示',
];
const caption = '老城夜市解谜，手绘水彩风格与温暖故事结合';
const lastWords = '游戏目前售价28元，支持手机和电脑，暂时没有繁体中文';

describe('a writer who closes no paragraph on a stop', () => {
  it('keeps the story’s short last paragraph past captions the page repeats, and removes the captions', () => {
    const page = [
      '石桥夜话：老城夜市里的解谜之旅',
      '',
      ...review.flatMap((p) => [p, '']),
      ...[caption, caption, caption].flatMap((c) => [c, '']),
      lastWords,
      '',
      '  • 解谜游戏',
      '  • 独立游戏',
      '收藏',
      '举报',
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(lastWords);
    for (const p of review) expect(result.cleaned).toContain(p);
    expect(result.cleaned).not.toContain(caption);
    expect(result.cleaned).not.toContain('独立游戏');
  });

  it('still ends the story before a note in brackets and a label’s lead-in after it', () => {
    const note = '（本文来自某某游戏频道，更多原创评测请关注我们的公众号）';
    const leadIn = '欢迎订阅本站游戏周报，每周一送达最新评测与折扣信息，请填写邮箱：';
    const page = [
      '石桥夜话：老城夜市里的解谜之旅',
      '',
      ...review.flatMap((p) => [p, '']),
      note,
      '',
      leadIn,
      '',
      '  • 解谜游戏',
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of review) expect(result.cleaned).toContain(p);
    expect(result.cleaned).not.toContain(note);
    expect(result.cleaned).not.toContain(leadIn);
  });
});
