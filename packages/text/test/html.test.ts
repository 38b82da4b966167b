import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from '../src/html.ts';

const page = `<!DOCTYPE html><html><head><title>旧标题-某某网</title>
<meta property="og:title" content="联合研究中心新增合作项目">
<style>p{color:red}</style><script>var x = "<p>not text</p>";</script></head>
<body><div class="nav"><a href="/">首页</a></div>
<article><h1>联合研究中心新增合作项目</h1>
<p>中心21日宣布新增三个项目,总经费约1.2亿元。</p><p>培训班&nbsp;60多期&amp;受训人员超过3000人次。</p></article>
<script>document.write('x')</script></body></html>`;

describe('htmlToText', () => {
  it('keeps visible text as paragraphs and drops scripts and styles', () => {
    const { text, title } = htmlToText(page);
    expect(title).toBe('联合研究中心新增合作项目');
    expect(text).toContain(
      '中心21日宣布新增三个项目,总经费约1.2亿元。\n\n培训班 60多期&受训人员超过3000人次。',
    );
    expect(text).not.toContain('not text');
    expect(text).not.toContain('color:red');
    expect(text).not.toContain('document.write');
  });

  it('falls back to <title> without og:title', () => {
    expect(
      htmlToText('<html><head><title> A &amp; B </title></head><body>x</body></html>').title,
    ).toBe('A & B');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&#x4E2D;&#25991; &ldquo;x&rdquo; &bogus;')).toBe(
      '中文 \u201cx\u201d &bogus;',
    );
  });
});

describe('looksLikeHtml', () => {
  it('recognises a page and not a sentence mentioning a tag', () => {
    expect(looksLikeHtml('  <!doctype html><html>')).toBe(true);
    expect(looksLikeHtml('The <html> element is the root.')).toBe(false);
  });
});
