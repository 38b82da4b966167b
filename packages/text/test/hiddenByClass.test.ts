import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/html.ts';
import { readArticle } from '../src/read.ts';
import { FOLDED_WARNING } from '../src/emptyArticle.ts';

// Sentences written for these tests.
const shown = [
  '市图书馆昨天开放了新的古籍修复室，首批二十名修复师已经上岗。',
  '修复室配备恒温恒湿设备，可同时处理三百册古籍。',
  '馆长表示，修复工作预计持续五年。',
];
const folded = [
  '修复师们先为每册古籍建立档案，记录破损情况。',
  '随后用传统方法清洗、去酸、补洞，再重新装订。',
  '修复后的古籍将陆续扫描上网，供读者免费查阅。',
];
const p = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');
const bytes = (page: string) => new TextEncoder().encode(page);

describe('elements a page hides by its class words', () => {
  const foldedPage = (classes: string) =>
    `<html><body><article>${p(shown)}<div class="more-box"><a href="javascript:;">展开全文</a></div>
      <div class="${classes}">${p(folded)}</div></article></body></html>`;

  it('leaves out the rest of a story folded behind its button, and says so', () => {
    for (const classes of [
      'rest control-hide',
      'hidden',
      'hide',
      'is-hidden',
      'js-hidden',
      'd-none',
    ]) {
      const article = readArticle(bytes(foldedPage(classes)), 'story.html');
      for (const line of shown) expect(article.raw, classes).toContain(line);
      for (const line of folded) expect(article.raw, classes).not.toContain(line);
      const warning = article.warnings.find((w) => w.startsWith(FOLDED_WARNING));
      expect(warning, classes).toContain(`${folded.join('').length} characters`);
    }
  });

  it('says so too when the folded story is lines broken by <br>, not paragraphs', () => {
    const page = `<html><body><article>${p(shown)}<a href="javascript:;">展开全文</a>
      <div class="hide">${folded.join('<br>')}</div></article></body></html>`;
    const article = readArticle(bytes(page), 'lines.html');
    for (const line of folded) expect(article.raw).not.toContain(line);
    const warning = article.warnings.find((w) => w.startsWith(FOLDED_WARNING));
    expect(warning).toContain(`${folded.join('').length} characters`);
  });

  it('keeps what only some screens hide: responsive words are not a hidden state', () => {
    for (const classes of [
      'hidden-xs',
      'tablet-hide',
      'm-hide',
      'd-none d-lg-block',
      'field--label-hidden',
      // Utility classes that show the element from a width up ("hidden" below it).
      'hidden md:block',
      'hidden lg:flex',
      'invisible sm:visible',
    ]) {
      const article = readArticle(bytes(foldedPage(classes)), 'story.html');
      for (const line of [...shown, ...folded]) expect(article.raw, classes).toContain(line);
      expect(
        article.warnings.some((w) => w.startsWith(FOLDED_WARNING)),
        classes,
      ).toBe(false);
    }
  });

  it('hides a dialog or a menu without calling it a folded story', () => {
    const page = `<body><article>${p(shown)}</article>
      <div class="modal hide"><form>${p(['感谢订阅。', '请确认邮箱。', '我们每周发送一次。'])}<button>确定</button></form></div>
      <ul class="hidden"><li>首页</li><li>新闻</li></ul></body>`;
    const article = readArticle(bytes(page), 'page.html');
    expect(article.raw).not.toContain('感谢订阅');
    expect(article.raw).not.toContain('首页');
    expect(article.warnings.some((w) => w.startsWith(FOLDED_WARNING))).toBe(false);
  });

  it('keeps a page whose script reveals all its content: a hidden class over nearly everything', () => {
    const page = `<body><div id="app" class="hide">${p(shown)}${p(folded)}</div><div>加载中</div></body>`;
    const { text } = htmlToText(page);
    for (const line of [...shown, ...folded]) expect(text).toContain(line);
  });

  it('keeps that page’s headline among its headings too', () => {
    const page = `<html><head><title>修复室开放 - 某地新闻网</title></head><body>
      <div id="app" class="hide"><h1>市图书馆开放古籍修复室</h1>${p(shown)}${p(folded)}</div>
      <div>加载中</div></body></html>`;
    const article = readArticle(bytes(page), 'app.html');
    expect(article.titles?.headings).toEqual(['市图书馆开放古籍修复室']);
  });
});

describe('a hidden element of odd shape', () => {
  // Sentences written for these tests.
  const page = (hidden: string) =>
    `<html><body><article>${p(shown)}</article><div class="hide">${hidden}</div></body></html>`;

  it('reads a page whose hidden element nests thousands deep (unclosed tags)', () => {
    const deep = `<p>${'<span>'.repeat(20_000)}藏起来的一句话。${'</span>'.repeat(20_000)}</p>`;
    const article = readArticle(bytes(page(deep)), 'deep.html');
    for (const line of shown) expect(article.raw).toContain(line);
    expect(article.raw).not.toContain('藏起来的一句话');
  });

  it('reads a page whose hidden element holds hundreds of thousands of children', () => {
    const wide = `<div>${'<i></i>'.repeat(300_000)}</div>`;
    const article = readArticle(bytes(page(wide)), 'wide.html');
    for (const line of shown) expect(article.raw).toContain(line);
  });
});
