import { describe, expect, it } from 'vitest';
import { extractMainContent } from '../src/extract.ts';
import { articleRegion } from '../src/page/region.ts';

const story = [
  '今年以来，全省新签国际科技合作项目四十二项，合同金额比去年同期增长百分之十八。',
  '其中，与东盟国家合作的项目有十七项，主要集中在现代农业、新能源和生物医药领域。',
  '省科技厅负责人表示，下一步将继续完善合作机制，支持企业在海外设立研发中心。',
  '据介绍，全省已建成国际联合实验室二十三个，引进外国专家一千二百多人次。',
];

describe('the article as a run of the page’s lines', () => {
  it('cuts a list of headline links that the article’s container holds after the story', () => {
    const headlines = Array.from(
      { length: 8 },
      (_, i) => `<p><a href="/n/${i}">[热点] 第${i + 1}条与本文无关的新闻标题在这里出现</a></p>`,
    ).join('');
    const page = `<html><body><div id="content"><h1>国际科技合作项目增加</h1>
      ${story.map((p) => `<p>${p}</p>`).join('')}<p>来源：某某日报</p>
      <p><a href="/list?p=1">上一页</a> | <a href="/list?p=2">下一页</a></p>${headlines}</div></body></html>`;
    const main = extractMainContent(page);
    for (const p of story) expect(main?.text).toContain(p);
    expect(main?.text).toContain('来源：某某日报');
    expect(main?.text).not.toContain('无关的新闻标题');
    expect(main?.text).not.toContain('下一页');
  });

  it('drops a list of related links inside the story with its head, wherever it stands', () => {
    const lines = [
      story[0]!,
      '',
      '相关新闻：',
      '',
      '某地举行年度科技合作洽谈会',
      '',
      'Related',
      '',
      'Another headline about grants',
      '',
      story[1]!,
    ];
    const links = [0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0];
    // Readability kept the first list's links and dropped the second's.
    const main = [story[0], '相关新闻：', '某地举行年度科技合作洽谈会', 'Related', story[1]].join(
      '\n',
    );
    expect(articleRegion(lines, links, main)).toEqual([0, 10]);
  });

  it('starts below a list of related links when all above it is a promotion and a player’s label', () => {
    const lines = [
      '下载我们的手机应用，每天领取会员积分，还能免费兑换精美礼品哦！',
      '',
      '自动播放 科技合作洽谈会现场视频',
      '',
      '相关新闻：',
      '',
      '某地举行年度科技合作洽谈会',
      '',
      '另一条与合作项目有关的新闻标题',
      '',
      story[0]!,
      '',
      story[1]!,
    ];
    const links = [0.1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0];
    // Readability kept all of it: the box, the player and the list share the story's container.
    const region = articleRegion(lines, links, lines.join('\n'), ['全省国际科技合作项目增加']);
    expect(region).toEqual([10, 12]);
  });

  it('keeps a one-sentence lead above a list of related links when it tells what the headline says', () => {
    const lines = [story[0]!, '', '相关新闻：', '', '某地举行年度科技合作洽谈会', '', story[1]!];
    const links = [0, 0, 0, 0, 1, 0, 0];
    const region = articleRegion(lines, links, lines.join('\n'), ['全省国际科技合作项目增加']);
    expect(region).toEqual([0, 6]);
  });

  it('keeps a related-news head with prose, not links, under it', () => {
    const lines = [story[0]!, '', '相关新闻', '', story[1]!, '', story[2]!];
    const region = articleRegion(lines, [0, 0, 0, 0, 0, 0, 0], lines.join('\n'));
    expect(region).toEqual([0, 2, 4, 6]);
  });

  it('takes back a line Readability left out between lines it kept, unless it is links', () => {
    const lines = [story[0]!, '', '项目 金额 领域', '', '首页 新闻', '', story[1]!];
    const links = [0, 0, 0, 0, 1, 0, 0];
    const region = articleRegion(lines, links, `${story[0]}\n\n${story[1]}`);
    expect(region).toEqual([0, 2, 6]);
  });

  it('keeps a lead paragraph whose names are all links: links inside sentences are not navigation', () => {
    const lead =
      'Rep. Ilhan Omar thanked Senator Amy Klobuchar and Governor Tim Walz for the new research grant.';
    const lines = [lead, '', 'Related: Grant news', '', story[0]!, '', story[1]!];
    const links = [0.8, 0, 1, 0, 0, 0, 0];
    const region = articleRegion(lines, links, `${lead}\n${story[0]}\n${story[1]}`);
    expect(region).toContain(0);
    expect(region).not.toContain(2);
  });

  it('is not stretched by a rule of dashes that matches far below the article', () => {
    const lines = [
      story[0]!,
      '------',
      story[1]!,
      '------',
      '网友留言：写得好，支持一下这个项目',
      '------',
    ];
    const region = articleRegion(
      lines,
      [0, 0, 0, 0, 0, 0],
      `${story[0]}\n------\n${story[1]}\n------`,
    );
    expect(region).toEqual([0, 1, 2]);
  });
});
