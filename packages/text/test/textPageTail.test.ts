import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up notice of a county's water office: three paragraphs. */
const notice = [
  '为保障春季灌溉用水安全，县水务局决定自3月1日起对城东水库实施分时段放水，每日放水时间为早上六点至上午十点。',
  '各乡镇应当提前组织村民清理渠道，及时上报用水需求，确需临时调整放水时间的，请提前两天向县水务局提出申请。',
  '放水期间请勿在渠道内游泳、捕鱼，发现渠道破损、漏水等情况，请立即拨打水务局值班电话报告，以便及时抢修。',
];

describe('a page saved as text: what follows the article', () => {
  it('keeps a short closing sentence run on from the last paragraph, and drops the credits after it', () => {
    const page = [
      '# 城东水库春季分时段放水',
      '',
      ...notice.flatMap((p) => [p, '']).slice(0, -1),
      '祝各位用水顺利！',
      '- 来源：某县日报 编辑：李明',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('祝各位用水顺利！');
    expect(cleaned).not.toContain('编辑：李明');
  });

  it('drops the prompts of the site’s account a dump keeps after the article, not a closing pointer to a site', () => {
    const page = [
      '# 城东水库春季分时段放水',
      '',
      ...notice.flatMap((p) => [p, '']),
      '详情请登录县水务局网站查询。',
      '',
      '图集预览:',
      '        您还未登录，请登录后进行收藏！',
      '',
      '是否“确认”跳转到登录页？',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('详情请登录县水务局网站查询。');
    expect(cleaned).not.toContain('收藏');
    expect(cleaned).not.toContain('登录页');
  });

  it('keeps a notice’s closing date: one date is no listing', () => {
    const page = [
      '# 城东水库春季分时段放水',
      '',
      ...notice.flatMap((p) => [p, '']),
      '特此通告。',
      '',
      '某县水务局',
      '',
      '2026年2月20日',
    ].join('\n');
    expect(cleanArticle(page).cleaned).toContain('2026年2月20日');
  });

  it('removes a list of other stories dated on lines of their own', () => {
    const others = [
      '12/02/2026',
      '城西新建污水处理厂投入试运行',
      '10/02/2026',
      '全县春耕备耕物资储备充足',
      '08/02/2026',
      '两座小型水库完成除险加固',
      '05/02/2026',
      '农村饮水工程覆盖率再创新高',
    ];
    const page = [
      '# 城东水库春季分时段放水',
      '',
      ...notice.flatMap((p) => [p, '']),
      '本栏目其他内容',
      '',
      ...others.flatMap((l) => [l, '']),
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of notice) expect(result.cleaned).toContain(p);
    expect(result.cleaned).not.toContain('污水处理厂');
    expect(result.cleaned).not.toContain('10/02/2026');
  });

  it('reads a site’s whole legal notice run onto one line as the page’s, however long', () => {
    const legal =
      '某某网版权与免责声明：① 凡本网注明“来源：某某网”的所有作品，版权均属于某某网，未经本网授权不得转载、摘编或以其它方式使用，已经本网授权使用的，应在授权范围内使用并注明来源，违者本网将追究其法律责任。② 凡本网注明来源为其他媒体的作品，均为转载，转载目的在于传递更多信息，并不代表本网赞同其观点或对其真实性负责，如有侵权请与本网联系。';
    const page = [
      '| 城东水库春季分时段放水 |',
      '',
      `| ${notice.join('')} |`,
      '',
      '| 【打印本稿】 | 【关闭】 |',
      '',
      `| ${legal} |`,
      '',
      '| 工作动态 |',
      '| · | 城西新建污水处理厂投入试运行 |',
      '| · | 全县春耕备耕物资储备充足 |',
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(notice[2]);
    expect(result.cleaned).not.toContain('版权与免责声明');
  });

  it('keeps a story that talks about a statement at length', () => {
    const story =
      '声明：县水务局今天发表声明，表示城东水库的放水安排是根据今年的降水情况和各乡镇上报的用水需求作出的，放水期间将安排专人巡查渠道，确保下游村庄的灌溉用水，同时提醒村民注意安全，不要在渠道内游泳或捕鱼，发现问题及时报告。';
    const page = ['# 水务局就放水安排发表声明', '', story, '', ...notice].join('\n');
    expect(cleanArticle(page).cleaned).toContain(story);
  });

  it('removes a row of bracketed controls and rules drawn in text after the story', () => {
    const page = [
      '# 城东水库春季分时段放水',
      '',
      ...notice.flatMap((p) => [p, '']),
      '---',
      '| 【评论】【论坛】【推荐】【大 中 小】【打印】 【关闭】',
      '---|---',
      '免费试用好产品 别错过!',
      '-------------------------------------------------------------------',
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of notice) expect(result.cleaned).toContain(p);
    expect(result.cleaned).not.toContain('【打印】');
    expect(result.cleaned).not.toContain('别错过');
    expect(result.cleaned.trimEnd().endsWith(notice[2]!)).toBe(true);
  });

  it('removes a pager whose labels are bracketed, however long the headlines after them', () => {
    const page = [
      '# 城东水库春季分时段放水',
      '',
      ...notice.flatMap((p) => [p, '']),
      '【上一篇】县里召开春季农业生产工作会议，部署水利设施检修和春耕备耕各项工作【',
      '下一篇】城西新建污水处理厂投入试运行，日处理能力达到两万吨！',
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(notice[2]);
    expect(result.cleaned).not.toContain('上一篇');
    expect(result.cleaned).not.toContain('污水处理厂');
  });

  it('removes a pager and a list of headlines on a page that holds little prose', () => {
    // A short news flash: one wrapped paragraph under its headline, dateline and counters,
    // as w3m lays it out at 80 columns with no blank line between.
    const page = [
      '  • 首页',
      '  • 新闻',
      '  • 上一篇 :',
      '    县里召开春季农业生产工作会议',
      '  • 下一篇 :',
      '    没有了',
      '',
      '城东水库春季分时段放水',
      '发布时间： 2026-02-20 10:09:11',
      '12',
      '为保障春季灌溉用水安全，县水务局决定自3月1日起对城东水库实施分时段放水，每日放',
      '水时间为早上六点至上午十点。各乡镇应当提前组织村民清理渠道，及时上报用水需求。',
      '请勿在渠道内游泳、捕鱼。',
      '',
      '相关推荐',
      '',
      '  • 城西新建污水处理厂投入试运行',
      '  • 全县春耕备耕物资储备充足',
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain('每日放');
    expect(result.cleaned).toContain('请勿在渠道内游泳');
    expect(result.cleaned).not.toContain('上一篇');
    expect(result.cleaned).not.toContain('下一篇');
    expect(result.cleaned).not.toContain('相关推荐');
    expect(result.cleaned).not.toContain('污水处理厂');
  });

  it('ends the story on its last sentence, not on teasers of other stories cut off mid-phrase', () => {
    // A lenient extractor's rows: the story in one cell, then a widget and teasers (a
    // headline and the start of its summary, cut at an even width, none closing a sentence).
    const page = [
      '|  | 城东水库春季分时段放水 |  |',
      `|  |  | ${notice.join(' ')}（记者 李明 报道） |  |`,
      '|  | ·点击订阅本地新闻早报 |  |',
      '|  | ·下载客户端 ---城西新建污水处理厂 ---全县春耕备耕物资储备 ·更多 |  |',
      '|  | 城西污水处理厂试运行 新厂日处理能力两万吨，采用膜生物反应器工艺，出水达到一级 |  |  |',
      '|  | 春耕物资储备充足 全县储备化肥三万吨、种子八百吨，农资价格总体平稳，农民反映今年 |  |  |',
      '|  | 两座水库除险加固 工程总投资一千二百万元，大坝防渗、溢洪道改建已经完成，下一步将 |  |  |',
      '|  | 农村饮水工程提速 今年将新建改造供水管网四百公里，覆盖全县十二个乡镇的一百多个 |  |  |',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of notice) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('膜生物反应器');
    expect(cleaned).not.toContain('一百多个');
  });

  it('does not take a numbered list of headlines of even width for the story', () => {
    const list = [
      '01/城西新建污水处理厂投入试运行：日处理能力达两万吨',
      '02/全县春耕备耕物资储备充足 化肥价格总体平稳',
      '03/两座小型水库完成除险加固：汛前全部蓄水',
      '04/农村饮水工程覆盖率再创新高，十二个乡镇受益',
      '05/县里召开春季农业生产工作会议 部署水利检修',
      '06/城南河道整治第一阶段完工，河水透明度提高一倍',
      '07/今年新建改造供水管网四百公里：年底前完工',
      '08/春季护林防火进入关键期 全县严禁野外用火',
    ];
    const page = ['城东水库春季分时段放水', '', notice[0], '', ...list].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(notice[0]);
    // The list lies after the story: proposed for removal (it bears no label), not the story.
    const after = result.edits.find((e) => e.rule === 'chrome.after-article');
    expect(page.slice(after?.start, after?.end)).toContain(list[0]);
    expect(page.slice(after?.start, after?.end)).toContain(list[7]);
  });

  it('removes a post’s signature and posting stamp run onto the post’s own line', () => {
    const page = [
      '| 某论坛 > 生活版 | 版主：[申请版主] |',
      '|  | 城东水库春季分时段放水 |',
      `| 老水工 | ${notice.join(' ')} ------------------------------ 我的博客 http://example.com/laoshuigong 〓 生活版 发布时间 2026/02/20 10:09:11 by 老水工 〓 |`,
      '|  | ← 返回 |',
      '|  | 说得好 |',
      '| 路人甲 | 支持 ------------------------------ 〓 生活版 发布时间 2026/02/20 11:30:02 by 路人甲 〓 |',
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of notice) expect(result.cleaned).toContain(p);
    expect(result.cleaned).not.toContain('我的博客');
    expect(result.cleaned).not.toContain('10:09:11');
    expect(result.edits.some((e) => e.rule === 'chrome.signature' && e.state === 'applied')).toBe(
      true,
    );
  });

  it('keeps a line with a rule in it when no posting time follows the rule', () => {
    const page = [
      '# 城东水库春季分时段放水',
      '',
      `${notice[0]} ------------------------------ ${notice[1]}`,
      '',
      notice[2],
    ].join('\n');
    expect(cleanArticle(page).cleaned).toContain(notice[1]);
  });

  it('keeps paragraphs written with no full stop after an image caption, where the writer never uses one', () => {
    // The first paragraph closes on a stop; the writer's others do not.
    const unstopped = notice.map((p, i) => (i === 0 ? p : p.replace(/。$/, '')));
    const page = [
      '城东水库春季分时段放水',
      '',
      unstopped[0],
      '',
      '城东水库放水现场 摄影 李明',
      '',
      unstopped[1],
      '',
      unstopped[2],
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of unstopped) expect(cleaned).toContain(p);
  });
});

describe('a page saved as text: prose far down a list of headlines', () => {
  /** Other stories' headlines, as a portal lists them under its related-links label. */
  const headlines = Array.from(
    { length: 24 },
    (_, n) => `  - ${['全县', '城西', '市区', '南湖'][n % 4]}第${n + 1}批民生项目进展顺利`,
  );
  /** A columnist's post in the sidebar: sentences, but not the notice's. */
  const post = [
    '    本周北方冷空气南下，各地气温普遍下降五到八度，出行请注意添衣保暖，',
    '    早晚温差较大，老人和孩子尤其要防范感冒，饮食上多喝热水少吃生冷，室内注意通风，',
    '    取暖时要防范一氧化碳中毒，使用电暖器不要离床铺和窗帘太近，出门前记得断电，',
    '    驾车出行的朋友要留意路面结冰，降低车速，保持车距，遇到团雾天气及时打开雾灯。',
  ];

  it('removes the list outright and proposes only the run of prose in it', () => {
    const page = [
      '# 城东水库春季分时段放水',
      '',
      ...notice.flatMap((p) => [p, '']),
      '相关新闻',
      '',
      ...headlines.slice(0, 16),
      '',
      ...post,
      '',
      ...headlines.slice(16),
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of notice) expect(result.cleaned).toContain(p);
    const after = result.edits.filter((e) => e.rule === 'chrome.after-article');
    const removed = (e: (typeof after)[number]) => page.slice(e.start, e.end);
    // The headlines above and below the post go for sure.
    expect(result.cleaned).not.toContain('第1批民生项目');
    expect(result.cleaned).not.toContain('第24批民生项目');
    // The post is only proposed: the editor decides whether it belongs to the notice.
    const proposed = after.filter((e) => e.state === 'proposed');
    expect(proposed.map(removed)).toEqual([expect.stringContaining('冷空气南下')]);
    expect(proposed[0]!.reason).toMatch(/written in sentences amid its furniture/);
    expect(result.cleaned).toContain('冷空气南下');
  });
});
