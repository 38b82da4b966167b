import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import type { Line } from './lines.ts';

/**
 * A forum post's signature run onto the post's own line (a lenient extractor joins a post's
 * cell into one line): after the post's text, a rule drawn in dashes, then the poster's
 * motto or blog address and the board's stamp with the posting time (`---------------- 我的
 * 博客 … 〓 某某留言板 发布时间 2005/05/17 22:11:42 by 某某 〓`). The rule and the time are
 * the two marks: the text after such a rule, with a posting time in it, is the board's, not
 * the post's. Only the story's last line is read: replies below it are the page's anyway.
 */
const DASHED_RULE = /\s[-=_—─]{10,}\s/;
const POSTED = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s{0,3}\d{1,2}:\d{2}/;
/** Cell bars and spaces closing the line stay: they are the layout, not the signature. */
const CLOSING_BARS = /[\s|│]*$/;

export function signatureEdit(raw: string, line: Line): RuleEdit | null {
  const text = raw.slice(line.start, line.end);
  const rule = DASHED_RULE.exec(text);
  if (!rule) return null;
  const start = rule.index + 1;
  const end = text.length - (CLOSING_BARS.exec(text)?.[0].length ?? 0);
  const signature = text.slice(start, end);
  // The post must come before the rule, and the signature must be short beside it.
  if (!POSTED.test(signature) || signature.length > 300 || start < signature.length) return null;
  return {
    start: line.start + start,
    end: line.start + end,
    replacement: '',
    rule: RULE.chromeSignature,
    reason:
      'After a rule drawn in dashes the post’s line carries the poster’s signature and the board’s posting stamp, not the post.',
    confidence: CONFIDENCE.chromeSignature,
  };
}
