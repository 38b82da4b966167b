import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { wrappedProse, shapesOf } from '../src/clean/lineShape.ts';

/** A made-up forum post as `w3m -dump` lays it out: the page's columns side by side. */
const page = [
  '    [用户名        ] [              ] [登录]   [修改资料]   [修改密码] [帮助中心] 游客 欢迎你！',
  '                     [注册]',
  '   首页 > 某某社区 > 家居论坛 > 装修心得                               在线用户:3021  当值版主:       ',
  ' [0]  主题：装修的时候为什么一定要先做好防水再铺地砖？',
  '',
  '      作者：木子   时间：2026-03-02 10:21:45',
  '',
  '         卫生间和厨房的防水一定要在铺地砖之前做好，这是装修里最容易被忽视的一步，等到',
  '         楼下邻居家的天花板开始渗水再返工，就要把地砖全部敲掉重新铺，花的钱是原来的好几',
  '         倍。所以，防水层刷好以后一定要做闭水试验，蓄水至少四十八小时，确认没有渗漏再铺',
  '         砖，这一步千万不能省。',
].join('\n');

describe('a page whose columns a text browser laid side by side', () => {
  it('does not read a location bar set apart by a wide gap as a line of a wrapped paragraph', () => {
    const lines = page.split('\n').map((text) => ({ trimmed: text.trim() }));
    const wrapped = wrappedProse(shapesOf(lines));
    expect(wrapped[2]).toBe(false);
    expect(wrapped[7]).toBe(true);
  });

  it('removes the location bar above the post and keeps the post', () => {
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).not.toContain('当值版主');
    expect(cleaned).not.toContain('[注册]');
    expect(cleaned).toContain('这是装修里最容易被忽视的一步');
    expect(cleaned).toContain('这一步千万不能省');
  });
});
