import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { chromeEdits } from '../src/clean/chrome.ts';
import { resolveOverlaps } from '../src/clean/edits.ts';
import type { CleaningEdit } from '../src/clean/edits.ts';

/** A made-up story: four paragraphs of a report on a river-cleaning project. */
const story = [
  '市生态环境局12日通报，城南河道综合整治工程已完成第一阶段施工，清理淤泥约3.2万立方米，沿岸新建截污管道4.6公里，河水透明度比去年同期提高了一倍。',
  '据介绍，工程于今年3月开工，总投资约1.8亿元，分三个阶段实施。第一阶段重点是截污和清淤，第二阶段将修复沿岸湿地，第三阶段建设滨河步道和两处口袋公园。',
  '附近居民王女士说，过去夏天河边气味难闻，很少有人来散步，现在傍晚常能看到老人带着孩子在岸边乘凉。她希望后续工程能多种一些树，让河边更凉快。',
  '市生态环境局表示，将在汛期前完成全部截污管网的验收，并在河道沿线设置六个水质自动监测站，监测数据将每月向社会公开。',
];
const headline = '城南河道整治第一阶段完工 河水透明度提高一倍';

/** The page as html2text saves it: menus, the story, then lists, comments and the footer. */
const dump = [
  '  - 网站首页',
  '  - 新闻中心',
  '  - 城市频道',
  '  - 生活服务',
  '',
  '当前位置：首页 > 新闻中心 > 本地',
  '',
  `#  ${headline}`,
  '',
  '2026-05-12 09:30 来源：本地日报',
  '',
  '分享到：',
  '',
  ...story.flatMap((p) => [p, '']),
  '- 热门推荐',
  '  - 城北新建三所小学 今年秋季开学',
  '  - 全市公交线路调整方案出炉，你常坐的那一路变了吗?',
  '  - 地铁五号线南延段年底通车？官方回应来了',
  '  - 本周末气温回升，最高可达28摄氏度！',
  '',
  '## 相关推荐',
  '',
  '  - 老旧小区加装电梯又有新进展',
  '  - 夜市重新开放，摊主：生意比去年好',
  '',
  '网友评论',
  '',
  '#### 河边住户 2026-05-12 10:02',
  '',
  '终于治理了，希望能坚持下去，别过两年又变回原样。',
  '',
  '#### 路过的 2026-05-12 10:15',
  '',
  '步道什么时候能修好？',
  '',
  '网友评论仅供其表达个人看法，并不表明本站立场。',
  '',
  '关于我们 | 联系我们 | 广告服务 | 网站地图',
  'Copyright © 2026 本地新闻网 版权所有',
].join('\n');

