import { describe, expect, it } from 'vitest';
import { cleanArticle, readArticle } from '../src/index.ts';
import { ownSectionsThrough } from '../src/clean/sections.ts';
import { keptLines } from '../src/clean/outside.ts';

// A made-up encyclopedia entry: prose sections first, then sections that are only tables
// and lists (a record of works), as an entry's later sections often are.
const lead =
  '青石河是东南丘陵地区的一条河流，发源于北部山地，向南流经三个县城后汇入海湾，全长约二百四十公里，流域内以农业和渔业为主，沿岸有多处古代渡口遗址。';
const history =
  '早在明代，沿河村落便修筑了石砌堤岸，用以抵御每年夏季的洪水，其中最长的一段堤岸至今仍在使用，当地人称之为老堤。';
const today =
  '近年来，沿岸县城陆续建成了湿地公园和步行道，河流的水质逐年改善，每年春季都有大批候鸟在下游的滩涂停留。';

function entry(label: string, contents: boolean): string {
  return [
    '# 青石河',
    '',
    lead,
    '',
    ...(contents
      ? ['## 目录', '', '  - 1 概况', '  - 2 历史', '  - 3 现状', '  - 4 桥梁', '  - 5 支流', '']
      : []),
    `## 概况${label}`,
    '',
    lead,
    '',
    `## 历史${label}`,
    '',
    history,
    '',
    `## 现状${label}`,
    '',
    today,
    '',
    `## 桥梁${label}`,
    '',
    '名称 | 建成年份 | 长度（米）',
    '---|---|---',
    '东门桥 | 1958 | 320',
    '柳湾桥 | 1987 | 410',
    '新港大桥 | 2016 | 1250',
    '',
    `## 支流${label}`,
    '',
    '  - 白沙溪',
    '  - 黄泥沟',
    '  - 三叉河',
    '',
    '## 相关条目',
    '',
    '  - 东南丘陵',
    '  - 海湾渔业',
    '',
    '免责声明',
  ].join('\n');
}

describe('an entry whose later sections are tables and lists', () => {
  it('keeps the sections its contents list names, though they hold no sentence', () => {
    const { cleaned } = cleanArticle(entry('', true));
    expect(cleaned).toContain(today);
    expect(cleaned).toContain('柳湾桥 | 1987 | 410');
    expect(cleaned).toContain('三叉河');
    // What follows the last named section is still the page's.
    expect(cleaned).not.toContain('海湾渔业');
  });

  it('keeps the sections whose headings close on the same edit link as the story’s own', () => {
    const { cleaned } = cleanArticle(entry('[编辑]', false));
    expect(cleaned).toContain('新港大桥 | 2016 | 1250');
    expect(cleaned).toContain('黄泥沟');
    expect(cleaned).not.toContain('海湾渔业');
  });

  it('leaves a page with neither a contents list nor headings of one form as it was', () => {
    const page = [
      '# 青石河治理工程通过验收',
      '',
      lead,
      '',
      history,
      '',
      today,
      '',
      '## 热门排行',
      '',
      '东门桥 | 1958 | 320',
      '柳湾桥 | 1987 | 410',
      '新港大桥 | 2016 | 1250',
    ].join('\n');
    expect(cleanArticle(page).cleaned).not.toContain('柳湾桥');
  });
});

describe('ownSectionsThrough', () => {
  const texts = [
    '目录',
    '1 概况',
    '2 历史',
    '3 桥梁',
    '4 支流',
    '概况',
    lead,
    '历史',
    history,
    '桥梁',
    '东门桥 1958',
    '支流',
    '白沙溪',
    '',
  ];

  it('runs the story on through the sections the contents list names', () => {
    expect(ownSectionsThrough(texts, 5, 8)).toBe(12);
  });

  it('stops where the page marks its own tail', () => {
    expect(ownSectionsThrough(texts, 5, 8, { tail: (i) => i === 11 })).toBe(10);
  });

  it('takes no section far below the story on trust', () => {
    const far = [
      ...texts.slice(0, 9),
      '友情链接',
      '网站地图',
      '联系我们',
      '关于本站',
      ...texts.slice(9),
    ];
    expect(ownSectionsThrough(far, 5, 8)).toBeNull();
  });

  it('reads no contents list in a column of figures', () => {
    const figures = [
      '3 概况',
      '7 历史',
      '2 桥梁',
      '9 支流',
      '概况',
      lead,
      '历史',
      history,
      '桥梁',
      '东门桥',
    ];
    expect(ownSectionsThrough(figures, 4, 7)).toBeNull();
  });
});

describe('a web page: an entry’s sections of tables', () => {
  it('keeps the tables of sections the page’s contents list names', () => {
    const row = (a: string, b: string, c: string) =>
      `<tr><td><a href="/w/${a}">${a}</a></td><td><a href="/y/${b}">${b}</a></td><td>${c}</td></tr>`;
    const html = `<!doctype html><html><head><title>青石河</title></head><body>
<div id="nav"><a href="/">首页</a> <a href="/r">随机条目</a></div>
<div id="content"><h1>青石河</h1>
<p>${lead}</p>
<div id="toc"><ul><li>1 概况</li><li>2 历史</li><li>3 现状</li><li>4 桥梁</li></ul></div>
<h2>概况<span>[<a href="/e1">编辑</a>]</span></h2><p>${lead}</p>
<h2>历史<span>[<a href="/e2">编辑</a>]</span></h2><p>${history}</p>
<h2>现状<span>[<a href="/e3">编辑</a>]</span></h2><p>${today}</p>
<h2>桥梁<span>[<a href="/e4">编辑</a>]</span></h2>
<table>${row('东门桥', '1958年', '320米')}${row('柳湾桥', '1987年', '410米')}${row('新港大桥', '2016年', '1250米')}</table>
<p>以上数据截至2024年底。</p>
</div>
<div id="footer"><a href="/about">关于我们</a> <a href="/privacy">隐私政策</a></div>
</body></html>`;
    const article = readArticle(new TextEncoder().encode(html), 'entry.html');
    const { cleaned } = cleanArticle(article.raw, { mainText: article.mainText });
    expect(cleaned).toContain(today);
    expect(cleaned).toContain('1250米');
    expect(cleaned).not.toContain('隐私政策');
  });
});

describe('keptLines: a long page with many short lines', () => {
  it('aligns the short lines exactly where blank lines would once have made the page too large', () => {
    // 2,500 short rows, each followed by a blank line, and an article of 1,800 of them:
    // blank lines counted, the alignment ran over 9M cells and fell back to long lines only.
    const raw: string[] = [];
    for (let i = 0; i < 2_500; i++) raw.push(`第${i}行`, '');
    const main = raw.filter((k) => k !== '').slice(0, 1_800);
    const kept = keptLines(raw, main);
    expect(kept.has(2 * 10)).toBe(true);
    expect(kept.has(2 * 1_799)).toBe(true);
    expect(kept.has(2 * 1_800)).toBe(false);
    expect(kept.has(1)).toBe(false);
  });
});
