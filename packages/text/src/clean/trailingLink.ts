import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import type { Line } from './lines.ts';

/**
 * A bare link set after the story's last sentence on the story's closing line (a dump that
 * joins a table cell into one line runs the page's download or "original" link onto the
 * story's last paragraph: `…也耗资200多万。 http://…/file.torrent |`). The story has
 * ended on its stop; an address after it, with nothing but the cell's bars following, is
 * the page's link, not a sentence. A link a sentence carries (`见http://…。`, `网站：http://…`)
 * has no stop before it and stays.
 */
const TRAILING_LINK = /[。！？.!?]["”’」)）]*(\s+(?:https?:\/\/|www\.)[^\s|│]+)[\s|│]*$/du;

export function trailingLinkEdit(raw: string, line: Line): RuleEdit | null {
  const text = raw.slice(line.start, line.end);
  if (!text.includes('http') && !text.includes('www.')) return null;
  const link = TRAILING_LINK.exec(text);
  if (!link) return null;
  const [start, end] = link.indices![1]!;
  return {
    start: line.start + start,
    end: line.start + end,
    replacement: '',
    rule: RULE.chromeAfterArticle,
    reason:
      'After the story’s last sentence the line carries a bare link of the page, not article text.',
    confidence: 0.85,
  };
}