describe('a page saved as text: the article as a region', () => {
  const result = cleanArticle(dump);
  const applied = result.edits.filter((e) => e.state === 'applied');

  it('keeps every paragraph of the story, the first and the last', () => {
    for (const paragraph of story) expect(result.cleaned).toContain(paragraph);
  });

  it('removes menus, related lists, comments, the comment disclaimer and the footer', () => {
    for (const gone of [
      '网站首页',
      '热门推荐',
      '地铁五号线南延段',
      '相关推荐',
      '夜市重新开放',
      '网友评论',
      '终于治理了',
      '步道什么时候能修好',
      '关于我们',
      'Copyright',
    ])
      expect(result.cleaned).not.toContain(gone);
  });

  it('explains each removal with its rule, a reason and a confidence', () => {
    const rules = new Set(applied.map((e) => e.rule));
    expect(rules.has('chrome.before-article')).toBe(true);
    expect(rules.has('chrome.after-article') || rules.has('chrome.page-tail')).toBe(true);
    for (const edit of applied) {
      expect(edit.reason.length).toBeGreaterThan(10);
      expect(edit.confidence).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('takes the headline line as the title, without its markup', () => {
    expect(result.title).toBe(headline);
  });
});

describe('a page saved as text: what stays', () => {
  it('never lets a marker word remove a line as long as a paragraph', () => {
    const long = `${story[0]}如有线索，可发送至监督邮箱，或在本报评论区留言。${story[1]}`;
    const raw = [headline, '', long, '', '相关阅读', '  - 另一条新闻的标题'].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(cleaned).toContain(long);
    expect(cleaned).not.toContain('另一条新闻的标题');
  });

  it('proposes, and does not apply, the removal of plain short lines that bear no mark of the page', () => {
    const places = ['参与的街道', '城东街道', '城南街道', '河西街道', '新桥镇', '白沙镇'];
    const raw = [headline, '', ...story.slice(0, 2), '', ...places].join('\n');
    const result = cleanArticle(raw);
    for (const place of places) expect(result.cleaned).toContain(place);
    const proposed = result.edits.filter((e) => e.state === 'proposed');
    expect(proposed.map((e) => e.rule)).toContain('chrome.after-article');
  });

  it('reads a paragraph that w3m broke at a fixed width, with a sidebar item between its lines', () => {
    const wrapped = [
      '市生态环境局12日通报，城南河道综合整治工程已完成第一阶段施工，清理',
      '淤泥约3.2万立方米，沿岸新建截污管道4.6公里，河水透明度比去年同期',
      '·今日天气',
      '提高了一倍。工程于今年3月开工，总投资约1.8亿元，分三个阶段实施，',
      '第一阶段重点是截污和清淤，第二阶段将修复沿岸湿地，第三阶段建设滨',
      '河步道和两处口袋公园。附近居民说，现在傍晚常能看到老人带着孩子在',
      '岸边乘凉。',
    ];
    const raw = ['* 首页', '* 新闻', '* 图片', '* 视频', '', headline, '', ...wrapped].join('\n');
    const { cleaned } = cleanArticle(raw);
    for (const line of wrapped.filter((l) => !l.startsWith('·'))) expect(cleaned).toContain(line);
    expect(cleaned).not.toContain('* 视频');
  });

  it('does not take a menu line or a keyword list as the title', () => {
    const raw = [
      '首页 | 新闻 | 体育 | 财经 | 娱乐',
      '',
      headline,
      '',
      ...story.flatMap((p) => [p, '']),
    ].join('\n');
    expect(cleanArticle(raw).title).toBe(headline);
  });
});

describe('labels in a dump’s brackets and table bars', () => {
  it('removes a bracketed pager, the editor line in table bars, a legal notice and the copyright line', () => {
    const raw = [
      headline,
      '',
      ...story.flatMap((p) => [p, '']),
      '| (责任编辑: 李明 ) |  |',
      '',
      '[上一篇]  [下一篇]',
      '',
      '反侵权公告：',
      '',
      '本网刊载的所有内容，包括文字、图片和音视频，版权均属本报社所有，未经书面授权，任何单位或个人不得转载、摘编或以其他方式使用。',
      '',
      'Copyright © 2026 Example Daily Holdings Limited. 版权所有 不得转载',
    ].join('\n');
    const { cleaned } = cleanArticle(raw);
    for (const paragraph of story) expect(cleaned).toContain(paragraph);
    for (const gone of ['责任编辑', '上一篇', '反侵权公告', '未经书面授权', 'Copyright'])
      expect(cleaned).not.toContain(gone);
  });
});

describe('the page-tail rule', () => {
  it('runs past bullets, a long headline, a headline ending in ? and comments after a comment label', () => {
    const raw = [
      headline,
      '',
      ...story,
      '- 热门推荐',
      '- 全市公交线路调整方案出炉，常坐的那一路到底变没变，市交通运输局相关负责人逐条作了详细解答',
      '- 地铁五号线南延段年底通车?',
      '发表评论',
      '终于治理了，希望能坚持下去，别过两年又变回原样，河边的垃圾桶也该多放几个。',
    ].join('\n');
    const tail = chromeEdits(raw).find((e) => e.rule === 'chrome.page-tail');
    expect(tail).toBeDefined();
    expect(raw.slice(tail!.start, tail!.end)).toMatch(/^- 热门推荐/);
    expect(raw.slice(0, tail!.start)).toContain(story[3]);
  });

  it('stops at a sentence of the story after a label', () => {
    const raw = [headline, '', story[0], '相关推荐', story[1]].join('\n');
    expect(chromeEdits(raw).some((e) => e.rule === 'chrome.page-tail')).toBe(false);
  });
});

describe('overlapping edits of different certainty', () => {
  const edit = (start: number, end: number, confidence: number, rule: string): CleaningEdit => ({
    start,
    end,
    replacement: '',
    rule,
    reason: rule,
    confidence,
  });

  it('never lets an unsure block hide a sure edit inside it', () => {
    const kept = resolveOverlaps([edit(0, 100, 0.6, 'unsure'), edit(10, 20, 0.9, 'sure')]);
    expect(kept.map((e) => [e.rule, e.start, e.end])).toEqual([
      ['unsure', 0, 10],
      ['sure', 10, 20],
      ['unsure', 20, 100],
    ]);
  });

  it('lets a block of the page yield to the line rule that names a line', () => {
    const kept = resolveOverlaps([edit(30, 40, 0.85, 'line')], [edit(0, 50, 0.9, 'block')]);
    expect(kept.map((e) => [e.rule, e.start, e.end])).toEqual([
      ['block', 0, 30],
      ['line', 30, 40],
      ['block', 40, 50],
    ]);
  });
});

describe('a text that opens with its headline and a dateline', () => {
  it('keeps the first line as the headline even when the story does not repeat its words', () => {
    // The title shares no pair of characters with the story: only its place says it is one.
    const title = '一季度工作简报';
    const text = [
      title,
      '',
      '2026-05-12 09:30 来源：本地日报',
      '',
      ...story.flatMap((p) => [p, '']),
    ].join('\n');
    const cleaned = cleanArticle(text);
    expect(cleaned.title).toBe(title);
    expect(cleaned.cleaned.startsWith(title)).toBe(true);
    expect(cleaned.edits.map((e) => e.rule)).not.toContain('chrome.before-article');
  });

  it('still removes a site name and a menu above the headline', () => {
    const text = [
      '本地新闻网',
      '',
      '首页 | 新闻 | 城市 | 生活',
      '',
      '一季度工作简报',
      '',
      ...story.flatMap((p) => [p, '']),
    ].join('\n');
    expect(cleanArticle(text).cleaned).not.toContain('本地新闻网');
  });
});
