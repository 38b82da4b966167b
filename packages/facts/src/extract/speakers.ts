import { nameAt } from './people.ts';

/**
 * Transcripts: a line such as `科学技术部副部长 张广军:` or `张广军：` or `Zhang Guangjun:` gives
 * the floor to someone until the next such line. Reporters' lines (封面新闻记者:) hand it to
 * the reporter. Returns, for each speaker line, where the turn starts and who speaks.
 */
export type Turn = { start: number; speaker: string };

/** A label line's label: 2 to 40 characters, no sentence punctuation, then a colon. */
const LABEL = /^([^:：。！？!?]{2,40}?)[ \t]*[:：]$/u;

/**
 * Each line that is only a label and a colon, with where it starts. Lines are cut and
 * trimmed first: a pattern anchored on line starts over text padded with long runs of
 * spaces (text dumps of page layouts) backtracks for seconds.
 */
function* labelLines(text: string): Generator<{ index: number; label: string }> {
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length <= 48 && (trimmed.endsWith(':') || trimmed.endsWith('：'))) {
      const m = LABEL.exec(trimmed);
      if (m) yield { index: at, label: m[1]! };
    }
    at += line.length + 1;
  }
}
const ENGLISH_NAME = /^(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+$|^[A-Z][a-z]+$/;

export function findTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  for (const m of labelLines(text)) {
    const label = m.label.trim();
    if (/\d{1,2}:\d{2}/.test(label) || /[,，、]$/.test(label)) continue;
    // The name is the label's last word: a title and a space before it, or nothing.
    const last = label.split(/\s+/).pop()!;
    let speaker: string | null = null;
    if (/^[\u4e00-\u9fff]{2,4}$/u.test(last) && nameAt(last, 0) === last) speaker = last;
    else if (ENGLISH_NAME.test(label)) speaker = label;
    else if (/(?:记者|主持人|Reporter|Host|Moderator)$/u.test(label)) speaker = label;
    else {
      // 科学技术部副部长张广军: a name glued to the end of the title
      for (const length of [3, 2]) {
        const candidate = label.slice(-length);
        if (nameAt(label, label.length - length) === candidate && label.length > length) {
          speaker = candidate;
          break;
        }
      }
    }
    if (speaker) turns.push({ start: m.index, speaker });
  }
  return turns;
}

export function speakerAt(turns: readonly Turn[], offset: number): string | null {
  let speaker: string | null = null;
  for (const turn of turns) {
    if (turn.start > offset) break;
    speaker = turn.speaker;
  }
  return speaker;
}
