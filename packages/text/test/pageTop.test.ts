import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { isTrail } from '../src/clean/trail.ts';

/**
 * Made-up pages whose top misleads: a location trail ending in the page's title, a site's
 * menus over lines that bear no mark either way, a forum post's title over its byline.
 */

/** A board's menu: one- and two-word items, one a line, as a text dump shows them. */
const menu = ['首页', '热帖', '新帖', '会员', '帮助', '聊天室', '相册', '天气', '游戏', '商城'];

describe('a location trail', () => {
  it('is read as a trail: short first step, arrows, no step twice', () => {
    expect(isTrail('小镇论坛 → 提示信息 → [求助]谁知道河边的桥什么时候修好！提示信息')).toBe(true);
    expect(isTrail('首页 > 本地新闻 > 正文')).toBe(true);
    expect(isTrail('首页→生活→便民')).toBe(true);
  });

  it('is not a chain the text tells or a sentence that uses arrows', () => {
    expect(isTrail('甲队 → 甲队 → 乙队 → 丙队')).toBe(false);
    expect(isTrail('我们先把水烧开，然后 → 放入面条 → 再加青菜')).toBe(false);
    expect(isTrail('早上 → 中午')).toBe(false);
    expect(isTrail('办理流程→网上申请→窗口审核→领取证件。')).toBe(false);
    // A headline sets its places tight and runs on past them; a sentence goes on past a comma.
    expect(isTrail('北京→雄安→天津城际铁路今日全线贯通')).toBe(false);
    expect(isTrail('西宁 → 青海湖 → 茶卡盐湖 → 敦煌，这条环线自驾游一路都是风景！')).toBe(false);
    // A paragraph's line as a dump wraps it: the sentence goes on past the last place.
    expect(
      isTrail('哈尔滨 → 北京 → 郑州 → 武汉 → 广州，全程历时六天五夜，旅客可以在每个城市停'),
    ).toBe(false);
  });

  it('keeps a wrapped paragraph’s line that opens on a route', () => {
    const paragraph = [
      '　　记者从铁路部门获悉，今年暑运期间将开行多趟旅游专列，最受欢迎的一条行程为',
      '哈尔滨 → 北京 → 郑州 → 武汉 → 广州，全程历时六天五夜，旅客可以在每个城市停',
      '留一天，游览当地的主要景点和博物馆。',
    ];
    const next = [
      '　　铁路部门介绍，专列全部使用新型卧铺车厢，车上设有餐车和观景车厢，票价包含',
      '住宿、餐饮和景点门票，目前已经有超过两千名旅客报名，预计还将加开两趟列车。',
    ];
    const page = [
      '铁路新闻网  首页  新闻  旅游  专题',
      '',
      '暑运将开行多趟旅游专列 贯穿南北六天五夜',
      '',
      ...paragraph,
      '',
      ...next,
      '',
    ].join('\n');
    const { cleaned } = cleanArticle(page);
    expect(cleaned).toContain(paragraph[1]);
    expect(cleaned).toContain(next[1]);
  });

  it('reads no trail in a headline that lists places and says what of them after a colon', () => {
    expect(isTrail('上海 → 杭州 → 黄山：长三角高铁旅游线路正式开通')).toBe(false);
    expect(isTrail('Paris → Berlin → Warsaw: inside the new night trains')).toBe(false);
    // Counters beside a trail are no part of its steps.
    expect(isTrail('首页 > 社区 > 论坛 > 生活版       在线用户:1203')).toBe(true);
    const headline = '上海 → 杭州 → 黄山：长三角高铁旅游线路正式开通';
    const page = [
      '旅游频道',
      headline,
      '2024-06-01 10:00 来源：本报',
      '记者从铁路部门获悉，连接上海、杭州和黄山的高铁旅游专线今天正式开通，三地之间最快两个半小时可达，沿线共设车站九座。',
      '铁路部门提醒旅客，可通过官方售票平台购票，开通首周部分车次实行优惠票价。',
    ].join('\n\n');
    expect(cleanArticle(page).title).toBe(headline);
  });

  it('leaves a headline told with arrows as the headline', () => {
    const headline = '北京→雄安→天津城际铁路今日全线贯通';
    const story = [
      '记者从铁路部门获悉，连接北京、雄安新区和天津的城际铁路今天上午正式全线贯通运营，三地之间最快一小时可达，沿线共设车站十二座。',
      '据介绍，这条铁路全长约三百公里，设计时速三百五十公里，开通初期每天安排动车组列车四十对，节假日将视客流情况加开临时列车。',
    ];
    const page = ['某市新闻网', '', headline, '', '2024-06-01 10:00 来源：本报', '', ...story].join(
      '\n\n',
    );
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(headline);
    expect(result.title).toBe(headline);
  });

  it('keeps a route a sentence announces over the story, and a first paragraph told with arrows', () => {
    const route = '韩国 → 泰国 → 越南 → 日本';
    const first = '西宁 → 青海湖 → 茶卡盐湖 → 敦煌，这条环线自驾游一路都是风景！';
    const story = [
      '中国队今晚在半决赛中以二比一逆转日本队，连续第三次闯入决赛，决赛将在周日晚上对阵伊朗队。',
      '赛后主教练表示，球队下半场打出了应有的水平，队员们的拼搏精神值得肯定。',
    ];
    const results = ['半决赛战报', '卫冕冠军的晋级之路：', route, ...story].join('\n\n');
    expect(cleanArticle(results).cleaned).toContain(route);
    const headline = '暑期自驾游热门路线推荐：一路风景一路歌';
    const travel = cleanArticle(['旅游频道', headline, first, ...story].join('\n\n'));
    expect(travel.cleaned).toContain(first);
    expect(travel.title).toBe(headline);
  });

  it('is not taken for the article on a page with little prose, nor kept', () => {
    const trail = '小镇论坛 → 提示信息 → [求助]谁知道河边的桥什么时候修好！提示信息';
    const title = '小镇论坛-生活求助-[求助]谁知道河边的桥什么时候修好！提示信息';
    const notice = [
      '您在"[求助]谁知道河边的桥什么时候修好！"的时候出现问题,共有1项,以下是问题的详细说明',
      '这个帖子已经被移到别的版面！请从版面列表重新进入。',
      '您还没有登录，您可以先登录再查看这个帖子的内容。',
    ];
    const page = [...menu, '', trail, '', title, '', ...notice, ''].join('\n\n');
    const result = cleanArticle(page);
    expect(result.cleaned).not.toContain('→');
    for (const line of notice) expect(result.cleaned).toContain(line);
    expect(result.cleaned).toContain(title);
    expect(result.cleaned).not.toContain('聊天室');
  });
});

