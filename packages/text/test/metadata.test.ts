import { describe, expect, it } from 'vitest';
import { datelineNear, htmlMetadata, liftMetadata } from '../src/metadata.ts';

describe('liftMetadata', () => {
  it('reads the dateline and source of a Chinese report', () => {
    expect(liftMetadata('标题\n\n发稿时间:2025-04-09 14:00 来源:东方科技报\n\n正文……')).toEqual({
      publishedAt: '2025-04-09',
      sourceName: '东方科技报',
    });
    expect(liftMetadata('标题\n2024年5月8日 09:30 來源：寶島新聞網\n正文')).toEqual({
      publishedAt: '2024-05-08',
      sourceName: '寶島新聞網',
    });
    expect(liftMetadata('(來源:寶島新聞網)\n正文')).toEqual({
      publishedAt: null,
      sourceName: '寶島新聞網',
    });
  });

  it('keeps the spaces of an English source name, not what follows a Chinese one', () => {
    expect(liftMetadata('Headline\n2025-08-30 | Source: Coastal Science Daily\n').sourceName).toBe(
      'Coastal Science Daily',
    );
    expect(liftMetadata('标题\n来源:新华网 作者:张三\n').sourceName).toBe('新华网');
  });

  it('reads an English dateline', () => {
    expect(liftMetadata('Headline\n\nSource: example-news.cn\n2025-06-02 09:15\n\nBody')).toEqual({
      publishedAt: '2025-06-02',
      sourceName: 'example-news.cn',
    });
  });

  it('ignores dates deep in the body and impossible dates', () => {
    const body = Array.from({ length: 20 }, (_, i) => `第${i}段。`).join('\n');
    expect(liftMetadata(`标题\n${body}\n2025-01-01 签署`).publishedAt).toBeNull();
    expect(liftMetadata('2025-13-45 标题').publishedAt).toBeNull();
    expect(liftMetadata('编号 120250301 的报告').publishedAt).toBeNull();
  });

  it('gives no date for a day the calendar does not have, rather than a wrong one', () => {
    for (const day of ['2024-02-30', '2023-02-29', '2024-04-31', '2024年6月31日', '2024/11/31'])
      expect(liftMetadata(`标题\n发布时间：${day} 08:52`).publishedAt, day).toBeNull();
    // Real days at the month's end stay, a leap day too.
    expect(liftMetadata('标题\n发布时间：2024-02-29 08:52').publishedAt).toBe('2024-02-29');
    expect(liftMetadata('标题\n发布时间：2024年12月31日').publishedAt).toBe('2024-12-31');
    // The article's dateline is impossible: a later date (a correction, a story it cites)
    // is not taken in its place.
    const later = '标题\n发布时间：2024-04-31 08:52\n更新时间：2024-05-02 10:00';
    expect(liftMetadata(later).publishedAt).toBeNull();
  });

  it('takes no date from a lead sentence that tells of an event', () => {
    const lead = '2031年5月6日上午九点半，刚拿到录取通知的她还没回过神来，就被家人接回了家。';
    expect(liftMetadata(`标题\n${lead}\n正文`).publishedAt).toBeNull();
    expect(liftMetadata('本条目的出处尚待补全。 (2031年4月17日)\n正文').publishedAt).toBeNull();
    // A label names a dateline even on a long line.
    const labelled = `发布时间：2022-02-11 08:52，${'字'.repeat(70)}`;
    expect(liftMetadata(`标题\n${labelled}`).publishedAt).toBe('2022-02-11');
    // So does a clock time, in a text dump's long table row.
    const row = `| 标题 ${'　'.repeat(40)} http://www.example.com/ 2005-07-18 13:03:17 现代，广汽`;
    expect(liftMetadata(row).publishedAt).toBe('2005-07-18');
  });
});

describe('datelineNear', () => {
  const menu = Array.from({ length: 15 }, (_, i) => `栏目${i}`);
  const article = '秋粮，听起来再普通不过。可这几天，在城东的几个收购点，记者却看到了一番新景象。';
  it('reads the date and time printed between the headline and the article', () => {
    const raw = [...menu, '秋粮不“普通”', '2022-02-13 09:57 光明网', '分享到', article].join('\n');
    expect(datelineNear(raw, article)).toBe('2022-02-13');
  });

  it('gives no date for an impossible day, not the next dated line', () => {
    const raw = [...menu, '·另一条新闻 2022-02-10 08:00', '2022-02-30 09:57 光明网', article];
    expect(datelineNear(raw.join('\n'), article)).toBeNull();
  });

  it('ignores dated headline lists far above the article, and dates without a time', () => {
    const list = ['·另一条新闻（2005-04-03 17:19）', ...menu];
    expect(datelineNear([...list, article].join('\n'), article)).toBeNull();
    expect(datelineNear([...menu, '2022-02-13', article].join('\n'), article)).toBeNull();
    expect(datelineNear(menu.join('\n'), null)).toBeNull();
  });
});

describe('htmlMetadata', () => {
  it('prefers the page’s own meta tags', () => {
    const html =
      '<meta property="article:published_time" content="2025-07-21T16:05:00+08:00"><meta property="og:site_name" content="环球科讯网">';
    expect(htmlMetadata(html)).toEqual({ publishedAt: '2025-07-21', sourceName: '环球科讯网' });
  });

  it('gives no date for an impossible day in the meta tags', () => {
    const page = '<meta property="article:published_time" content="2023-02-29T08:00:00+08:00">';
    expect(htmlMetadata(page).publishedAt).toBeNull();
  });

  it('reads schema.org microdata and og:release_date', () => {
    expect(
      htmlMetadata('<meta itemprop="datePublished" content="2020-11-26 08:04" />').publishedAt,
    ).toBe('2020-11-26');
    expect(
      htmlMetadata('<meta property="og:release_date" content="2020-11-26 08:04"/>').publishedAt,
    ).toBe('2020-11-26');
  });
});
