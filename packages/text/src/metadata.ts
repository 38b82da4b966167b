import { withoutAnnotations } from './clean/pinyin.ts';

/**
 * Fields lifted from the head of an article: the publication date and the source, as
 * Chinese and English news pages print them near the top
 * (`2024-05-08 09:30 来源:某某日报`, `发稿时间:2024年5月8日`, `Source: example.cn`).
 * Only the first lines are read: a date deep in the body is a fact, not the dateline.
 */
export type LiftedMetadata = { publishedAt: string | null; sourceName: string | null };

const HEAD_LINES = 12;
const DATE = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
const SOURCE = /(?:来源|來源|稿源|source)\s*[:：]\s*([^|()（）,，\n]{2,80})/i;
const HAN = /[\u4e00-\u9fff]/;

/** A Chinese source name ends at the first space (`来源:新华网 作者:…`); an English one may hold spaces. */
function sourceOf(captured: string): string | null {
  const trimmed = captured.trim();
  const name = HAN.test(trimmed)
    ? (trimmed.split(/\s/)[0] ?? '')
    : (trimmed.split(/\s{2,}|\s[-–—]\s/)[0]?.trim() ?? '');
  return name.length >= 2 && name.length <= 60 ? name : null;
}

function isoDate(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function liftMetadata(text: string): LiftedMetadata {
  let publishedAt: string | null = null;
  let sourceName: string | null = null;
  // Read as a person would: without pinyin annotations (來源:科學(xué)技術(shù)部).
  const raw = withoutAnnotations(text);
  const lines = raw
    .split('\n', HEAD_LINES * 4)
    .filter((line) => line.trim() !== '')
    .slice(0, HEAD_LINES);
  for (const line of lines) {
    if (publishedAt === null) {
      const date = DATE.exec(line);
      if (date?.[1] && date[2] && date[3]) publishedAt = isoDate(date[1], date[2], date[3]);
    }
    if (sourceName === null) {
      const source = SOURCE.exec(line);
      if (source?.[1]) sourceName = sourceOf(source[1]);
    }
  }
  if (sourceName === null) {
    // Some pages credit the source after the article (`Source:ecns.cn` above the footer).
    const tail = raw
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(-HEAD_LINES);
    for (const line of tail) {
      const source =
        /^\s*[(（]?\s*(?:来源|來源|稿源|source)\s*[:：]\s*([^|()（）,，\n]{2,80})/i.exec(line);
      if (source?.[1]) sourceName = sourceOf(source[1]);
    }
  }
  return { publishedAt, sourceName };
}

/** A page's own statement of when it was published and by which site, from its <meta> tags. */
export function htmlMetadata(page: string): LiftedMetadata {
  // Meta tags live in the head; a bounded search keeps hostile pages cheap.
  const html = page.slice(0, 65_536);
  const meta = (property: string) =>
    new RegExp(
      `<meta\\b[^>]{0,500}?(?:property|name)=["']${property}["'][^>]{0,500}?content=["']([^"']{1,300})["']`,
      'i',
    ).exec(html)?.[1] ?? null;
  const published = meta('article:published_time') ?? meta('pubdate') ?? meta('publishdate');
  const date = published === null ? null : DATE.exec(published);
  return {
    publishedAt: date?.[1] && date[2] && date[3] ? isoDate(date[1], date[2], date[3]) : null,
    sourceName: meta('og:site_name'),
  };
}
