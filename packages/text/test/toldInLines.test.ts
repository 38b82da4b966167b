import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A site's menus: bulleted channels, each with its motto, as `w3m -dump` lists them. */
const menus = [
  '  • 城市',
  '    看懂身边的变化',
  '  • 财经',
  '    读懂市场的脉搏',
  '  • 文化',
  '    发现生活的趣味',
  '  • 体育',
  '    运动让人年轻',
  '  • 科技',
  '    走近前沿新知',
  '  • 教育',
  '    陪孩子一起成长',
  '  • 旅行',
  '    在路上遇见风景',
  '',
];

/** A made-up post told a phrase a line between its pictures, with few full stops. */
const post = [
  '[101]',
  '坐着渡轮去看海！',
  '新码头下个月就要启用了',
  '四条新航线抢先看',
  '[102]',
  '近日，城东新码头启用倒计时活动举行，码头将于下月中旬正式开通。',
  '新码头距离地铁站只有几百米',
  '下车步行即可登船',
  '候船大厅宽敞明亮',
  '[103]',
  '▲候船大厅的造型来自展开的船帆',
  '新码头位于城东海湾',
  '规划岸线一千二百米',
  '可以同时停靠三艘渡轮',
  '[104]',
  '首批开通的航线共有四条，分别前往北岛、长岛、海豹礁和灯塔岛。',
  '每天早上六点发出第一班船',
  '晚上九点半发出最后一班',
  '节假日还会加开班次',
  '[105]',
  '码头里还有咖啡馆和书店',
  '等船的时候也不会无聊',
  '这么好的码头',
  '你想去哪座岛呢？',
];

/** Other stories of the site, bulleted beside the post. */
const sidebar = [
  '',
  '  • 海边步道下周全线贯通，周末可以去走走',
  '  • 城西菜市场完成改造，摊位数量增加一倍',
  '  • 灯塔岛民宿预订火爆，五一假期已基本订满',
  '  • 长岛小学新增两间教室，秋季开学投入使用',
  '  • 海豹礁观景台将于六月对游客开放',
  '  • 城东公交新开两条线路，直达新码头',
  '  • 北岛渔港举办开渔节，游客可以体验出海',
];

describe('a page saved as text: a story told in short lines between its pictures', () => {
  it('is found as the article, and the menus before it removed', () => {
    const page = ['报料 注册 登录', '', ...menus, ...post, ...sidebar].join('\n');
    const { cleaned } = cleanArticle(page);
    for (const line of ['新码头下个月就要启用了', '规划岸线一千二百米', '你想去哪座岛呢？'])
      expect(cleaned).toContain(line);
    expect(cleaned).not.toContain('读懂市场的脉搏');
    expect(cleaned).not.toContain('陪孩子一起成长');
  });

  it('leaves a programme of plain lines, closing next to no sentence, as it was', () => {
    // Items of a day's programme, each a plain line: who speaks on what, where.
    const speakers = [
      '码头建设单位代表',
      '渡轮公司负责人',
      '城东街道办主任',
      '海事部门代表',
      '市民代表',
      '旅游协会会长',
    ];
    const topics = [
      '介绍新码头工程情况',
      '介绍四条新航线安排',
      '介绍周边交通接驳方案',
      '介绍安全管理措施',
      '谈谈对新码头的期待',
      '介绍海岛旅游线路',
    ];
    const places = ['候船大厅一楼', '码头东侧广场', '二楼会议室'];
    const programme = ['[201]', '城东码头启用仪式安排'];
    for (const [k, speaker] of speakers.entries())
      for (const place of places) programme.push(`${speaker}在${place}${topics[k]}`);
    // One sentence of prose: too little to be the article alone.
    programme.push('如遇大风天气，启用仪式将改在候船大厅内举行，具体安排另行通知。');
    const page = ['报料 注册 登录', '', ...menus, ...programme, ...sidebar].join('\n');
    const { cleaned, edits } = cleanArticle(page);
    expect(cleaned).toContain('渡轮公司负责人在码头东侧广场介绍四条新航线安排');
    // Not taken for a story told in lines: the programme stays in doubt, for the editor.
    const item = page.indexOf('市民代表在二楼会议室');
    const doubt = edits.find((e) => e.start <= item && e.end > item);
    expect(doubt?.state).toBe('proposed');
    // The site's menus above it are the page's either way (textPage.ts, menusAhead).
    expect(cleaned).not.toContain('读懂市场的脉搏');
  });
});
