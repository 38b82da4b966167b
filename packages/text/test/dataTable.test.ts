import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

const intro =
  '县教育局今天公布了今年秋季中小学教师招聘计划，共招聘教师六十名，报名时间为七月一日至七月十日，考试分笔试和面试两个环节，具体岗位如下。';

describe('a page saved as text: a table of data under the story', () => {
  it('keeps a framed table (a text browser frames only the tables a page gave a border)', () => {
    const page = [
      '# 县教育局公布秋季教师招聘计划',
      '',
      intro,
      '',
      '附：招聘岗位一览',
      '',
      '+----------------+--------+--------+',
      '| 岗位           | 人数   | 学段   |',
      '|----------------+--------+--------|',
      '| 语文教师       | 12     | 小学   |',
      '| 数学教师       | 10     | 初中   |',
      '| 英语教师       | 8      | 初中   |',
      '| 体育教师       |        | 小学   |',
      '+----------------+--------+--------+',
      '',
      '发表评论',
      'Copyright © 2026 某县教育网',
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(intro);
    expect(result.cleaned).toContain('语文教师');
    expect(result.cleaned).toContain('体育教师');
    expect(result.cleaned).not.toContain('Copyright');
  });

  it('keeps rows of the same cells under the story, and still removes a sidebar list of links', () => {
    const page = [
      '| 首页 | 新闻 | 通知公告 | 办事指南 |',
      '| 当前位置：首页 > 通知公告 |',
      '|  | 县教育局公布秋季教师招聘计划 |',
      '|  | 2026-06-20 来源：县教育局 |',
      '|  |  |',
      `| ${intro} |`,
      '| 岗位 | 人数 | 学段 | 备注 |',
      '| 语文教师 | 12 | 小学 |  |',
      '| 数学教师 | 10 | 初中 | 需教师资格证 |',
      '| 英语教师 | 8 | 初中 |  |',
      '| 体育教师 | 4 | 小学 |  |',
      '| 相关新闻 |',
      '| · | 县城新建两所小学 |',
      '| · | 暑期托管服务启动 |',
      '| · | 教师培训计划出炉 |',
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain('数学教师 | 10');
    expect(result.cleaned).not.toContain('暑期托管');
  });

  it('keeps the first of several posts signed with their time, and not the replies', () => {
    const post =
      '上周末我们一家去了城东新开的湿地公园，园里的步道修得很平整，适合推婴儿车，湖边还有观鸟台，能看到白鹭和野鸭，停车场也够大，就是周末人比较多，建议早点去，中午前后太阳很晒，记得带帽子和水。';
    const reply =
      '谢谢分享，我们也打算这个周末带孩子去看看，请问园里有没有卖吃的地方，需要自己带午饭吗，还有湖边的观鸟台需要预约吗，我看网上有人说要提前在公众号上登记，不知道是不是真的。';
    const page = [
      '| 城市论坛 > 休闲 |',
      '|  | 城东湿地公园游记 |',
      `| 小周 | ${post}${post} 发布时间 2025/06/02 21:10:05 by 小周 |`,
      '|  | ← 返回 |',
      '|  | 请教 |',
      `| 阿敏 | ${reply}${reply} 发布时间 2025/06/03 08:12:44 by 阿敏 |`,
      '|  | ← 返回 |',
      `| 老陈 | ${reply}${reply} 发布时间 2025/06/03 09:40:13 by 老陈 |`,
      '|  | ← 返回 |',
      `| 小林 | ${reply}${reply} 发布时间 2025/06/03 11:02:51 by 小林 |`,
    ].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(post);
    expect(result.cleaned).not.toContain('by 阿敏');
  });
});
