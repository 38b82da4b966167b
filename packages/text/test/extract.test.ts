import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { extractMainContent } from '../src/extract.ts';
import { htmlToText } from '../src/html.ts';

const paragraphs = [
  '中非联合研究中心21日宣布,新增水资源管理、作物育种和传染病监测三个合作项目,项目总经费约1.2亿元人民币。',
  '该中心成立以来,已为非洲国家培养硕士和博士研究生230余名,举办培训班60多期,受训人员超过3000人次。',
  '中心主任在接受采访时表示,新项目将吸纳更多当地科研人员参与,让研究成果留在当地,并与更多大学建立长期联系。',
];
const page = `<!doctype html><html><head><title>中非联合研究中心新增三个合作项目-环球科讯网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/tech">科技</a> | <a href="/world">国际</a></div>
<div class="side"><h3>热门推荐</h3><ul><li><a href="/a1">夏季养生三大要点</a></li><li><a href="/a2">新款手机发布会回顾</a></li></ul></div>
<article><h1>中非联合研究中心新增三个合作项目</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
<div class="footer">关于我们 | 联系我们<br>Copyright © 2025 环球科讯网</div></body></html>`;

describe('main content of a web page', () => {
  it('finds the article body with Readability', () => {
    const main = extractMainContent(page);
    for (const p of paragraphs) expect(main?.text).toContain(p);
    expect(main?.text).not.toContain('夏季养生');
  });

  it('turns what lies outside the article into explained edits, keeping every paragraph', () => {
    const raw = htmlToText(page).text;
    const main = extractMainContent(page);
    const { cleaned, edits } = cleanArticle(raw, { mainText: main?.text ?? null });
    for (const p of paragraphs) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('夏季养生');
    expect(cleaned).not.toContain('Copyright');
    expect(edits.some((e) => e.rule === 'chrome.outside-article' && e.state === 'applied')).toBe(
      true,
    );
  });

  it('leaves a page too deeply nested for a tree walk to the linear scan', () => {
    const deep = `<html><body>${'<div>'.repeat(60_000)}${paragraphs[0]}${'</div>'.repeat(60_000)}</body></html>`;
    expect(extractMainContent(deep)).toBeNull();
  });
});
