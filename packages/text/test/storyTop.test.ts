import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { shapeOf } from '../src/clean/lineShape.ts';
import { storyPoints } from '../src/clean/points.ts';
import { toldSteps } from '../src/clean/trail.ts';

/**
 * Made-up pages whose story opens with short lines of its own, or whose headline looks like
 * furniture: an explainer's key points, a poem, a headline under a kicker, a headline told
 * with arrows. Each is the story's, and stays.
 */

/** A site's menu: one- and two-word items, one a line. */
const menu = ['首页', '新闻', '财经', '体育', '娱乐', '科技', '汽车', '房产', '旅游', '教育'];
const dateline = '2026-08-20 09:00 来源：本报';

const school = [
  '市教育局昨天发布了新学期的课后服务方案，全市所有公办小学将在下周一起统一延长课后服务时间，每天下午放学后增加一个半小时的托管和兴趣活动。',
  '据介绍，课后服务的内容由各校自行安排，可以是作业辅导、体育锻炼、阅读和艺术活动，学生和家长可以自愿选择，学校不得以课后服务的名义讲授新课。',
  '市教育局有关负责人表示，课后服务的费用由财政补贴和家长分担，家庭经济困难的学生可以申请免费，具体办法将在开学前向社会公布。',
];
const schoolHeadline = '新学期课后服务怎么安排？一文读懂';
/** The explainer's key points, as the page sets them over the story. */
const points = [
  '第一，放学时间延后一个半小时',
  '第二，课后服务内容由学校安排',
  '第三，学生和家长自愿选择参加',
  '第四，不得讲授新课',
  '第五，费用由财政和家长分担',
  '第六，困难学生可以申请免费',
  '第七，下周一起全市统一实施',
  '第八，具体办法开学前公布',
];

describe('an explainer that opens with its key points', () => {
  it('keeps bulleted points under the headline, and removes the menu and dateline', () => {
    const page = [
      ...menu,
      '',
      schoolHeadline,
      '',
      dateline,
      '',
      ...points.map((p) => `- ${p}`),
      '',
      ...school,
    ].join('\n');
    const result = cleanArticle(page);
    for (const point of points) expect(result.cleaned).toContain(point);
    expect(result.cleaned).not.toContain('房产');
    expect(result.cleaned).not.toContain(dateline);
    expect(result.title).toBe(schoolHeadline);
  });

  it('takes no point for the headline where the points carry no bullets', () => {
    const page = [...menu, '', schoolHeadline, '', ...points, '', ...school].join('\n');
    const result = cleanArticle(page);
    expect(result.title).toBe(schoolHeadline);
    for (const point of points) expect(result.cleaned).toContain(point);
  });

  it('keeps them where the headline above them was not found, the menu going still', () => {
    // A headline in few of the story's words: the whole top of the page is one block.
    const headline = '开学前必读：家长最关心的八件事';
    const page = [...menu, '', headline, '', ...points.map((p) => `- ${p}`), '', ...school];
    const { cleaned } = cleanArticle(page.join('\n'));
    for (const point of points) expect(cleaned).toContain(point);
    expect(cleaned).not.toContain('房产');
  });

  it('still removes a bulleted list of the site’s sections under the headline', () => {
    const sections = ['本地要闻', '教育动态', '招生考试', '校园生活', '家长课堂', '图片新闻'];
    const page = [
      ...menu,
      '',
      schoolHeadline,
      '',
      ...sections.map((s) => `- ${s}`),
      '',
      ...school,
    ].join('\n');
    const { cleaned } = cleanArticle(page);
    for (const section of sections) expect(cleaned).not.toContain(section);
  });

  it('reads points by their words and their shape, not by their shortness alone', () => {
    const story = school.join('\n');
    expect(storyPoints(points.map(shapeOf), story)).toBe(true);
    // Points that say nothing the story says are some other page's.
    const others = [
      '第一，球队今晚客场迎战老对手',
      '第二，主力前锋伤愈复出',
      '第三，门票已经全部售罄',
    ];
    expect(storyPoints(others.map(shapeOf), story)).toBe(false);
    // Menu items repeat the story's words (教育, 课后) but are no points.
    expect(storyPoints(['教育新闻', '课后服务', '学校通知', '家长课堂'].map(shapeOf), story)).toBe(
      false,
    );
  });
});

const poem = [
  '春风吹过小河边',
  '柳枝轻摆燕归来',
  '孩子奔跑田野上',
  '油菜花开满山坡',
  '蜜蜂忙着采花蜜',
  '老人门前晒太阳',
];
const poemStory = [
  '这首小诗的作者是城东小学四年级的学生李明，他在今年春天随班级到郊外踏青，看到油菜花开满山坡，回来后写下了这首诗，并在全市小学生诗歌比赛中获得了一等奖。',
  '李明的语文老师说，这首诗用的都是孩子眼里最平常的景物，没有华丽的词句，却把春天乡村的安静和热闹都写了出来，评委们读后都很喜欢。',
  '据了解，今年的诗歌比赛共收到全市两百多所小学的三千多首作品，获奖作品将结集出版，并在市图书馆展出一个月。',
];
const poemHeadline = '小学生写春天的诗获一等奖';

