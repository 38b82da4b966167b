import { describe, expect, it } from 'vitest';
import { htmlToText, readPage } from '../src/html.ts';
import { readArticle } from '../src/read.ts';

const [first, second] = [
  '青岛海洋科学研究院与三所外国大学签署合作协议，共建深海观测联合实验室。',
  '协议约定，四方将在五年内共享观测数据，并每年互派二十名研究人员。',
] as const;
const story = [first, second];
const bytes = (page: string) => new TextEncoder().encode(page);

describe('pages parsed as a browser parses them', () => {
  it('reads the article of a page whose <head> is never closed', () => {
    const page = `<html><head><title>深海观测</title><meta charset="utf-8">
      <body><h1>深海观测联合实验室成立</h1><p>${first}</p><p>${second}</p></body></html>`;
    const { text } = htmlToText(page);
    for (const p of story) expect(text).toContain(p);
    const article = readArticle(bytes(page), 'lab.html');
    for (const p of story) expect(article.mainText ?? article.raw).toContain(p);
  });

  it('reads on after a <select> that is never closed, without its options', () => {
    const page = `<html><body><form><select name="city"><option>北京<option>上海</form>
      <div class="content"><p>${first}</p><p>${second}</p></div></body></html>`;
    const { text } = htmlToText(page);
    expect(text).toContain(`${first}\n\n${second}`);
    expect(text).not.toContain('上海');
    expect(text).not.toContain('北京');
  });

  it('keeps options out and the text after a closed <select> in', () => {
    const page = `<body><p>城市：<select><option>北京</option><option>上海</option></select></p><p>${first}</p>`;
    expect(htmlToText(page).text).toBe(`城市：\n\n${first}`);
  });

  it('leaves out a hidden copy of the article, templates and scripts', () => {
    const article = story.map((p) => `<p>${p}</p>`).join('');
    for (const hidden of [
      `<div style="display: none">${article}</div>`,
      `<div style="color:red;visibility:hidden">${article}</div>`,
      `<div hidden>${article}</div>`,
      `<template>${article}</template>`,
      `<div aria-hidden="true">${article}</div>`,
    ]) {
      const page = `<html><body><article>${article}</article>${hidden}<script>var a = '${first}';</script></body></html>`;
      const { text } = htmlToText(page);
      expect(text.split(first).length - 1, hidden.slice(0, 40)).toBe(1);
      expect(text.split(second).length - 1, hidden.slice(0, 40)).toBe(1);
    }
  });

  it('honours aria-hidden only while it hides the lesser part of the page', () => {
    // Saved while a dialog was open: the page's whole content is marked hidden.
    const page = `<body><div aria-hidden="true"><p>${first}</p><p>${second}</p></div>
      <div role="dialog"><p>订阅我们的新闻</p></div></body>`;
    const { text } = htmlToText(page);
    for (const p of story) expect(text).toContain(p);
  });

  it('collapses white space as a browser does, keeps <pre> and breaks lines at blocks and <br>', () => {
    const page = `<body><p>深海
      观测  联合
      实验室 opens
      today</p><pre>a  b
c</pre><div>第一行<br>第二行</div></body>`;
    expect(htmlToText(page).text).toBe(
      '深海观测 联合实验室 opens today\n\na b\nc\n\n第一行\n第二行',
    );
  });

  it('reads ruby as its base text, without the annotation above it', () => {
    expect(
      htmlToText('<p><ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくす</p>').text,
    ).toBe('虐待をなくす');
  });

  it('finds the title, og:title and the visible <h1> headings', () => {
    const page = readPage(`<html><head><title>实验室成立_某某网</title>
      <meta property="og:title" content="深海观测联合实验室成立"></head>
      <body><h1 hidden>旧标题</h1><h1>深海观测 <b>联合实验室</b>成立</h1></body></html>`);
    expect(page.title).toBe('实验室成立_某某网');
    expect(page.ogTitle).toBe('深海观测联合实验室成立');
    expect(page.headings).toEqual(['深海观测 联合实验室成立']);
  });

  it('counts the text of controls with link text: buttons, form labels, roles, scripted anchors', () => {
    const page = readPage(`<body>
      <div><label><input type="checkbox"> 连续播放</label><button>全屏</button></div>
      <div><a class="share" data-network="mail">邮件</a> <a data-network="feed">订阅</a></div>
      <div><span role="switch">夜间模式</span><span role="button">收藏</span></div>
      <p>深海观测联合实验室今天在港口城市正式成立。</p>
      <p><a name="part2"></a>第二部分讲述实验室的主要任务。</p></body>`);
    const lines = page.text.split('\n');
    const share = (text: string) => page.links[lines.indexOf(text)];
    expect(share('连续播放全屏')).toBe(1);
    expect(share('邮件 订阅')).toBe(1);
    expect(share('夜间模式收藏')).toBe(1);
    expect(share('深海观测联合实验室今天在港口城市正式成立。')).toBe(0);
    expect(share('第二部分讲述实验室的主要任务。')).toBe(0);
  });

  it('does not take what a bare <a> (a slip for </a>) carries over for a control', () => {
    const page = readPage(
      '<body><p><a href="/u/1">作者</a><a></p><p>实验室的第一批设备已经运抵。</p></body>',
    );
    const lines = page.text.split('\n');
    expect(page.links[lines.indexOf('实验室的第一批设备已经运抵。')]).toBe(0);
  });
});
