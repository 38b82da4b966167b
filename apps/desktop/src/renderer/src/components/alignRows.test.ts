import { describe, expect, it } from 'vitest';
import { editSegments } from '@winnow/contract';
import { alignRows, foldRows, rowCells } from './alignRows.ts';

type Edit = { start: number; end: number; replacement: string; rule: string; state: string };

/** Applies the edits (in order, none overlapping) and aligns; rows as [raw, cleaned] text. */
function aligned(raw: string, edits: Edit[], shown: Edit[] = edits) {
  let cleaned = '';
  let at = 0;
  for (const e of edits) {
    cleaned += raw.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  cleaned += raw.slice(at);
  const rows = alignRows(raw, cleaned, editSegments(raw.length, edits), shown);
  return rows.map((r) => [
    raw.slice(r.rawStart, r.rawEnd),
    cleaned.slice(r.cleanedStart, r.cleanedEnd),
    r.same,
  ]);
}

const cut = (raw: string, text: string, replacement = ''): Edit => {
  const start = raw.indexOf(text);
  return { start, end: start + text.length, replacement, rule: 'spam.x', state: 'applied' };
};

describe('alignRows', () => {
  it('puts each kept line beside itself and a removed line beside nothing', () => {
    const raw = 'Harbour report\n点击进入网站地图\nShips arrived.\nMore came.\n';
    expect(aligned(raw, [cut(raw, '点击进入网站地图\n')])).toEqual([
      ['Harbour report\n', 'Harbour report\n', true],
      ['点击进入网站地图\n', '', false],
      ['Ships arrived.\n', 'Ships arrived.\n', true],
      ['More came.\n', 'More came.\n', true],
    ]);
  });

  it('keeps a changed line beside its cleaned version', () => {
    const raw = 'The port 包养网 grew.\nIt was busy.';
    expect(aligned(raw, [cut(raw, ' 包养网')])).toEqual([
      ['The port 包养网 grew.\n', 'The port grew.\n', false],
      ['It was busy.', 'It was busy.', true],
    ]);
  });

  it('gives a removal that starts at a line end one row with the line before it', () => {
    const raw = 'Title\nAd line\nBody text\n';
    expect(aligned(raw, [cut(raw, '\nAd line')])).toEqual([
      ['Title\nAd line\n', 'Title\n', false],
      ['Body text\n', 'Body text\n', true],
    ]);
  });

  it('never cuts through a hunk the cleaner only proposed', () => {
    const raw = 'One\nTwo\nThree\nFour\n';
    const proposed = { ...cut(raw, 'Two\nThree\n'), state: 'proposed' };
    // Not in force: the cleaned text is the raw text, yet the hunk's lines share a row.
    expect(aligned(raw, [], [proposed])).toEqual([
      ['One\n', 'One\n', true],
      ['Two\nThree\n', 'Two\nThree\n', false],
      ['Four\n', 'Four\n', true],
    ]);
  });

  it('gives lines the cleaner inserted a row of their own', () => {
    const raw = 'First\nSecond\n';
    const insert = { start: 6, end: 6, replacement: 'Added\n', rule: 'manual', state: 'applied' };
    expect(aligned(raw, [insert])).toEqual([
      ['First\n', 'First\n', true],
      ['', 'Added\n', false],
      ['Second\n', 'Second\n', true],
    ]);
  });

  it('rebuilds both texts from the rows, whatever the edits', () => {
    const raw = 'a\n\n\nb c d\ne\nf\n\ng';
    const edits = [cut(raw, '\n', ''), cut(raw, 'c d\ne', 'X'), cut(raw, 'f\n\n')].sort(
      (x, y) => x.start - y.start,
    );
    const rows = aligned(raw, edits);
    expect(rows.map((r) => r[0]).join('')).toBe(raw);
    expect(rows.map((r) => r[1]).join('')).toBe('a\n\nb X\ng');
  });
});

describe('foldRows', () => {
  const row = (same: boolean) => ({ rawStart: 0, rawEnd: 0, cleanedStart: 0, cleanedEnd: 0, same });

  it('folds a long unchanged stretch, keeping three rows of context on each side', () => {
    const rows = [row(false), ...Array.from({ length: 12 }, () => row(true)), row(false)];
    expect(foldRows(rows)).toEqual([
      { kind: 'rows', from: 0, to: 4 },
      { kind: 'fold', from: 4, to: 10 },
      { kind: 'rows', from: 10, to: 14 },
    ]);
  });

  it('leaves a stretch of eight unchanged rows unfolded', () => {
    const rows = [row(false), ...Array.from({ length: 8 }, () => row(true)), row(false)];
    expect(foldRows(rows)).toEqual([{ kind: 'rows', from: 0, to: 10 }]);
  });
});

describe('rowCells', () => {
  it('keeps each changed row a cell of its own and runs of unchanged rows one cell', () => {
    const raw = 'Title\nKept one.\nKept two.\n点击进入网站地图\nKept three.\nKept four.\n';
    const cleaned = raw.replace('点击进入网站地图\n', '');
    const edits = [cut(raw, '点击进入网站地图\n')];
    const rows = alignRows(raw, cleaned, editSegments(raw.length, edits), edits);
    const cells = rowCells(rows, 0, rows.length);
    expect(cells.map((c) => raw.slice(rows[c.from]?.rawStart, rows[c.to - 1]?.rawEnd))).toEqual([
      'Title\nKept one.\nKept two.\n',
      '点击进入网站地图\n',
      'Kept three.\nKept four.\n',
    ]);
    // A stretch cut anywhere covers exactly its rows, in order.
    expect(rowCells(rows, 1, 4)).toEqual([
      { from: 1, to: 3 },
      { from: 3, to: 4 },
    ]);
  });

  it('never joins two changed rows', () => {
    const raw = 'a\nb\nc\n';
    const edits = [cut(raw, 'a'), cut(raw, 'b'), cut(raw, 'c')];
    const cleaned = raw.replaceAll(/[abc]/g, '');
    const rows = alignRows(raw, cleaned, editSegments(raw.length, edits), edits);
    expect(rows.length).toBeGreaterThan(1);
    expect(rowCells(rows, 0, rows.length)).toHaveLength(rows.length);
  });
});