describe('a poem over the story', () => {
  it('takes no verse the story quotes for the headline, and keeps the poem', () => {
    for (const page of [
      [...menu, '', poemHeadline, '', dateline, '', ...poem, '', ...poemStory],
      [...menu, poemHeadline, ...poem, ...poemStory],
    ]) {
      const result = cleanArticle(page.join('\n'));
      expect(result.title).toBe(poemHeadline);
      for (const verse of poem) expect(result.cleaned).toContain(verse);
      expect(result.cleaned).not.toContain('房产');
    }
  });

  it('reads verses set apart by blank lines as a stanza too', () => {
    const page = [
      ...menu,
      '',
      poemHeadline,
      '',
      dateline,
      '',
      ...poem.flatMap((v) => [v, '']),
      ...poemStory,
    ];
    const result = cleanArticle(page.join('\n'));
    expect(result.title).toBe(poemHeadline);
    for (const verse of poem) expect(result.cleaned).toContain(verse);
  });

  it('takes a headline as wide as the verses under it for the headline still', () => {
    const headline = '春天小诗获一等奖';
    const page = [...menu, '', headline, ...poem, '', ...poemStory];
    expect(cleanArticle(page.join('\n')).title).toBe(headline);
  });
});

describe('a headline the page wrapped onto lines of a like width', () => {
  it('is no stanza: its lines stay with the story', () => {
    const wrapped = [
      '市人民政府关于禁止在城南',
      '河道综合整治工程征地范围内',
      '新增建设项目的通告',
    ];
    const notice = [
      '为做好城南河道综合整治工程建设，确保征地范围内实物调查工作顺利进行，维护相关单位和群众的合法权益，现就有关事项通告如下：',
      '一、自本通告发布之日起，在城南河道综合整治工程征地范围内，禁止任何单位和个人新建、扩建和改建建设项目，禁止擅自开发土地和修建房屋。',
      '二、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策，请有关单位和个人遵照执行。',
    ];
    const page = [
      ...menu,
      '',
      '标题：市人民政府关于禁止在城南河道综合整治工程征地范围内新增建设项目的通告',
      '分享到 - 微信',
      ...wrapped,
      '市政明电〔2026〕3号',
      ...notice,
    ].join('\n');
    const kept = cleanArticle(page).cleaned.split('\n');
    for (const line of wrapped) expect(kept).toContain(line);
  });
});

describe('a headline under a kicker', () => {
  it('takes the longer deck under a kicker for the headline, and keeps it', () => {
    const kicker = '一个孩子眼里的春天';
    const page = [...menu, '', kicker, poemHeadline, '', dateline, '', ...poemStory].join('\n');
    const result = cleanArticle(page);
    expect(result.title).toBe(poemHeadline);
    expect(result.cleaned).toContain(poemHeadline);
  });

  it('keeps the upper deck over a subtitle led by a dash', () => {
    const subtitle = '——记四年级学生李明和他的一首小诗';
    const page = [...menu, '', poemHeadline, subtitle, '', dateline, '', ...poemStory].join('\n');
    expect(cleanArticle(page).title).toBe(poemHeadline);
  });
});

describe('a headline told with arrows', () => {
  const headline = '从小作坊→大工厂→再到上市公司';
  const story = [
    '二十年前，张师傅在自家院子里开了一个小作坊，专门加工竹编工艺品，最初只有三个工人，每个月的收入勉强维持生活。',
    '后来他贷款建起了大工厂，引进了新的设备，产品开始销往全国各地，工人也增加到了两百多人。',
    '今年春天，这家企业在创业板成功上市，成为本地第一家上市的竹制品公司，张师傅说他最大的心愿是让更多乡亲在家门口就业。',
  ];

  it('keeps a headline whose every step the story names, as the title', () => {
    const page = [...menu, '', headline, '', dateline, '', ...story].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(headline);
    expect(result.title).toBe(headline);
  });

  it('keeps one set with spaced arrows, a row of cells otherwise', () => {
    const spaced = '从作坊 → 工厂 → 上市公司';
    const result = cleanArticle([...menu, '', spaced, '', dateline, '', ...story].join('\n'));
    expect(result.cleaned).toContain(spaced);
    expect(result.title).toBe(spaced);
  });

  it('still reads the site’s path as a trail: the story never names its sections', () => {
    const body = story.join('\n');
    expect(toldSteps(headline, body)).toBe(true);
    expect(toldSteps('首页→财经→企业', body)).toBe(false);
    const page = [...menu, '', '首页→财经→企业', '', headline, '', dateline, '', ...story].join(
      '\n',
    );
    const result = cleanArticle(page);
    expect(result.cleaned).not.toContain('首页→财经→企业');
    expect(result.title).toBe(headline);
  });

  it('reads a path beside the headline as the site’s trail, though the story names its sections', () => {
    const matchStory = [
      '昨晚，广州队在天河体育中心迎战上海队，这是本赛季中超联赛第一轮的焦点战，吸引了四万多名球迷到场观战。',
      '上半场第二十分钟，广州队前锋接队友传中头球破门，这也是他本赛季在中超的第一个进球，全场球迷起立欢呼。',
      '下半场上海队加强进攻，但始终未能攻破对方球门，赛后主教练表示，球队对新赛季的足球充满信心。',
      '据悉，本轮中超联赛其余比赛将于今晚进行，体育中心周边交通将实行临时管制，请球迷提前安排出行。',
    ];
    const matchHeadline = '广州队主场一比零小胜上海队';
    for (const trail of ['体育 > 足球 > 中超', '体育→足球→中超']) {
      // Over the headline, or between it and the story.
      for (const top of [
        [trail, '', matchHeadline],
        [matchHeadline, '', trail],
      ]) {
        const page = [...menu, '', ...top, '', dateline, '', ...matchStory].join('\n');
        const result = cleanArticle(page);
        expect(result.title).toBe(matchHeadline);
        expect(result.cleaned).not.toContain(trail);
      }
    }
  });
});
