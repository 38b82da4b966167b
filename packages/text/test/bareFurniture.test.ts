import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up short post: too little prose for the page to be sure of its article. */
const post = '小镇的早市今天恢复营业，摊位比去年多了十几个，菜价也便宜了一些。';
const menu = [
  '  • 登录',
  '  • 首页',
  '      □ 视频',
  '      □ 图片',
  '      □ 财经',
  '      □ 体育',
];
const buttons = ['举报', '分享到', '收藏', '关注'];

describe('bare furniture on a page with little prose', () => {
  it('removes runs of bulleted items and one-word buttons outright, and keeps the post', () => {
    const page = [...menu, '', post, '', ...buttons, ''].join('\n');
    const result = cleanArticle(page);
    expect(result.cleaned).toContain(post);
    expect(result.cleaned).not.toContain('财经');
    expect(result.cleaned).not.toContain('分享到');
    const bare = result.edits.filter((e) => e.reason?.includes('none of them a sentence'));
    expect(bare.length).toBeGreaterThanOrEqual(2);
    for (const edit of bare) expect(edit.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves fields and unmarked short lines in doubt: on such a page they may be its content', () => {
    const contact = ['王老师', '电话：010-1234567', '时间：每周六上午九点', '地点：镇文化站二楼'];
    const verses = ['春天到了', '河边柳树绿了', '孩子们去放风筝', '老人们在晒太阳'];
    const page = [...menu, '', post, '', ...contact, '', ...verses, ''].join('\n');
    const result = cleanArticle(page);
    for (const line of [...contact, ...verses]) expect(result.cleaned).toContain(line);
    expect(result.cleaned).not.toContain('财经');
  });
});
