import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/**
 * The title of a page saved as text: the headline above the story, even where the page
 * set it apart from the story (a share bar, a picture's label between them) or the
 * cleaner removed it with the page's top. Made-up pages; the shapes are those of real
 * crawler dumps.
 */
const story = [
  '本市今年的秋粮收购已于上周全面展开，各收购网点每天接待售粮农户超过两千人次，入库进度比去年同期快了三成。',
  '粮食部门介绍，今年新建的烘干中心投入使用后，农户不必再把湿粮摊在公路上晾晒，收购价格也比往年更加稳定。',
  '在城东的一个收购点，种粮大户老周刚刚卖完四十吨玉米，他说从排队到结账只用了不到一个小时，比过去省心多了。',
  '据了解，全市共设立收购网点一百二十个，预计整个收购季将持续到明年一月底，收购总量有望再创新高。',
];
const menu = ['首页', '新闻', '财经', '体育', '图片', '视频'];

function page(top: string[]): string {
  return [...menu, '', ...top, '', story.join('\n\n'), '', '版权所有 本站 联系我们'].join('\n');
}

describe('the title of a page saved as text', () => {
  it('is the headline just above the story though it shares few words with it', () => {
    const raw = page([
      '秋粮收购第一线：老周卖粮不再愁',
      '',
      '[c3f9a0]',
      '',
      '收购点里排起长队。资料图',
    ]);
    expect(cleanArticle(raw).title).toBe('秋粮收购第一线：老周卖粮不再愁');
  });

  it('is found across a share bar’s buttons between the headline and the story', () => {
    const raw = page([
      '全市秋粮收购全面展开 入库进度快于去年',
      '2031-10-12 08:30 来源：本地日报',
      '微信',
      '微博',
      '评论',
    ]);
    expect(cleanArticle(raw).title).toBe('全市秋粮收购全面展开 入库进度快于去年');
  });

  it('is a headline the page set as a list of one item', () => {
    const raw = page([
      '  • 全市秋粮收购全面展开，入库进度快于去年',
      '',
      '分享到：',
      '',
      '最后更新: 2031-10-12',
    ]);
    expect(cleanArticle(raw).title).toBe('全市秋粮收购全面展开，入库进度快于去年');
  });

  it('leaves the story’s text as the strict reading cleaned it', () => {
    const raw = page([
      '秋粮收购第一线：老周卖粮不再愁',
      '',
      '[c3f9a0]',
      '',
      '收购点里排起长队。资料图',
    ]);
    const cleaned = cleanArticle(raw).cleaned;
    for (const paragraph of story) expect(cleaned).toContain(paragraph);
  });

  it('is never a credit, an original-title note, a menu row or a sentence cut at a comma', () => {
    for (const furniture of [
      '林小北/本地日报',
      '（原标题：全市秋粮收购展开）',
      '首页 - 新闻 - 财经 - 体育 - 图片',
      '本市今年的秋粮收购已于上周全面展开，',
    ]) {
      const title = cleanArticle([furniture, '', story.join('\n\n')].join('\n')).title ?? '';
      expect(title).not.toBe(furniture);
    }
  });
});
