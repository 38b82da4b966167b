import type { Database } from 'better-sqlite3';
import { changedRegion } from '@winnow/text/changedRegion';
import type { ChangedRegion } from '@winnow/text/changedRegion';
import { searchableChars } from '@winnow/text/search';
import { chunkRowsOf, searchRowOf } from '../articleRows.ts';
import type { ChunkRow } from '../articleRows.ts';
import {
  CHUNK_CHARS,
  OVERLAP,
  SEQ_LIMIT,
  SEQ_STRIDE,
  searchRowid,
  splitIntoChunks,
} from '../chunks.ts';
import { deflateText, hasColumn, textOf } from '../deflatedText.ts';

/** Segments of the search index an import may leave before it is merged into one. */
const MERGED_SEGMENTS = 4;

/** One stored chunk and where it lies in the cleaned text (UTF-16 offsets). */
type Placed = { seq: number; start: number; end: number };
/**
 * The cleaned text of each article, stored and indexed for search chunk by chunk (see
 * chunks.ts). A change rewrites the chunks it falls in and renews the search rows that
 * read the changed characters; only those chunks and their neighbours are read.
 */
export function cleanedChunkRepository(db: Database) {
  // Deflated since migration 9; migrations before it (6 and 8 use this repository) find
  // the chunks as plain text.
  const deflated = hasColumn(db, 'cleaned_chunk', 'deflated');
  const inserted = db.prepare<unknown[]>(
    deflated
      ? "INSERT INTO cleaned_chunk (article_id, seq, length, cleaned, deflated) VALUES (?, ?, ?, '', ?)"
      : 'INSERT INTO cleaned_chunk (article_id, seq, length, cleaned) VALUES (?, ?, ?, ?)',
  );
  const updated = db.prepare<unknown[]>(
    deflated
      ? "UPDATE cleaned_chunk SET length = ?, cleaned = '', deflated = ? WHERE article_id = ? AND seq = ?"
      : 'UPDATE cleaned_chunk SET length = ?, cleaned = ? WHERE article_id = ? AND seq = ?',
  );
  const stored = (text: string) => (deflated ? deflateText(text) : text);
  const insertChunk = {
    run: (articleId: number, seq: number, length: number, text: string) =>
      inserted.run(articleId, seq, length, stored(text)),
  };
  const updateChunk = {
    run: (length: number, text: string, articleId: number, seq: number) =>
      updated.run(length, stored(text), articleId, seq),
  };
  const deleteChunk = db.prepare<[number, number]>(
    'DELETE FROM cleaned_chunk WHERE article_id = ? AND seq = ?',
  );
  // `length` comes before the text in the row: reading it never reads the text.
  const layout = db.prepare<[number], { seq: number; length: number }>(
    'SELECT seq, length FROM cleaned_chunk WHERE article_id = ? ORDER BY seq',
  );
  type Stored = { cleaned: string; deflated: Uint8Array | null };
  const column = deflated ? 'cleaned, deflated' : 'cleaned, NULL AS deflated';
  const read = (row: Stored) => textOf(row.cleaned, row.deflated);
  const allChunks = db.prepare<[number], Stored>(
    `SELECT ${column} FROM cleaned_chunk WHERE article_id = ? ORDER BY seq`,
  );
  const someChunks = db.prepare<[number, number, number], Stored>(
    `SELECT ${column} FROM cleaned_chunk WHERE article_id = ? AND seq BETWEEN ? AND ? ORDER BY seq`,
  );
  const texts = { all: (articleId: number) => allChunks.all(articleId).map(read) };
  const window = {
    all: (articleId: number, from: number, to: number) =>
      someChunks.all(articleId, from, to).map(read),
  };
  // Each row lists its CJK characters once since migration 10 (text/search.ts); the
  // migrations before it (6 and 8 use this repository) find the index without that column.
  const listsChars = hasColumn(db, 'article_search', 'chars');
  const searchRow = db.prepare<unknown[]>(
    listsChars
      ? 'INSERT INTO article_search (rowid, title, body, chars) VALUES (?, ?, ?, ?)'
      : 'INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)',
  );
  const insertSearch = {
    run: (rowid: number, title: string, body: string) =>
      listsChars
        ? searchRow.run(rowid, title, body, searchableChars(title, body))
        : searchRow.run(rowid, title, body),
  };
  const deleteSearch = db.prepare<[number]>('DELETE FROM article_search WHERE rowid = ?');
  // Negative: merge even fewer segments than FTS5's own threshold, down to one.
  const mergeStep = db.prepare(
    "INSERT INTO article_search (article_search, rank) VALUES ('merge', -1000)",
  );
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  const segmentCount = db
    .prepare<[], number>('SELECT count(DISTINCT segid) FROM article_search_idx')
    .pluck();

  function placed(articleId: number): Placed[] {
    let start = 0;
    return layout.all(articleId).map(({ seq, length }) => {
      const chunk = { seq, start, end: start + length };
      start += length;
      return chunk;
    });
  }

  /** (Re)writes the search row of `chunk`; `text` begins at offset `base` of the article. */
  function index(articleId: number, title: string | null, text: string, chunk: Placed, base = 0) {
    const rowid = searchRowid(articleId, chunk.seq);
    deleteSearch.run(rowid);
    const row = searchRowOf(title, text, chunk, base);
    insertSearch.run(rowid, row.title, row.body);
  }

  function insert(articleId: number, title: string | null, cleaned: string): void {
    // The current schema: the rows an import builds on its workers, built here.
    if (deflated && listsChars) {
      insertRows(articleId, chunkRowsOf(title, cleaned));
      return;
    }
    let start = 0;
    splitIntoChunks(cleaned).forEach((text, i) => {
      const chunk = { seq: i * SEQ_STRIDE, start, end: start + text.length };
      insertChunk.run(articleId, chunk.seq, text.length, text);
      index(articleId, title, cleaned, chunk);
      start = chunk.end;
    });
  }

  /** A new article's chunks and search rows, built beforehand (articleRows.ts). */
  function insertRows(articleId: number, rows: readonly ChunkRow[]): void {
    if (!deflated || !listsChars) throw new Error('built rows need the current schema');
    for (const row of rows) {
      inserted.run(articleId, row.seq, row.length, row.deflated);
      // The same statements, in the same order, as an article indexed from its text.
      const rowid = searchRowid(articleId, row.seq);
      deleteSearch.run(rowid);
      searchRow.run(rowid, row.searchTitle, row.searchBody, row.searchChars);
    }
  }

  function removeAll(articleId: number): void {
    for (const chunk of placed(articleId)) {
      deleteChunk.run(articleId, chunk.seq);
      deleteSearch.run(searchRowid(articleId, chunk.seq));
    }
  }

  /** The pieces that take the place of chunks j..k, numbered from chunk j's number on. */
  function renumber(chunks: Placed[], j: number, k: number, span: string) {
    const first = chunks[j]!;
    let pieces = span.length > 2 * CHUNK_CHARS ? splitIntoChunks(span) : [span];
    pieces = pieces.filter((p) => p.length > 0);
    // The first chunk stays, empty or not: its search row holds the title.
    if (pieces.length === 0 && first.seq === 0) pieces = [''];
    // Free numbers run up to the next chunk kept; pieces beyond them join the last one.
    const room = (chunks[k + 1]?.seq ?? SEQ_LIMIT) - first.seq;
    if (pieces.length > room)
      pieces = [...pieces.slice(0, room - 1), pieces.slice(room - 1).join('')];
    let start = first.start;
    return pieces.map((text, i) => {
      const piece = { seq: first.seq + i, start, end: start + text.length, text };
      start = piece.end;
      return piece;
    });
  }

  /**
   * Replaces the region's old characters with `text`: the chunks it falls in are
   * rewritten (split when a revert made one large), and the search rows that read a
   * changed character renewed. Returns false, changing nothing, when the stored text
   * there is not `expected`.
   */
  function replaceRange(
    articleId: number,
    title: string | null,
    region: ChangedRegion,
    text: string,
    expected: string,
  ): boolean {
    const chunks = placed(articleId);
    const last = chunks.length - 1;
    if (last < 0) return false;
    // The chunk the change starts in (at a boundary: the one after it), and the last
    // one starting before the change's end.
    let j = chunks.findIndex((c) => c.end > region.start);
    if (j < 0) j = last;
    let k = j;
    while (k < last && chunks[k + 1]!.start < region.oldEnd) k++;
    // A row reads the character before its chunk and OVERLAP + 1 after it. Read from the
    // chunk before the first row that reads the change to OVERLAP past the chunk after it.
    const reads = (c: Placed) => c.end + OVERLAP + 1 >= region.start;
    const p = Math.max(0, Math.min(j, chunks.findIndex(reads)) - 1);
    const next = Math.min(last, k + 1);
    let q = next;
    while (q < last && chunks[q]!.end - chunks[next]!.end < OVERLAP + 1) q++;
    const base = chunks[p]!.start;
    const old = window.all(articleId, chunks[p]!.seq, chunks[q]!.seq).join('');
    if (old.slice(region.start - base, region.oldEnd - base) !== expected) return false;
    const now = old.slice(0, region.start - base) + text + old.slice(region.oldEnd - base);

    const delta = region.newEnd - region.oldEnd;
    const span = now.slice(chunks[j]!.start - base, chunks[k]!.end + delta - base);
    const pieces = renumber(chunks, j, k, span);
    const replaced = new Set(chunks.slice(j, k + 1).map((c) => c.seq));
    for (const piece of pieces) {
      if (replaced.delete(piece.seq))
        updateChunk.run(piece.text.length, piece.text, articleId, piece.seq);
      else insertChunk.run(articleId, piece.seq, piece.text.length, piece.text);
    }
    for (const seq of replaced) {
      deleteChunk.run(articleId, seq);
      deleteSearch.run(searchRowid(articleId, seq));
    }
    const shift = (c: Placed) => ({ ...c, start: c.start + delta, end: c.end + delta });
    const renewed = [
      ...chunks.slice(p, j).filter(reads),
      ...pieces,
      // The chunk after reads the change's last character (or, after a deletion, the one before it).
      ...chunks
        .slice(k + 1, k + 2)
        .map(shift)
        .filter((c) => c.start <= region.newEnd),
    ];
    for (const chunk of renewed) index(articleId, title, now, chunk, base);
    return true;
  }

  return {
    /** A new article's cleaned text, chunked and indexed. */
    insert,
    insertRows,

    text(articleId: number): string {
      return texts.all(articleId).join('');
    },

    /** Characters [from, to) of the cleaned text, reading only the chunks they lie in. */
    slice(articleId: number, from: number, to: number): string {
      const chunks = placed(articleId).filter((c) => c.end > from && c.start < to);
      const first = chunks[0];
      const final = chunks.at(-1);
      if (!first || !final) return '';
      const text = window.all(articleId, first.seq, final.seq).join('');
      return text.slice(Math.max(0, from - first.start), to - first.start);
    },

    /** The cleaned text changed from `before` to `after` (see replaceRange). */
    replace(articleId: number, title: string | null, before: string, after: string): void {
      const region = changedRegion(before, after);
      if (region.start === region.oldEnd && region.start === region.newEnd) return;
      const text = after.slice(region.start, region.newEnd);
      const expected = before.slice(region.start, region.oldEnd);
      if (replaceRange(articleId, title, region, text, expected)) return;
      // What is stored was not `before`: the text is stored again, whole.
      removeAll(articleId);
      insert(articleId, title, after);
    },

    /** Replaces [start, end) with `text` if the stored text reads `expected` there. */
    replaceRange(
      articleId: number,
      title: string | null,
      change: { start: number; end: number; text: string; expected: string },
    ): boolean {
      const { start, end, text, expected } = change;
      if (text === expected) return true;
      const region = { start, oldEnd: end, newEnd: start + text.length };
      return replaceRange(articleId, title, region, text, expected);
    },

    /** Renews the search rows: the first only (a new title), or all (a repair). */
    /**
     * Merges the search index into one segment when an import left it in more than
     * MERGED_SEGMENTS: a search narrowed by a filter looks articles up one by one (see
     * articleSearch.ts), and each lookup reads every segment (15 ms a page with the 12 a
     * 10k import leaves, 1 ms with one). True when it merged.
     */
    mergeIndex(): boolean {
      if ((segmentCount.get() ?? 0) <= MERGED_SEGMENTS) return false;
      // A step at a time, each its own short transaction, so that another connection's
      // writes wait a step (FTS5 'merge'), not the whole merge ('optimize': a minute at
      // 100k articles, past the busy timeout). A step that changes nothing ends it.
      for (;;) {
        const before = totalChanges.get() ?? 0;
        mergeStep.run();
        if ((totalChanges.get() ?? 0) - before < 2) return true;
      }
    },
    reindex(articleId: number, title: string | null, which: 'title' | 'all'): void {
      const text = this.text(articleId);
      const chunks = placed(articleId);
      for (const chunk of which === 'all' ? chunks : chunks.slice(0, 1))
        index(articleId, title, text, chunk);
    },
  };
}