describe('menus above lines in doubt', () => {
  it('removes the menus the page opens with, and leaves the lines after them to the editor', () => {
    const title = '小镇论坛-生活求助-谁知道河边的桥什么时候修好';
    const lead = '   您在"谁知道河边的桥什么时候修好"的时候出现问题,共有1项,以下是问题的详细说明';
    const notice = [
      '这个帖子已经被移到别的版面！请从版面列表重新进入。',
      '您还没有登录，您可以先登录再查看。',
    ];
    const page = [...menu, '', '', title, '', lead, '', ...notice, ''].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).not.toContain('聊天室');
    expect(result.cleaned).toContain(title);
    expect(result.cleaned).toContain(lead.trim());
    for (const line of notice) expect(result.cleaned).toContain(line);
  });
});

describe('a forum post’s title over its byline', () => {
  // Wide enough (over 49 columns) to pass for a paragraph by its width alone.
  const title = '主题：你们周末一般都带着孩子去哪里钓鱼比较安全又方便呢？';
  const byline = '作者：河边老张 时间：2019-03-02 08:15:20';
  const post =
    '我家附近的水库去年开始收费了，一天三十块，鱼也不多。听说城北有条小河，水清鱼多，就是路不太好走。大家有没有推荐的地方，最好开车一个小时以内能到，带孩子去也安全的。';
  const replies = [
    '* 城北那条河确实不错【钓鱼的阿明】03-02 09:01 120字 [45/0]',
    '* 水库收费也还行吧【老李】03-02 09:30 35字 [30/0]',
    '* 周末人太多了【小王】03-02 10:12 20字 [28/0]',
  ];

  it('keeps the title as the headline and removes the byline, as a text page', () => {
    const page = [
      '游客 你好！',
      '',
      '首页 > 钓鱼论坛 > 经验交流',
      '',
      title,
      '',
      byline,
      '',
      post,
      '',
      '回复列表：',
      '',
      ...replies,
      '',
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(title);
    expect(result.cleaned).toContain(post);
    expect(result.cleaned).not.toContain('河边老张');
    expect(result.title).toContain('你们周末一般都带着孩子去哪里钓鱼');
  });

  it('removes the byline above the first paragraph of a web page’s article', () => {
    // The extractor's body opens with the title, under the page's trail.
    const article = [title, byline, post].join('\n\n');
    const result = cleanArticle(`首页 > 钓鱼论坛 > 经验交流\n\n${article}`, { mainText: article });
    expect(result.cleaned).toContain(post);
    expect(result.cleaned).not.toContain('河边老张');
  });

  it('leaves an interview’s question over a bare time (a transcript’s clock) in the story', () => {
    const headline = '市教育局局长做客在线访谈 谈今年中考改革';
    const question = '网友：今年中考体育考试的项目有变化吗？';
    const page = [
      headline,
      question,
      '2024-05-20 10:05:40',
      '李华：今年体育考试总分仍然是七十分，但是新增了游泳和球类项目供考生选择，考生可以根据自己的特长报名参加中考体育考试。',
      '网友：外地户籍的孩子能在本市参加中考吗？',
      '2024-05-20 10:12:03',
      '李华：只要孩子在本市连续就读满三年，并且父母有合法稳定的居住和就业证明，就可以在本市报名参加中考并录取。',
    ].join('\n\n');
    const result = cleanArticle(page);
    expect(result.title).toBe(headline);
    expect(result.cleaned).toContain(question);
  });

  it('leaves a labelled question with prose under it (a caption) in the story', () => {
    const caption = '资料图：周末去河边钓鱼的人多吗？';
    const page = [
      '钓鱼的人越来越多 城北小河周末挤满游客',
      '',
      caption,
      '',
      post,
      '',
      post.replace('三十块', '四十块'),
      '',
    ].join('\n');
    expect(cleanArticle(page).cleaned).toContain(caption);
  });
});
