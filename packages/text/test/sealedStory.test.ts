import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up short news story: three paragraphs under its headline and dateline. */
const story = [
  '今天上午，市自来水公司发布消息称：网传城北片区将停水三天的消息不实，城北片区供水一切正常。',
  '自来水公司提醒市民，停水信息请以公司官方网站和服务热线发布的通知为准，不要轻信和转发网络传言。',
  '据了解，城北片区上周曾因管网改造短暂停水半天，改造工程已经全部完工，今后一段时间内不会再安排停水。',
];
/** A sidebar's live blog: a post under its posting time, more than half as much prose as the story. */
const blog = [
  '相关新闻',
  '加载中',
  '',
  '城市直播间',
  '',
  '主持人小王今天 10:32:40',
  '气象台刚刚发布消息，今天下午到夜间本市有中到大雨，局部地区有暴雨，并伴有短时大风和雷电天气，',
  '请市民朋友们外出时带好雨具，注意交通安全，低洼地带的居民要提前做好防范措施，减少外出活动。',
].join('\n');

function page(closing: string[]): string {
  return [
    '  • 首页',
    '  • 新闻',
    '  • 财经',
    '',
    '# 自来水公司辟谣网传城北片区停水三天消息',
    '',
    '2026年03月05日 19:55 某某晚报',
    '',
    ...story.flatMap((p) => [p, '']),
    ...closing,
    blog,
  ].join('\n');
}

describe('a story the page closes with its editor line', () => {
  it('removes a sidebar after it, however much prose the sidebar holds', () => {
    const cleaned = cleanArticle(page(['责任编辑：李明', ''])).cleaned;
    for (const p of story) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('城市直播间');
    expect(cleaned).not.toContain('气象台');
  });

  it('only proposes the removal when nothing closes the story', () => {
    const result = cleanArticle(page([]));
    for (const p of story) expect(result.cleaned).toContain(p);
    expect(result.cleaned).toContain('气象台');
    const proposed = result.edits.filter((e) => e.state === 'proposed');
    expect(proposed.some((e) => page([]).slice(e.start, e.end).includes('气象台'))).toBe(true);
  });
});
