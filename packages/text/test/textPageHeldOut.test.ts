import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { shapesOf } from '../src/clean/lineShape.ts';
import { lastSentence } from '../src/clean/region.ts';

/**
 * Whole pages saved as text, in the shapes crawlers save pages nobody tuned the cleaner for
 * (`w3m -dump -cols 1000`, html2text's Markdown). All text made up.
 */
const story = [
  '本报讯（记者王小明）县农业农村局9日宣布，今年全县新建高标准农田两万亩，覆盖十二个乡镇，预计每亩增产粮食一百斤。',
  '据介绍，新建农田统一配套灌溉渠道和机耕道路，由县财政和乡镇共同出资，施工队伍已于上月全部进场，工程将在春耕前完工。',
  '县农业农村局负责人表示，工程完工后将交由村集体管护，县里每年安排专项资金用于维修，确保农田长期发挥效益。',
  '部分村民反映，过去地块零散、灌溉不便，新建农田连片后可以使用大型农机，种地成本明显下降，收入也有望增加。',
];

describe('a page saved as text: held-out shapes', () => {
  it('keeps the story under a comment widget’s label when dated headlines follow far below it', () => {
    const page = [
      '全县新建高标准农田两万亩城西公园改造完成开放：市民点赞，有人说“比以前好多了”三所学校新建食堂投入使用河道清淤工程进展顺利春季植树活动吸引上千市民参加：有人带着孩子来，也有人组团来老旧小区加装电梯工作启动全县首批家庭农场名单公布冬季供暖保障工作会议召开',
      '',
      '  • 首页',
      '  • 搜索',
      '',
      '评论',
      '图片',
      '',
      ...story.flatMap((p) => [`\u3000\u3000${p}`, '']),
      '【纠错】',
      '责任编辑：赵六',
      '',
      '热门',
      '  • 城西公园改造完成开放',
      '    2026-03-02 08:58:39',
      '  • 三所学校新建食堂投入使用',
      '    2026-03-02 08:58:39',
      '  • 河道清淤工程进展顺利',
      '    2026-03-01 14:40:53',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of story) expect(cleaned).toContain(p);
  });

  it('does not take a live feed of remarks, each under today’s time, for the story', () => {
    const remarks = [
      '早盘两市小幅高开，随后在银行板块带动下震荡走高，成交量较上一交易日明显放大，市场情绪有所回暖，短线可以继续关注量能变化，不宜盲目追高。',
      '午前指数冲高回落，上方压力依然明显，建议投资者控制仓位，耐心等待回调后的机会，不要被短期波动影响判断，中长期仍然看好消费和科技板块。',
      '板块方面，农业、水利等题材表现活跃，资金轮动速度加快，个股分化明显，操作上以低吸为主，切忌追涨杀跌，同时注意防范业绩不达预期的风险。',
      '午后如果成交量不能持续放大，指数大概率维持震荡格局，短线注意控制节奏，逢高适当减仓，逢低关注优质个股，耐心持有等待市场给出明确方向。',
    ];
    const page = [
      '# 全县新建高标准农田两万亩',
      '2026-03-09 19:55 某县日报',
      '',
      ...story.slice(0, 2).flatMap((p) => [p, '']),
      '责任编辑：赵六',
      '',
      '热门推荐',
      '',
      '城西公园改造完成开放',
      '三所学校新建食堂投入使用',
      '',
      '市场直播',
      ...remarks.flatMap((r, i) => [
        `  • 老师${i + 1}`,
        '',
        `    老师${i + 1}今天 12:0${i}:37`,
        '',
        `    ${r}`,
      ]),
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of story.slice(0, 2)) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain(remarks[0]);
  });

  it('removes a footer of rights and contacts run onto long lines, and keeps a story that names a phone line', () => {
    const told =
      '县水务局值班电话：0123-4567890，群众发现渠道破损可随时拨打，工作人员将在两小时内赶到现场处理。';
    const page = [
      '# 全县新建高标准农田两万亩',
      '',
      ...story.flatMap((p) => [p, '']),
      told,
      '',
      '版权所有某县融媒体中心　Copyright © 2026 All rights reserved.　某ICP备12345678号-1　某公网安备12345678901234号',
      '　单位地址：某县人民路1号　新闻热线：0123-7654321　传真：0123-7654322　联系邮箱：news@example.cn',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of [...story, told]) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('Copyright');
    expect(cleaned).not.toContain('联系邮箱');
  });

  it('reads a notice labelled in brackets as the page’s, not as a rival story', () => {
    const page = [
      '# 全县新建高标准农田两万亩',
      '',
      story[0],
      '',
      '（责任编辑：赵六）',
      '',
      '【免责声明】文中观点属于作者个人，不代表本站的立场。本站不担保文中信息准确、完整或及时，读者据此作出的任何决定，后果由读者自己承担，本站不负任何责任。',
      '网站首页 - 联系我们 - 关于我们 - 广告服务',
      '不良信息举报电话：0123-4567890 客服电话：0123-4567891 传真：0123-4567892 邮箱：help@example.cn',
      '本站提示：文中数字只作参考，不构成任何建议，据此操作请多加小心。',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain(story[0]);
    expect(cleaned).not.toContain('免责声明');
    expect(cleaned).not.toContain('客服电话');
  });

  it('removes long readers’ posts under a comment label when each carries its time ago', () => {
    const post =
      '我觉得这件事情要分两面看，一方面农田建设确实让种地方便了很多，另一方面后期管护如果跟不上，过几年渠道又会坏掉，到时候还是农民吃亏，所以希望县里把管护资金真正落到实处，不要只是一阵风，也希望村里能把账目公开，让大家心里有数，这样大家才愿意出力维护这些设施。';
    const page = [
      '# 全县新建高标准农田两万亩',
      '',
      ...story.flatMap((p) => [p, '']),
      '### 热门评论 2条',
      '',
      '    - 老农民',
      '',
      post,
      '',
      '12小时前',
      '',
      '回复 踩0 赞10 收藏',
      '',
      '    - 路人甲',
      '',
      '说得好，支持！',
      '',
      '3小时前',
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of story) expect(result.cleaned).toContain(p);
    expect(result.cleaned).not.toContain(post);
  });

  it('removes a list of headlines, each with its source and a count, under 为您推荐', () => {
    const page = [
      '# 全县新建高标准农田两万亩',
      '',
      ...story.flatMap((p) => [p, '']),
      '（实习生李四对此文亦有贡献）',
      '',
      '推荐12',
      '',
      '### 为您推荐',
      '',
      ...[
        ['城西公园改造完成开放市民纷纷前来游玩拍照', '某县日报'],
        ['三所学校新建食堂投入使用学生吃上热乎饭', '某市晚报'],
        ['河道清淤工程进展顺利预计月底全面完工', '某县电视台'],
        ['春季植树活动吸引上千市民参加共植树木万株', '某县日报'],
        ['老旧小区加装电梯为啥这么难？听听居民怎么说', '某市晚报'],
        ['全县首批家庭农场名单公布共有三十家入选', '某县电视台'],
        ['冬季供暖保障工作会议召开部署下一步重点工作', '某县日报'],
        ['县医院新门诊楼正式启用，看病再也不用排长队！', '某市晚报'],
      ].flatMap(([headline, source]) => [headline, '', source, '', '0', '']),
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of story) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('城西公园');
  });

  it('removes an unlabelled list of headlines after the story though a few end in ？ or ！', () => {
    const headlines = [
      '城西公园改造完成开放市民纷纷前来游玩拍照',
      '老旧小区加装电梯为啥这么难？听听居民怎么说',
      '三所学校新建食堂投入使用学生吃上热乎饭',
      '河道清淤工程进展顺利预计月底全面完工',
      '春季植树活动吸引上千市民参加共植树木万株',
      '县医院新门诊楼正式启用，看病再也不用排长队！',
      '全县首批家庭农场名单公布共有三十家入选',
      '冬季供暖保障工作会议召开部署下一步重点工作',
    ];
    const page = [
      '# 全县新建高标准农田两万亩',
      '',
      ...story.flatMap((p) => [p, '']),
      '### 看点',
      '',
      ...headlines.flatMap((h) => [h, '', '某县日报', '']),
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of story) expect(cleaned).toContain(p);
    for (const h of headlines) expect(cleaned).not.toContain(h);
  });
});

describe('a story that closes on a list of sentences', () => {
  const items = [
    '★3月17日及3月21日，游客可从县城出发，前往北山景区，开启两晚三天的徒步之旅；',
    '★3月25日是前往南湖湿地及东岸古镇的三晚四天行程，全程由当地向导陪同讲解；',
    '★游客还可以选择3月30日出发，到西岭滑雪场体验冰雪运动，全程为两晚三天。',
  ];
  const lines = [...story, '[412]', '资料图', '线路安排已经出炉', ...items];
  const shapes = shapesOf(lines.map((trimmed) => ({ trimmed })));
  // The story's lines are worth their length; the picture's marks and caption are furniture.
  const values = shapes.map((s, i) =>
    i < story.length ? s.tokens : i < story.length + 3 ? -3 : 1,
  );
  const run = { first: 0, last: lines.length - 1, worth: 200 };

  it('runs on to its last item: each closes a sentence, as no teaser does', () => {
    expect(lastSentence(shapes, values, run)).toBe(lines.length - 1);
  });

  it('still stops at its last sentence when what follows the furniture closes none', () => {
    const teasers = [...story, '[412]', '资料图', '★县城公园改造完成开放', '★三所学校新建食堂'];
    const teaserShapes = shapesOf(teasers.map((trimmed) => ({ trimmed })));
    const teaserValues = teaserShapes.map((s, i) =>
      i < story.length ? s.tokens : i < story.length + 2 ? -3 : 1,
    );
    const teaserRun = { first: 0, last: teasers.length - 1, worth: 200 };
    expect(lastSentence(teaserShapes, teaserValues, teaserRun)).toBe(story.length - 1);
  });
});
