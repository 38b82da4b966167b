import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';

/**
 * The headline carries the site's name (`…_中国网`, `… - 新华网`) and sometimes a category
 * tag (`热点资讯`). Both are removed from the headline; pinyin annotations inside the tag
 * are tolerated so the tag is found in damaged text too.
 */
const ANNOTATION = '(?:[(（][a-zü\\u0101-\\u01dc]{1,8}[)）])?';
const tag = (word: string) => [...word].join(ANNOTATION);
const CATEGORY_TAGS = ['热点资讯', '熱點資訊', '要闻', '要聞', '热点新闻', '熱點新聞'];
const CATEGORY = new RegExp(`(${CATEGORY_TAGS.map(tag).join('|')})\\s*$`);
export const SITE_SUFFIX =
  /\s*[_|｜–—-]\s*[^_|｜–—\-\s]{1,16}?(网|網|报|報|新闻|新聞|资讯|資訊|频道|頻道|news|daily|online)\s*$/i;

/** Edits on the headline line (by default the first line of the text). */
export function titleEdits(
  raw: string,
  line: { start: number; end: number } = { start: 0, end: lineEndOf(raw) },
): RuleEdit[] {
  const firstLine = raw.slice(line.start, line.end);
  if (firstLine.trim() === '' || firstLine.length > 200) return [];
  const edits: RuleEdit[] = [];
  const suffix = SITE_SUFFIX.exec(firstLine);
  if (suffix && suffix.index > 4) {
    edits.push({
      start: line.start + suffix.index,
      end: line.start + firstLine.length,
      replacement: '',
      rule: RULE.metaTitleSiteSuffix,
      reason: `"${suffix[0].trim()}" is the site’s name appended to the headline.`,
      confidence: CONFIDENCE.metaTitleSiteSuffix,
    });
  }
  const category = CATEGORY.exec(suffix ? firstLine.slice(0, suffix.index) : firstLine);
  if (category && category.index > 4) {
    edits.push({
      start: line.start + category.index,
      end: line.start + category.index + category[0].length,
      replacement: '',
      rule: RULE.metaTitleCategory,
      reason: `"${category[0].trim()}" is the site’s category tag, not part of the headline.`,
      confidence: CONFIDENCE.metaTitleCategory,
    });
  }
  return edits;
}

function lineEndOf(raw: string): number {
  const end = raw.indexOf('\n');
  return end < 0 ? raw.length : end;
}
