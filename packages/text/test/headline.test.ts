import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { readArticle } from '../src/read.ts';

const paragraph =
  '国际技术转移大会今天在北京开幕，来自三十多个国家的一千余名代表参加，会上签署了四十二项合作协议。';

/** The title an import stores for a page (and `winnow clean --json` prints). */
function titleOf(head: string, body = `<p>${paragraph}</p><p>${paragraph}</p>`): string | null {
  const page = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const article = readArticle(new TextEncoder().encode(page), 'page.html');
  return cleanArticle(article.raw, { mainText: article.mainText, titles: article.titles }).title;
}

describe('the headline of a web page', () => {
  it('drops the site name and channel joined to the title', () => {
    expect(titleOf('<title>技术转移大会在京开幕_国际_环球科讯网</title>')).toBe(
      '技术转移大会在京开幕',
    );
    expect(titleOf('<title>技术转移大会在京开幕 - 环球科讯</title>')).toBe('技术转移大会在京开幕');
  });

  it('removes spam pasted into the title, even where it splits the site name', () => {
    expect(titleOf('<title>技术转移大会新闻发布会_中查甜心寶貝包養網国网</title>')).toBe(
      '技术转移大会新闻发布会',
    );
  });

  it('removes pinyin annotations and a trailing category tag', () => {
    expect(titleOf('<title>技術(shù)轉(zhuǎn)移大會開幕熱點(diǎn)資訊</title>')).toBe(
      '技術轉移大會開幕',
    );
  });

  it('takes the piece the article bears out, wherever the site puts its name', () => {
    expect(
      titleOf(
        '<title>环球科讯 | 国际 | 技术转移大会在京开幕</title>',
        `<h1>技术转移大会在京开幕</h1><p>${paragraph}</p><p>${paragraph}</p>`,
      ),
    ).toBe('技术转移大会在京开幕');
  });

  it('prefers og:title and keeps a headline that itself holds a separator', () => {
    expect(
      titleOf(
        '<title>大会开幕_环球科讯网</title><meta property="og:title" content="北京 - 开罗 科技合作论坛开幕">',
        `<h1>北京 - 开罗 科技合作论坛开幕</h1><p>${paragraph}</p>`,
      ),
    ).toBe('北京 - 开罗 科技合作论坛开幕');
  });

  it('never takes a line of spam keywords, a menu or the site’s own name', () => {
    const spam = titleOf(
      '<title>澳门百家乐,真人娱乐城,成人视频,包养网排名</title>',
      `<h1>技术转移大会在京开幕</h1><p>${paragraph}</p>`,
    );
    expect(spam).toBe('技术转移大会在京开幕');
    const menu = titleOf('<title>首页 - 新闻 - 体育 - 娱乐 - 财经</title>', `<p>${paragraph}</p>`);
    expect(menu ?? '').not.toMatch(/首页|体育/);
    const site = titleOf(
      '<title>环球科讯网</title><meta property="og:site_name" content="环球科讯网">',
      `<h1>技术转移大会在京开幕</h1><p>${paragraph}</p>`,
    );
    expect(site).toBe('技术转移大会在京开幕');
  });

  it('keeps an English headline of short words', () => {
    expect(titleOf('<title>New lab opens in Cairo - Science Daily</title>')).toBe(
      'New lab opens in Cairo',
    );
  });

  it('cuts a logo <h1> that ends the title', () => {
    expect(
      titleOf(
        '<title>技术转移大会在京开幕 环球科讯网</title>',
        `<h1>环球科讯网</h1><p>${paragraph}</p><p>${paragraph}</p>`,
      ),
    ).toBe('技术转移大会在京开幕');
  });

  it('takes the headline shown above the story when a short <title> is borne out by nothing', () => {
    const story = [
      '本市今年的秋粮收购已于上周全面展开，各收购网点每天接待售粮农户超过两千人次，入库进度比去年同期快了三成。',
      '粮食部门介绍，今年新建的烘干中心投入使用后，农户不必再把湿粮摊在公路上晾晒，收购价格也比往年更加稳定。',
      '在城东的一个收购点，种粮大户老周刚刚卖完四十吨玉米，他说从排队到结账只用了不到一个小时，比过去省心多了。',
    ];
    const body = `<div>首页</div><div>频道</div><div class="title">全市秋粮收购全面展开 入库进度快于去年</div>${story.map((p) => `<p>${p}</p>`).join('')}`;
    // A channel's name as the page's <title>: the story never says it.
    expect(titleOf('<title>环球财经</title>', body)).toBe('全市秋粮收购全面展开 入库进度快于去年');
    // A <title> long enough to be a headline stays, though the story does not repeat it.
    expect(titleOf('<title>秋收时节的城东收购点见闻</title>', body)).toBe(
      '秋收时节的城东收购点见闻',
    );
  });
});
