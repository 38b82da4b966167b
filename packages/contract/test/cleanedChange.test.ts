import { describe, expect, it } from 'vitest';
import { applyEdits, cleanedChange, editsInForce } from '../src/index.ts';

type Span = { start: number; end: number; replacement: string; rule: string; state: string };

/** A raw text and edits on it as the cleaner and an editor leave them, overlaps included. */
function article(seed: number) {
  let s = seed;
  const random = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const raw = Array.from({ length: 400 }, (_, i) => '港口码头吞吐量 harbour,'[i % 20]).join('');
  const edits: Span[] = [];
  for (let at = random(10); at < raw.length - 10; at += 5 + random(25)) {
    const end = at + random(8);
    const rule = random(6) === 0 ? 'manual' : 'spam.injected-phrase';
    const replacement = random(4) === 0 ? '·' : '';
    edits.push({
      start: at,
      end,
      replacement,
      rule,
      state: random(3) === 0 ? 'proposed' : 'applied',
    });
    // An editor's edit starting where the cleaner's does, covering it; and one inside it.
    if (random(5) === 0)
      edits.push({ start: at, end: end + 3, replacement: '', rule: 'manual', state: 'accepted' });
    if (random(7) === 0 && end > at + 2)
      edits.push({
        start: at + 1,
        end: at + 2,
        replacement: 'x',
        rule: 'chrome.by-editor',
        state: 'applied',
      });
  }
  return { raw, edits, random };
}

describe('cleanedChange', () => {
  it('gives the change that turns the old cleaned text into the new one, for any toggle', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { raw, edits, random } = article(seed);
      let before = edits;
      for (let round = 0; round < 25; round++) {
        const after = before.map((e) => ({ ...e }));
        for (let n = 1 + random(round % 5 === 0 ? 4 : 1); n > 0; n--) {
          const edit = after[random(after.length)]!;
          edit.state =
            edit.state === 'reverted' || edit.state === 'proposed' ? 'accepted' : 'reverted';
        }
        const old = applyEdits(raw, editsInForce(before));
        const now = applyEdits(raw, editsInForce(after));
        const change = cleanedChange(raw, before, after);
        if (old === now) expect(change).toBeNull();
        else {
          expect(change).not.toBeNull();
          const { start, end, text, expected } = change!;
          expect(old.slice(start, end)).toBe(expected);
          expect(old.slice(0, start) + text + old.slice(end)).toBe(now);
          // Proportional: never more than the edits that changed and what they cover.
          expect(end - start).toBeLessThan(old.length / 2);
        }
        before = after;
      }
    }
  });
});
