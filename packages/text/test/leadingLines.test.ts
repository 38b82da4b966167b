import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { isRelatedHead } from '../src/clean/markers.ts';

/** A made-up report, wrapped at 80 columns as `w3m -dump` saves it. */
const story = [
  'Harbour Town opened its new ferry terminal on Saturday, ending four years of',
  'building work on the eastern quay. The terminal holds two waiting halls, a',
  'ticket office and a covered walkway that reaches the boats at any tide.',
  '',
  'The council said the old landing stage will be taken down over the winter and',
  'the space turned into a small park with benches facing the water. Boats to the',
  'three outer islands will leave every forty minutes from next week.',
  '',
  'Local traders welcomed the change, saying that visitors had long complained',
  'about waiting in the rain, and that the new walkway would bring more people',
  'past the shops along the front during the summer months.',
];

/** Other stories of the site, listed under a label. */
const related = [
  'Related Articles',
  '',
  '  • Lighthouse keeper retires after forty years',
  '  • New bus route links the quay with the station',
  '  • Island school gets a second classroom',
  '  • Summer timetable for the outer islands',
  '  • Fish market moves to the western quay',
  '  • Sailing club opens its doors to beginners',
];

describe('a page saved as text: what lies between the story and the page’s labelled lists', () => {
  it('reads a spaced script’s list labels as labels', () => {
    for (const label of [
      'More from Harbour Post',
      'More in Science',
      'Most Popular',
      'Top Stories',
      'You may also like',
      'Read Next',
    ])
      expect(isRelatedHead(label)).toBe(true);
    expect(isRelatedHead('Most of the boats were full by noon.')).toBe(false);
  });

  it('removes a newsletter box and links ahead of a related list when all after the story is furniture', () => {
    const page = [
      'Harbour Town opens its new ferry terminal',
      '',
      ...story,
      '',
      '  • Ferries',
      '  • Harbour Town',
      '',
      'Want more local news? Get our weekly letter from the quay.',
      '',
      'Sign up for e-mail newsletters',
      '',
      'One letter a week, and your address is never sold or shared.',
      '',
      ...related,
      '',
      'Copyright © 2026 Harbour Post. All rights reserved.',
    ].join('\n');
    const { cleaned } = cleanArticle(page);
    expect(cleaned).toContain('past the shops along the front during the summer months.');
    expect(cleaned).not.toContain('Want more local news');
    expect(cleaned).not.toContain('One letter a week');
    expect(cleaned).not.toContain('Lighthouse keeper');
  });

  it('keeps short lines that carry a sentence on with a comma ahead of the list', () => {
    const han = [
      '城东新建的渡轮码头于周六正式启用，结束了东岸长达四年的施工。新码头设有两个候船厅、',
      '一个售票处和一条有顶棚的栈桥，无论涨潮落潮都能直达船边，方便旅客上下船。',
      '',
      '市政府表示，旧码头将在冬季拆除，原址改建为面向海面的小公园，摆放长椅供市民休息。',
      '',
      '沿岸商户对此表示欢迎，认为新栈桥将在夏季带来更多客流，旅客也不必再冒雨候船。',
    ];
    const page = [
      '城东渡轮码头正式启用',
      '',
      ...han,
      '',
      '码头启用后，',
      '',
      '请大家互相转告，',
      '',
      '提前规划出行路线。',
      '',
      '相关阅读',
      '',
      '  • 灯塔看守人四十年后退休',
      '  • 新公交线路连接码头与车站',
      '  • 海岛学校增设第二间教室',
      '  • 外岛夏季航班时刻表公布',
      '  • 水产市场迁往西码头',
      '',
      'Copyright © 2026 某某网 版权所有',
    ].join('\n');
    const { cleaned } = cleanArticle(page);
    expect(cleaned).toContain('请大家互相转告');
    expect(cleaned).not.toContain('灯塔看守人');
  });
});
