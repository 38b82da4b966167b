/**
 * Lines that are not prose: page chrome a cleaner may leave behind. No fact is proposed from
 * them — a figure in a navigation bar, a related-headlines table or a copyright notice is
 * not a claim of the article, and an editor would only have to reject it.
 */

/** Copyright and reprint notices, disclaimers. */
const LEGAL =
  /(?:版权所有|版权归|版权均属|著作权|免责声明|未经.{0,16}(?:授权|许可|同意)|不得转载|转载请|违者必究|Copyright|All rights reserved)/iu;
/** A date and time stamp, as link lists print beside each headline. */
const STAMP = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}/gu;

/** A cell or line that reads as a sentence: clause punctuation and some length. */
const isProse = (text: string) => /[，。；！？]/u.test(text) && text.length >= 20;

/** Whether one line (or one cell of a laid-out line) reads as chrome, not as the article. */
export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (LEGAL.test(text)) return true;
  // Headlines listed with their times.
  if ((text.match(STAMP)?.length ?? 0) >= 2) return true;
  if (isProse(text)) return false;
  // A menu: many short items between separators (首页 - 新闻 - 体育 …).
  const items = text.split(/\s+[-|·•/]\s+|\s*[|·•]\s*/u).filter((s) => s !== '');
  if (items.length >= 5 && items.every((s) => s.length <= 6)) return true;
  // Bulleted link lines: ·标题 ·标题 …
  return (text.match(/(?:^|\s)[·•]/gu)?.length ?? 0) >= 3;
}

/**
 * [start, end) of every chrome stretch of a text. A text dump of a page layout puts cells
 * between vertical bars: there each cell is judged alone, and a cell of a laid-out line
 * that is not prose (a headline in a link list, a menu, a date stamp) is chrome.
 */
export function chromeLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if ((line.match(/\|/gu)?.length ?? 0) >= 2) {
      let cellAt = at;
      for (const cell of line.split('|')) {
        if (cell.trim() !== '' && (isChromeLine(cell) || !isProse(cell.trim())))
          out.push([cellAt, cellAt + cell.length]);
        cellAt += cell.length + 1;
      }
    } else if (isChromeLine(line)) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}
