import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { gbkCharOf } from './gbkCodes.ts';

/**
 * A GBK character whose first byte was lost: its second byte, when it is in ASCII's
 * range (0x40–0x7E), survives as a stray symbol between Chinese characters, often after
 * a `?` where a decoder gave up and the tail of a broken pinyin annotation (`對接?xùn)|盟`
 * for `對接東盟`: 東 is 96 7C, and 7C is `|`).
 *
 * Which character it was cannot be read from one byte, but an article repeats its
 * words: of the characters whose second byte this is, the one that forms the most pairs
 * with its neighbours elsewhere in the same article is taken (`東盟` occurs throughout).
 * With little evidence the repair is only proposed.
 */

const HAN = '[\\u4e00-\\u9fff]';
// Symbols only: a stray letter or digit between Chinese characters can be real (`A股`).
const RUN = new RegExp(
  `(?<=${HAN})\\?(?:[a-zü\\u00e0-\\u01dc]{1,6}\\))?([@\\[\\\\\\]^_\`{|}~])(?=${HAN})`,
  'gu',
);

let byTrail: Map<number, string[]> | null = null;

/** Han characters by their GBK second byte, for second bytes in ASCII's range. */
function charactersByTrail(): Map<number, string[]> {
  if (byTrail) return byTrail;
  const map = new Map<number, string[]>();
  for (let trail = 0x40; trail <= 0x7e; trail++) {
    const list: string[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      const ch = gbkCharOf((lead << 8) | trail);
      if (ch !== undefined && /^\p{Script=Han}$/u.test(ch)) list.push(ch);
    }
    map.set(trail, list);
  }
  byTrail = map;
  return map;
}

function occurrences(text: string, pair: string): number {
  let n = 0;
  for (let at = text.indexOf(pair); at !== -1; at = text.indexOf(pair, at + 1)) n++;
  return n;
}

export function gbkLostByteEdits(raw: string): RuleEdit[] {
  const edits: RuleEdit[] = [];
  for (const match of raw.matchAll(RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const trail = match[1]!.charCodeAt(0);
    const before = raw[start - 1]!;
    const after = raw[end]!;
    const scored = (charactersByTrail().get(trail) ?? [])
      .map((ch) => ({ ch, pairs: occurrences(raw, ch + after) + occurrences(raw, before + ch) }))
      .filter((c) => c.pairs > 0)
      .sort((a, b) => b.pairs - a.pairs);
    const best = scored[0];
    if (!best) continue;
    const runnerUp = scored[1]?.pairs ?? 0;
    const sure = best.pairs >= 3 && best.pairs >= 3 * runnerUp;
    const hex = trail.toString(16).toUpperCase();
    edits.push({
      start,
      end,
      replacement: best.ch,
      rule: RULE.repairGbkLostByte,
      reason:
        `A GBK character lost its first byte; "${match[1]}" is its second (${hex}). ` +
        `"${best.ch}" fits: its pairs with the neighbours occur ${best.pairs} times in this article.`,
      confidence: sure ? CONFIDENCE.repairGbkLostByte : 0.5,
    });
  }
  return edits;
}
