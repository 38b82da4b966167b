import { describe, expect, it } from 'vitest';
import { htmlMetadata, liftMetadata } from '../src/metadata.ts';

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
});

describe('htmlMetadata', () => {
  it('prefers the page’s own meta tags', () => {
    const html =
      '<meta property="article:published_time" content="2025-07-21T16:05:00+08:00"><meta property="og:site_name" content="环球科讯网">';
    expect(htmlMetadata(html)).toEqual({ publishedAt: '2025-07-21', sourceName: '环球科讯网' });
  });
});
