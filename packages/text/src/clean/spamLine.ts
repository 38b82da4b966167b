import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';

/**
 * A whole line of link-farm keywords standing first in the file, before the headline:
 * `澳门百家乐,真人娱乐城,成人视频,…`. Taken only when it is a list (four or more short
 * items, no sentence) and two items are plainly vice — gambling, pornography, escort
 * services — or one carries a phrase on the corpus's spam list; a list of places or
 * topics above a headline is left alone.
 */
const VICE =
  /赌|博彩|百家乐|娱乐城|真人荷官|六合彩|时时彩|老虎机|棋牌|成人|色情|情色|黄色网|约炮|援交|裸聊|偷拍|\bav\b|包养|包養|casino|porn|escort|betting/i;

export function spamLineEdits(raw: string, phrases: readonly string[]): RuleEdit[] {
  const start = raw.search(/\S/);
  if (start < 0) return [];
  const lineEnd = raw.indexOf('\n', start);
  const line = raw.slice(start, lineEnd < 0 ? raw.length : lineEnd).trim();
  if (/[。！？.!?]$/.test(line)) return [];
  const items = line.split(/\s*[,，、|｜;；]\s*|\s{2,}/).filter((item) => item !== '');
  if (items.length < 4 || items.some((item) => [...item].length > 12)) return [];
  const vice = items.filter(
    (item) => VICE.test(item) || phrases.some((phrase) => item.includes(phrase)),
  );
  // Two vice items, or one the editors listed: one word such as 成人 (adult education) is
  // not enough.
  const listed = items.some((item) => phrases.some((phrase) => item.includes(phrase)));
  if (vice.length < 2 && !listed) return [];
  let end = lineEnd < 0 ? raw.length : lineEnd + 1;
  while (raw[end] === '\n') end++;
  return [
    {
      start,
      end,
      replacement: '',
      rule: RULE.spamKeywordLine,
      reason: `A line of link-farm keywords before the headline (${vice
        .slice(0, 3)
        .map((v) => `"${v}"`)
        .join(', ')}…), not part of the article.`,
      confidence: CONFIDENCE.spamKeywordLine,
    },
  ];
}
