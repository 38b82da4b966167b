import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up blog post: three paragraphs about a village library. */
const post = [
  '上个月我们在村里办了一个小图书馆，书架是木匠老周帮忙做的，第一批书来自城里三所学校的捐赠，一共一千二百多册。',
  '开馆那天来了四十多个孩子，最受欢迎的是科普绘本和地图册。几位老人也来借了养殖和种植方面的书，说晚上没事可以翻翻。',
  '接下来想请大学生志愿者每周末来讲一次故事，也欢迎有经验的朋友给我们出出主意，比如怎么登记借还、怎么保护旧书。',
];

describe('a page saved as text: readers’ comments, second copies and listings', () => {
  it('keeps a short post above a long comment thread, and removes the thread', () => {
    const thread = Array.from({ length: 12 }, (_, i) => [
      `#### re: 村里的小图书馆 2025-03-0${(i % 9) + 1} 1${i % 10}:2${i % 10} 读者${i + 1}`,
      '',
      i % 3 === 0
        ? '我们镇上也想办一个，请问书架的尺寸是多少，木料用的是什么，放在潮湿的屋子里会不会变形，需要刷漆吗，大概花了多少钱，孩子们平时几点可以来借书，有没有人专门看管，借出去的书丢了怎么办，能不能把借还登记的表格也分享一下，谢谢你们的经验，太有用了。'
        : '支持一下，很有意义的事情，加油！',
      '',
    ]).flat();
    const page = [
      '## 村里的小图书馆',
      '',
      ...post.flatMap((p) => [p, '']),
      '发表于 2025-03-01 09:12 - (阅读:812;评论:12)',
      '',
      '### 评论',
      '',
      ...thread,
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of post) expect(result.cleaned).toContain(p);
    expect(result.cleaned).not.toContain('支持一下');
    expect(result.cleaned).not.toContain('书架的尺寸');
  });

  it('removes a second, word-for-word copy of the article inside the page', () => {
    const page = [
      '- 首页',
      '- 新闻',
      '- 服务',
      '',
      '# 村里的小图书馆开馆',
      '',
      ...post.flatMap((p) => [p, '']),
      ...post,
      '',
      '- 关于我们',
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of post) {
      expect(result.cleaned).toContain(p);
      expect(result.cleaned.split(p).length - 1).toBe(1);
    }
    expect(result.edits.some((e) => e.rule === 'chrome.repeated-copy')).toBe(true);
  });

  it('keeps a paragraph said twice on purpose when it is only one line of the story', () => {
    const short = '书架是木匠老周帮忙做的。';
    const page = ['# 村里的小图书馆开馆', '', post[0], '', short, '', post[1], '', short].join(
      '\n',
    );
    expect(cleanArticle(page).cleaned.split(short).length - 1).toBe(2);
  });

  it('keeps a long text whose paragraphs come round again and again: no copy is longer than its original', () => {
    // Forty paragraphs, the three of the post in turn: each has been said before, but the
    // text from the fourth on is far longer than the three it would copy.
    const page = [
      '村里的小图书馆',
      '',
      ...Array.from({ length: 40 }, (_, i) => [post[i % 3]!, '']),
    ].flat();
    const cleaned = cleanArticle(page.join('\n'));
    expect(cleaned.edits.map((e) => e.rule)).not.toContain('chrome.repeated-copy');
    expect(cleaned.cleaned.split(post[0]!).length - 1).toBe(14);
  });

  it('reads entries signed with a posting time as a listing, not as the story', () => {
    const listing = Array.from(
      { length: 8 },
      (_, i) =>
        `第${i + 1}个关于乡村图书馆的帖子，大家来说说看，你们村里有没有类似的地方，平时由谁来管理，经费又从哪里来【网友${i}】08-1${i} 10:0${i} ${i * 30}字 [12${i}/0]`,
    );
    const page = [
      '| 主题： 村里的小图书馆',
      '',
      `| ${post.join('')} |`,
      '',
      '| 回复线索： |',
      ...listing,
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(post[2]);
    expect(result.cleaned).not.toContain('网友3');
  });

  it('removes a page’s menus above a short message even where no article can be found', () => {
    const menus = [
      '首页',
      '论坛',
      '搜索',
      '帮助',
      '会员',
      '风格',
      '相册',
      '博客',
      '天气',
      '游戏',
      '聊天室',
      '热帖',
    ];
    const message = [
      '您访问的帖子已被删除或移动，请确认您是从有效的链接进入。',
      '- 请仔细阅读论坛帮助，确保您有相应的操作权限。',
      '<< 返回上一页',
    ];
    const page = [...menus.flatMap((m) => [m, '']), ...message].join('\n');
    const result = cleanArticle(page);
    for (const line of message) expect(result.cleaned).toContain(line);
    expect(result.cleaned).not.toContain('聊天室');
  });
});
