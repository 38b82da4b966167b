import type { Database, Statement } from 'better-sqlite3';

/** UTF-16 offsets of the characters beyond the BMP (surrogate pairs) in `text`. */
export function astralOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(/[\ud800-\udbff][\udc00-\udfff]/g)) offsets.push(match.index);
  return offsets;
}

/** A raw text read piece by piece: [from, to) in UTF-16 offsets. */
export type RawReader = { slice(from: number, to: number): string };

/**
 * Pieces of a raw text without reading all of it: SQLite's substr counts code points,
 * so each offset is moved back by the surrogate pairs before it (stored at insert).
 * An article stored before those were kept is read whole.
 */
export function rawReaderOf(db: Database, rawOf: Statement<[number], string>) {
  const info = db.prepare<[number], { astral: string | null }>(
    'SELECT astral FROM article_text WHERE article_id = ?',
  );
  const piece = db
    .prepare<[number, number, number], string>(
      'SELECT substr(raw, ?, ?) FROM article_text WHERE article_id = ?',
    )
    .pluck();
  return (id: number): RawReader | null => {
    const row = info.get(id);
    if (!row) return null;
    if (row.astral === null) {
      const raw = rawOf.get(id) ?? '';
      return { slice: (from, to) => raw.slice(from, to) };
    }
    const astral = JSON.parse(row.astral) as number[];
    const point = (offset: number) => offset - astral.filter((a) => a < offset - 1).length;
    return {
      slice: (from, to) =>
        to <= from ? '' : (piece.get(point(from) + 1, point(to) - point(from), id) ?? ''),
    };
  };
}
