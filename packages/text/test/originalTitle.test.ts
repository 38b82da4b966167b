import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up reposted story as `w3m -dump` saves it: menus, headline, a share widget, the story. */
const story = [
  '县图书馆今年新增藏书两万册，其中科技类图书占三成，少儿读物占两成，馆内还开设了古籍阅览室，',
  '方便读者查阅地方文献。馆长表示，明年将继续扩建电子阅览区，增加自助借还设备，并延长周末开',
  '放时间，方便上班族借阅。',
  '',
  '据悉，新馆的改造工程耗资三百多万元，预计明年五月全部完工，届时全县读者都可以免费办理借书',
  '证，持证读者每次可借图书十册，借期一个月，到期后还可以在网上续借一次。',
  '',
  '图书馆还将与县内中小学合作，每月举办一次读书会，邀请本地作家与学生面对面交流写作心得。',
];
const page = (original: string[]) =>
  [
    '首页 > 文化 > 正文',
    '',
    '县图书馆新增藏书两万册 明年扩建电子阅览区',
    '',
    '2024-05-08 09:30:12　来源: 某县日报',
    ' 1024',
    '分享到：',
    '',
    '  • 微信',
    '  • 微博',
    '  • QQ空间',
    '  • 豆瓣',
    '  • 更多',
    '      □  ',
    '      □  ',
    '      □  ',
    '',
    '扫一扫',
    '',
    '用手机扫码二维码',
    '',
    '分享至好友和朋友圈',
    '',
    'T + -',
    '',
    ...original,
    '',
    ...story,
    '',
    '相关推荐',
    '  • 县文化馆举办春季书画展',
    '  • 县博物馆新馆开放',
  ].join('\n');

describe('a page saved as text: the headline above a share widget, and the original headline', () => {
  it('finds the headline above a widget of many buttons (a list counts once)', () => {
    const result = cleanArticle(page([]));
    expect(result.title).toBe('县图书馆新增藏书两万册 明年扩建电子阅览区');
    expect(result.cleaned).not.toContain('分享至好友和朋友圈');
  });

  it('keeps the story’s original headline under the widget, also when its close wrapped', () => {
    for (const original of [
      ['（原标题：县图书馆扩建电子阅览区 新增藏书两万册）'],
      [
        '（原标题：县图书馆扩建电子阅览区，新增藏书两万册，明年五月完工，读者可免费办理借书证',
        '）',
      ],
    ]) {
      const result = cleanArticle(page(original));
      expect(result.title).toBe('县图书馆新增藏书两万册 明年扩建电子阅览区');
      expect(result.cleaned).toContain(original[0]);
      expect(result.cleaned).not.toContain('分享至好友和朋友圈');
      expect(result.cleaned).not.toContain('用手机扫码二维码');
    }
  });
});
