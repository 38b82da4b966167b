import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up story of a town's new bus line. */
const story = [
  '县城今天开通了第三条公交线路，从火车站经过人民医院到新建的工业园区，全程约十二公里，沿途设站十四个。',
  '公交公司介绍，新线路首班车早上六点发车，末班车晚上九点，高峰时段每十分钟一班，平时每二十分钟一班。',
  '不少在工业园区上班的居民表示，以前只能骑电动车或者打车上下班，现在坐公交方便多了，也省下了一笔开销。',
];
/** Teaser cards below it: each headline twice (the picture's text and the link), then its source and a count. */
const cards = [
  ['老街的早点铺开了三十年', '城市生活'],
  ['今年的桃子又大又甜', '乡村频道'],
  [
    '河边新修了一条三公里长的步道，市民晚饭后都来散步，孩子们在草地上放风筝，老人们坐在长椅上聊天晒太阳',
    '镇日报',
  ],
  ['图书馆新添了两千册图书', '文化周刊'],
  ['菜市场翻新后更干净了', '民生频道'],
];

describe('a list of teaser cards after the story', () => {
  it('removes it outright, even where a headline reads as prose', () => {
    const page = [
      ...story.flatMap((p) => [p, '']),
      '为你推荐看看',
      '',
      ...cards.flatMap(([headline, source]) => [
        headline!,
        '',
        headline!,
        '',
        source!,
        '',
        '0',
        '',
      ]),
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of story) expect(result.cleaned).toContain(p);
    for (const [headline] of cards) expect(result.cleaned).not.toContain(headline);
  });
});
