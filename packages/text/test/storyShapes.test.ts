import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { readArticle } from '../src/read.ts';

/**
 * Shapes of real stories that the rules for the page's furniture must not take for it: a
 * listicle's dated items, a live blog's timed entries, a headline pairing two things with a
 * slash, a one-sentence lead over a list of related links, an explainer's questions set as
 * toggles. Made-up pages; the shapes are those newsrooms publish.
 */
const squash = (text: string) => text.replace(/\s+/g, ' ');
const kept = (cleaned: string, texts: string[]) =>
  texts.filter((t) => !squash(cleaned).includes(squash(t)));

const menu = ['Home', 'News', 'Business', 'Sport', 'Culture', 'Weather'];
const footer = ['', 'Copyright 2031 Northern Courier | Contact us | Privacy'];
const wrapped = (paragraphs: string[][]) =>
  paragraphs
    .map((p) => p.join('\n'))
    .join('\n\n')
    .split('\n');

describe('stories told in headed items, saved as text', () => {
  it('keeps a listicle’s items, each under its name and the date it runs until', () => {
    const intro = [
      [
        'Winter is a good season for galleries: the crowds thin out, the light through the big',
        'windows is soft, and most of the major shows of the year are still running.',
      ],
      [
        'We asked our critics to choose the exhibitions they would cross the country for, and',
        'they came back with a list that mixes old masters, new photography and one very large boat.',
      ],
      [
        'Prices are for a standard adult ticket; most venues offer free entry for children',
        'and reduced prices for students and people over sixty-five.',
      ],
      [
        'Booking ahead is strongly advised at weekends, when timed slots sell out early in',
        'the morning and queues at the door can run to an hour or more.',
      ],
    ];
    const items = [
      [
        'The Painted Coast, Harbour Gallery',
        'Until 12 January 2032',
        '',
        'Two hundred years of seaside painting, from storm scenes to beach huts, hung in',
        'rooms that look out over the real sea. Allow two hours and leave time for the cafe.',
      ],
      [
        'Faces of the Mill, Town Museum',
        'Until 3 February 2032',
        '',
        'Portraits of the last workers at the cotton mill, taken over ten years by a local',
        'photographer who was once a weaver there herself. Small, quiet and very moving.',
      ],
      [
        'The Long Boat, Maritime Hall',
        'Until 28 March 2032',
        '',
        'A Viking ship rebuilt plank by plank by volunteers fills the main hall, with films',
        'showing the three-year build and the first trial on the estuary last summer.',
      ],
      [
        'Glass and Light, Civic Centre',
        'Until 14 April 2032',
        '',
        'Forty glass pieces by makers from across the region catch the low winter sun in',
        'the atrium; go at midday on a clear day to see the colours thrown across the floor.',
      ],
    ];
    const raw = [
      ...menu,
      '',
      'Four winter exhibitions worth the journey',
      'By Clara Penn',
      '',
      ...wrapped(intro),
      '',
      ...wrapped(items),
      ...footer,
    ].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(
      kept(
        cleaned,
        items.map((i) => i.slice(3).join(' ')),
      ),
    ).toEqual([]);
    expect(
      kept(
        cleaned,
        items.map((i) => i[0]!),
      ),
    ).toEqual([]);
  });

  it('keeps a list of books, each under its title and the day it came out', () => {
    const intro = [
      '年末将至，本报读书版邀请十位书评人，从今年出版的新书中挑选出最值得一读的作品，覆盖历史、科普、小说和城市写作。',
      '入选的书目既有老作家的新作，也有年轻作者的处女作，书评人普遍认为，今年的非虚构写作尤其亮眼，不少作品走进了普通人的生活。',
      '以下为部分入选书目，出版日期以版权页为准，定价为出版社公布的建议零售价，各大书店和网店均有销售。',
      '书评人提醒读者，不妨在寒假期间和孩子一起读其中的科普读物，也可以把小说当作新年礼物送给朋友。',
    ];
    const books = [
      [
        '《河流的记忆》',
        '2031-03-15',
        '作者用十年时间沿着家乡的河流徒步，记录下沿岸村庄的变迁和老人们讲述的往事。',
      ],
      [
        '《星空下的实验室》',
        '2031-05-20',
        '一位天文学家写给青少年的科普读物，用通俗的语言讲述望远镜背后的科学故事。',
      ],
      [
        '《老街》',
        '2031-08-01',
        '小说以一条即将拆迁的老街为背景，讲述三代人在街上开店、生活和告别的故事。',
      ],
      [
        '《城市的早晨》',
        '2031-10-10',
        '作者在凌晨的城市里采访环卫工、送奶工和早餐摊主，写下一座城市醒来的样子。',
      ],
    ];
    const raw = [
      '首页',
      '新闻',
      '文化',
      '',
      '年度好书推荐：十位书评人的选择',
      '',
      intro.join('\n\n'),
      '',
      wrapped(books).join('\n'),
      '',
      '版权所有 本站 联系我们',
    ].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(
      kept(
        cleaned,
        books.map((b) => b[2]!),
      ),
    ).toEqual([]);
  });

  it('keeps a live blog’s entries, each under the time it was posted', () => {
    const intro = [
      '本报记者在现场持续报道全市马拉松赛事进展，今年共有三万名选手报名参赛，比去年增加了五千人。',
      '组委会表示，今年赛道经过调整，全程更加平坦，沿途设置了二十个补给站和十二个医疗点，保障选手安全。',
      '受冷空气影响，比赛日早晨气温较低，组委会提醒选手注意保暖，赛前做好充分热身，量力而行。',
      '以下为本报记者从起点、折返点和终点发回的实时报道，请持续关注本页面更新。',
    ];
    const entries = [
      [
        '12月3日 07:30',
        '随着发令枪响，全程组选手从体育中心出发，现场气氛热烈，不少市民在路边为选手加油鼓劲。',
      ],
      [
        '12月3日 08:15',
        '领先集团已经通过十公里处，配速保持稳定，其中包括去年的冠军和三名外籍选手。',
      ],
      [
        '12月3日 09:02',
        '半程组冠军产生，一名本地大学生以一小时零五分的成绩率先冲线，刷新了个人最好成绩。',
      ],
      [
        '12月3日 09:48',
        '全程组领先选手已通过三十五公里，组委会提醒后方选手注意补水，医疗志愿者已在沿线就位。',
      ],
    ];
    const raw = [
      '首页',
      '新闻',
      '体育',
      '',
      '直播｜全市马拉松开跑 三万名选手参赛',
      '',
      ...intro.join('\n\n').split('\n'),
      '',
      ...wrapped(entries),
      '',
      '版权所有 本站 联系我们',
    ].join('\n');
    const { cleaned, title } = cleanArticle(raw);
    expect(
      kept(
        cleaned,
        entries.map((e) => e[1]!),
      ),
    ).toEqual([]);
    expect(title).toBe('直播｜全市马拉松开跑 三万名选手参赛');
  });
});

