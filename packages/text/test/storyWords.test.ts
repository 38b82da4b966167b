import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up encyclopedia entry on a made-up river, as a page saved as text shows it. */
const menu = [
  '- 首页',
  '- 分类',
  '- 地理',
  '- 历史',
  '- 人物',
  '- 特色词条',
  '- 用户中心',
  '- 帮助',
];
const summary = [
  '青禾河，发源于北岭山南麓，自西向东流经三县，全长二百一十公里，在东湾镇注入大海。',
  '青禾河流域土地肥沃，沿岸的稻田和果园养活了两岸数十万人口，是当地的母亲河。',
  '近年来沿岸三县共同治理青禾河，修复河岸湿地，每年春季两岸桃花盛开，游客众多。',
];
const infobox = [
  '主要支流',
  ...['白沙溪', '石门河', '柳塘水', '南坪河', '黄泥沟', '清溪', '大湾河', '小湾河'].map(
    (r) => `- ${r}`,
  ),
  '目录',
  ...['1 地理', '2 水文', '3 历史', '4 治理'].map((r) => `- ${r}`),
  '基本信息',
  '中文名',
  '青禾河',
  '长度',
  '210公里',
  '流域面积',
  '3800平方公里',
];
const body = [
  '青禾河发源于北岭山南麓的一片高山草甸，上游河道狭窄，水流湍急，两岸多为陡峭的山崖。',
  '进入中游以后，青禾河河道逐渐开阔，流经三县的平原地带，沿岸分布着大片稻田和果园。',
  '青禾河流域土地肥沃，灌溉便利，历史上就是当地重要的产粮区，两岸村镇依河而建。',
  '下游河段水流平缓，泥沙淤积形成了宽阔的河口三角洲，青禾河最终在东湾镇注入大海。',
  '近年来，沿岸三县共同开展青禾河治理工程，修复河岸湿地，青禾河的水质明显好转。',
  '每年春季，青禾河两岸桃花盛开，吸引大批游客前来观光，带动了沿岸乡村旅游的发展。',
];
const footer = ['', '- 关于我们', '- 联系方式', '- 意见反馈', '', '©2026 某百科'];

const page = (lead: string[]) =>
  [
    ...menu,
    '',
    '青禾河',
    '',
    ...lead,
    '',
    ...infobox,
    '',
    '# 青禾河',
    '',
    ...body.flatMap((p) => [p, '']),
    ...footer,
  ].join('\n');

describe('a page saved as text: a paragraph apart from the story, in its words', () => {
  it('keeps an entry’s summary above its infobox, and still removes the menus', () => {
    const cleaned = cleanArticle(page(summary)).cleaned;
    expect(cleaned).toContain('自西向东流经三县，全长二百一十公里');
    expect(cleaned).toContain('是当地的母亲河。');
    expect(cleaned).toContain('最终在东湾镇注入大海。');
    expect(cleaned).not.toContain('用户中心');
  });

  it('removes a copy of the story’s own paragraphs in the same place', () => {
    const cleaned = cleanArticle(page([body[0]!, body[2]!, body[4]!])).cleaned;
    expect(cleaned.split(body[0]!).length - 1).toBe(1);
    expect(cleaned.split(body[4]!).length - 1).toBe(1);
  });

  it('removes a paragraph on another subject in the same place', () => {
    const other = [
      '本站近期开展词条编辑有奖活动，凡在活动期间创建或完善词条的用户，均可获得积分奖励。',
      '积分可以在用户中心兑换纪念品，活动详情请查看帮助页面，欢迎广大网友踊跃参与编辑。',
    ];
    const cleaned = cleanArticle(page(other)).cleaned;
    expect(cleaned).not.toContain('有奖活动');
    expect(cleaned).toContain('最终在东湾镇注入大海。');
  });
});
