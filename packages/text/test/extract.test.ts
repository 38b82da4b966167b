import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { extractMainContent } from '../src/extract.ts';
import { htmlToText } from '../src/html.ts';
import { readArticle } from '../src/read.ts';

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

  it('drops a disclaimer that closes the article, its own sentences and all', () => {
    // Made up: a legal notice under the story, inside the article's container, with the
    // site's sidebars and footer after it in the page.
    const notice = [
      '版权声明：',
      '凡本网注明“来源：环球科讯网”的作品，版权均属本网所有，未经书面授权不得转载。',
      '已经授权的，应在授权范围内使用，并注明来源，违者本网将依法追究责任。',
    ];
    const withNotice = page.replace(
      '</article>',
      `<p>（记者 王明）</p>${notice.map((n) => `<p>${n}</p>`).join('')}</article>
      <div class="more"><p>这是一段关于另一个合作项目的长篇介绍，内容与本文无关，但足够长，读起来也像一句完整的话。</p></div>`,
    );
    const article = readArticle(new TextEncoder().encode(withNotice), 'page.html');
    const { cleaned } = cleanArticle(article.raw, { mainText: article.mainText });
    for (const p of paragraphs) expect(cleaned).toContain(p);
    expect(cleaned).toContain('（记者 王明）');
    expect(cleaned).not.toContain('版权声明');
    expect(cleaned).not.toContain('违者本网将依法追究责任');
  });

  it('drops a few lines of furniture after the last paragraph, keeping the credit above them', () => {
    const withThread = page.replace(
      '</article>',
      `<p>□本报记者 王明(责编:李华)</p><p>本文已被阅读 154 次</p><p>回复线索：</p>
      <p>合作项目什么时候开始招人？【网友小李】08-11 16:06 298字 [43/8]</p></article>`,
    );
    const article = readArticle(new TextEncoder().encode(withThread), 'page.html');
    const { cleaned } = cleanArticle(article.raw, { mainText: article.mainText });
    for (const p of paragraphs) expect(cleaned).toContain(p);
    // A byline opens with a list mark (□) and stays: a mark alone is no furniture.
    expect(cleaned).toContain('□本报记者 王明(责编:李华)');
    expect(cleaned).not.toContain('回复线索');
    expect(cleaned).not.toContain('什么时候开始招人');
  });
});
