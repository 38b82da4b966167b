import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up story about a touring choir, wrapped at 80 columns as w3m dumps it. */
const story = [
  'The Harbourside Community Choir will take its spring programme on the road this',
  'year, visiting towns it has never sung in before, its director said on Monday.',
  '',
  'The choir raised the money for the coach and the halls at its winter concerts,',
  'and several of the towns have offered to put the singers up for the night.',
  '',
  'Rehearsals for the new programme, which mixes sea songs with newer pieces',
  'written by members, start next week in the old library on Quay Street.',
  '',
  'Tickets will be sold at the door of each hall, and children under twelve will',
  'be let in free, as they were at the winter concerts, the treasurer said.',
  '',
  'The choir last toured in the spring of 2019, when it sang in six towns along',
  'the coast and came home with enough money to buy new music for every member.',
];

const menu = [
  '',
  '  • Home',
  '  • News',
  '  • Sport',
  '  • Contact us',
  '  • Privacy policy',
  '',
  '© 2026 Harbourside Gazette',
];

describe('a page saved as text: a list the story announces at its end', () => {
  it('keeps the list under a closing sentence that ends in a colon, and drops the menu after it', () => {
    const page = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'The tour stops at these halls on these dates:',
      'April 4 -- Corn Exchange, Millbridge',
      'April 11 -- St Anne’s Hall, Eastmoor',
      'April 18 -- Town Hall, Westhaven',
      'April 25 -- The Assembly Rooms, Northbay',
      'May 2 -- Market Hall, Southcliff',
      'May 9 -- Church Hall, Lowford',
      'May 16 -- Pier Pavilion, Highmere',
      'May 23 -- Drill Hall, Redport',
      ...menu,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('these halls on these dates:');
    expect(cleaned).toContain('April 4 -- Corn Exchange, Millbridge');
    expect(cleaned).toContain('May 23 -- Drill Hall, Redport');
    expect(cleaned).not.toContain('Privacy policy');
    expect(cleaned).not.toContain('© 2026');
  });

  it('follows numbered items the page set apart, pictures and links between them', () => {
    const page = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'For those who want to sing along at home, the director recommends these',
      'recordings of the programme:',
      '',
      '1) Songs of the Northern Harbours, volume two',
      'https://shop.example.org/a1',
      '[cover-300x300]',
      '',
      '2) Old Quay Shanties sung by the Millbridge Men',
      'https://shop.example.org/b2',
      '',
      '3) New Tides: pieces by Harbourside members',
      'https://shop.example.org/c3',
      ...menu,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('recordings of the programme:');
    expect(cleaned).toContain('Old Quay Shanties');
    expect(cleaned).toContain('3) New Tides: pieces by Harbourside members');
    expect(cleaned).not.toContain('Privacy policy');
  });

  it('does not take a row of share buttons under a label for a list', () => {
    const page = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'Share this story:',
      'Facebook',
      'Email',
      'Print',
      ...menu,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('old library on Quay Street.');
    expect(cleaned).not.toContain('Share this story:');
    expect(cleaned).not.toContain('Facebook');
  });

  it('does not take other stories’ headlines under a line announcing more coverage', () => {
    const page = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'More coverage of the choir and its winter concerts:',
      'Choir raises a record sum at its winter concerts',
      'Council to close the old library on Quay Street',
      'Coach firm wins the school run contract for Harbourside',
      ...menu,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('buy new music for every member.');
    expect(cleaned).not.toContain('More coverage');
    expect(cleaned).not.toContain('Council to close the old library');
  });

  it('does not take the site’s accounts under its call to follow it', () => {
    const page = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'Follow us on social media for news about the tour as it happens:',
      'Facebook: facebook.com/harbourgazette',
      'Instagram: instagram.com/harbourgazette',
      'Newsletter: harbourgazette.example/newsletter',
      ...menu,
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain('buy new music for every member.');
    expect(cleaned).not.toContain('Follow us');
    expect(cleaned).not.toContain('instagram.com');
  });

  it('does not take a Chinese page’s earlier reports or its accounts for the story’s list', () => {
    const zhStory = [
      '合唱团春季巡演启程',
      '',
      '2026-03-08 来源：本报',
      '',
      '本市社区合唱团今年春天将走出港城，到此前从未去过的六个城镇演出，团长周一在排练厅对记者说，大家已经期待了很久。',
      '',
      '合唱团冬季音乐会的门票收入足够支付大巴和演出场地的费用，好几个城镇还主动提出为团员们安排住宿。',
      '',
      '新节目把渔歌和团员们自己创作的新曲目结合在一起，下周起在码头街的老图书馆开始排练，每周两次。',
      '',
      '每场演出的门票在现场出售，十二岁以下儿童免费入场，和冬季音乐会的安排一样，财务负责人说。',
      '',
    ];
    const zhFooter = ['', '网站地图 | 联系我们 | 广告服务', '版权所有 港城晚报'];
    const follow = [
      ...zhStory,
      '欢迎关注本报官方账号，第一时间获取巡演的最新消息：',
      '微信公众号：港城晚报官方号',
      '新浪微博：港城晚报官方微博',
      '抖音号：港城晚报短视频',
      ...zhFooter,
    ].join('\n');
    const followed = cleanArticle(follow).cleaned;
    expect(followed).toContain('财务负责人说。');
    expect(followed).not.toContain('微信公众号');
    const earlier = [
      ...zhStory,
      '本报此前关于合唱团冬季音乐会的相关报道：',
      '合唱团冬季音乐会门票收入创下新高',
      '码头街老图书馆将改建为社区活动中心',
      '港城大巴公司中标全市校车服务项目',
      ...zhFooter,
    ].join('\n');
    const cleaned = cleanArticle(earlier).cleaned;
    expect(cleaned).toContain('财务负责人说。');
    expect(cleaned).not.toContain('相关报道');
    expect(cleaned).not.toContain('老图书馆将改建');
  });
  it('keeps a list the paper itself announces as the story’s (本报记者整理的要点：, our reporting)', () => {
    const zh = [
      '合唱团春季巡演启程',
      '',
      '本市社区合唱团今年春天将走出港城，到此前从未去过的六个城镇演出，团长周一在排练厅对记者说，大家已经期待了很久。',
      '',
      '合唱团冬季音乐会的门票收入足够支付大巴和演出场地的费用，好几个城镇还主动提出为团员们安排住宿。',
      '',
      '新节目把渔歌和团员们自己创作的新曲目结合在一起，下周起在码头街的老图书馆开始排练，每周两次。',
      '',
      '以下是本报记者整理的巡演新闻要点：',
      '四月四日 磨桥镇谷物交易所',
      '四月十一日 东沼镇圣安妮礼堂',
      '四月十八日 西港镇市政厅',
      '四月二十五日 北湾镇集会厅',
      '',
      '网站地图 | 联系我们 | 广告服务',
      '版权所有 港城晚报',
    ].join('\n');
    const cleaned = cleanArticle(zh).cleaned;
    expect(cleaned).toContain('四月四日 磨桥镇谷物交易所');
    expect(cleaned).toContain('四月二十五日 北湾镇集会厅');
    expect(cleaned).not.toContain('版权所有');
    const en = [
      'Choir takes its songs on the road',
      '',
      ...story,
      '',
      'Here are the dates, from our reporting on the tour:',
      'April 4 -- Corn Exchange, Millbridge',
      'April 11 -- St Anne’s Hall, Eastmoor',
      'April 18 -- Town Hall, Westhaven',
      'April 25 -- The Assembly Rooms, Northbay',
      ...menu,
    ].join('\n');
    expect(cleanArticle(en).cleaned).toContain('April 25 -- The Assembly Rooms, Northbay');
  });
});
