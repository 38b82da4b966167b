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

describe('a text page’s title is never the page’s chrome', () => {
  const body = story.join('\n\n');
  const titleAbove = (top: string[]) => cleanArticle([...top, '', body].join('\n')).title;

  it.each([
    ['a number to text a code to', '天气早知道，订阅本地晴雨！ 发送TQ到8888 每天一条'],
    ['markup with a link', 'embed(http://ads.example.com/banner/2031/spring.swf)'],
    ['a greeting', '访客 欢迎您！'],
    ['a listing’s counted row', '[3]  主题：秋粮收购点排起长队'],
    ['a breadcrumb', '农业 >> 粮食动态 >> 收购新闻 | 排行榜'],
    ['a short bar-joined row', '所属单位 | 粮站'],
    ['a home link and a section', '首页 - 粮食新闻'],
    ['a section heading with its edit link', '收购概况[编辑]'],
    ['a byline', '本地日报城东频道  记者  林小北  周大川'],
    ['an English byline', 'By Ann Lee and Bo Chan'],
    [
      'a list of labelled links',
      'Example Farm[农庄主页] 粮仓网[收购价格] 种子站[良种目录] 农机论坛',
    ],
    ['a list item’s code', '(4b) 粮食经济学'],
    ['a picture’s credit', '“丰收”标语牌。城东粮站供图 本地日报'],
  ])('is not %s', (_, chrome) => {
    expect(titleAbove([chrome])).not.toBe(chrome);
  });

  it('keeps a headline that only uses such words', () => {
    for (const headline of [
      '台风今晨登陆沿海 粮站连夜转移存粮',
      '记者节里走访城东粮站',
      '秋粮收购价格走稳 烘干中心欢迎农户',
    ])
      expect(titleAbove([headline])).toBe(headline);
  });

  it('is none rather than the story’s first sentence or a subheading under it', () => {
    expect(cleanArticle(body).title).toBeNull();
    const withSubheading = [story[0], '', '烘干中心', '', ...story.slice(1)].join('\n');
    expect(cleanArticle(withSubheading).title).toBeNull();
  });

  it('is the headline set over a dateline, whatever words it uses', () => {
    const raw = page(['粮仓里的好年景', '', '2031-10-12 08:30 来源：本地日报']);
    expect(cleanArticle(raw).title).toBe('粮仓里的好年景');
  });

  it('is the headline far above the story when a list of links stands between them', () => {
    const links = ['相关新闻', ...[1, 2, 3, 4, 5, 6].map((n) => `· 粮价周报第${n}期 农机补贴新规`)];
    const raw = page(['秋粮收购全面展开 收购网点一百二十个', '', ...links]);
    expect(cleanArticle(raw).title).toBe('秋粮收购全面展开 收购网点一百二十个');
  });

  it('leaves out the page’s address a dump printed after the headline', () => {
    expect(titleAbove(['秋粮收购全面展开 入库进度快于去年    http://news.example.com/'])).toBe(
      '秋粮收购全面展开 入库进度快于去年',
    );
  });

  it('is the page’s own title a crawler wrote first, with the site’s name, when nothing nearer names the story', () => {
    // The headline shares no words with the story (and stands apart from it, over menus
    // and empty fields): only the page's title line, site name and all, names it.
    const raw = [
      '港口新航线首航成功_某某新闻网',
      '',
      '设为首页 | 加入收藏',
      '您的位置: 首页 > 本地',
      '',
      '作者:',
      '',
      '分类:',
      '',
      '2031-05-15 09:30 来源:某某日报',
      '',
      story.join('\n\n'),
      '',
      '版权所有 本站 联系我们',
    ].join('\n');
    expect(cleanArticle(raw).title).toBe('港口新航线首航成功');
    // Without the site's name after it, the first line is no more a title than the rest.
    expect(cleanArticle(raw.replace('_某某新闻网', '')).title).not.toBe(story[0]);
  });
});