describe('the title of a page saved as text', () => {
  it('is a headline that pairs two things with a slash, which no credit does at that length', () => {
    const story = [
      '本市今年的秋粮收购已于上周全面展开，各收购网点每天接待售粮农户超过两千人次，入库进度比去年同期快了三成。',
      '粮食部门介绍，今年新建的烘干中心投入使用后，农户不必再把湿粮摊在公路上晾晒，玉米收购价格也比往年更加稳定。',
      '在城东的一个收购点，种粮大户老周刚刚卖完四十吨玉米，他说从排队到结账只用了不到一个小时，比过去省心多了。',
    ];
    const raw = [
      '首页',
      '新闻',
      '财经',
      '体育',
      '',
      '秋粮/玉米收购价格走稳',
      '2031-10-12 08:30 来源：本地日报',
      '',
      story.join('\n\n'),
      '',
      '版权所有 本站 联系我们',
    ].join('\n');
    expect(cleanArticle(raw).title).toBe('秋粮/玉米收购价格走稳');
  });
});

const nav =
  '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>';
const htmlPage = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title} | Northern Courier</title><meta property="og:title" content="${title}"></head><body>${nav}<main><article><h1>${title}</h1><p class="byline">By Ann Hale, 3 March 2031</p>${body}</article></main><footer><a href="/about">About us</a> © 2031 Northern Courier</footer></body></html>`;
const readHtml = (html: string) => {
  const article = readArticle(new TextEncoder().encode(html), 'story.html');
  return cleanArticle(article.mainText ?? article.raw, { titles: article.titles });
};
const paras = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');

describe('web pages', () => {
  it('keeps a one-sentence lead above related links when the story below goes on with it', () => {
    const lead =
      'More than forty thousand homes across the north-east were left in the dark on Tuesday night after gales brought down lines between the valleys.';
    const rest = [
      'Engineers worked through the night and had reconnected about half of the affected homes by breakfast, the network operator said.',
      'Schools in three villages stayed closed on Wednesday, and the council opened two community halls where people could warm up and charge their phones.',
      'Forecasters expect the wind to ease by Thursday, but warned that more rain could bring flooding to low-lying roads near the river.',
    ];
    const related =
      '<div class="related"><h4>Related</h4><ul><li><a href="/r1">How to report a power cut</a></li><li><a href="/r2">Photos: the storm in pictures</a></li><li><a href="/r3">What the forecast says for the weekend</a></li></ul></div>';
    const { cleaned } = readHtml(
      htmlPage(
        'Storm cuts electricity supply to valley towns',
        `<p>${lead}</p>${related}${paras(rest)}`,
      ),
    );
    expect(kept(cleaned, [lead, ...rest])).toEqual([]);
  });

  it('keeps an explainer’s questions set as toggles over their answers', () => {
    const opening = [
      'The new parking rules come into force across the town centre on the first of April, replacing the old pay-and-display machines with a phone app and a handful of card readers.',
      'Council officers say the change will cut the cost of collecting coins and let drivers top up their time without walking back to the car.',
    ];
    const faq = [
      [
        'Do I have to use the app?',
        'No. Card readers will stay at every car park, and residents without a smartphone can buy a paper permit at the library.',
      ],
      [
        'Will parking cost more?',
        'The hourly price stays the same until next year, although the first half hour will no longer be free on Sundays.',
      ],
      [
        'What happens to my old season ticket?',
        'Season tickets bought before April remain valid until they run out, and can then be renewed online or at the town hall.',
      ],
    ];
    const toggles = faq
      .map(
        ([q, a]) =>
          `<div class="faq"><button aria-expanded="true">${q}</button><div><p>${a}</p></div></div>`,
      )
      .join('');
    const { cleaned } = readHtml(
      htmlPage(
        'Town centre parking moves to app and card payments',
        `${paras(opening)}<h2>Your questions answered</h2>${toggles}`,
      ),
    );
    expect(kept(cleaned, faq.flat())).toEqual([]);
  });
});
