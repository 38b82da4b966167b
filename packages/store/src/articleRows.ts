import { searchableChars, searchableText } from '@winnow/text/search';
import { indexedBody, OVERLAP, SEQ_STRIDE, splitIntoChunks } from './chunks.ts';
import { deflateText } from './deflatedText.ts';
import { contextFromText, textAtOf } from './repositories/factContext.ts';
import type { TextAt } from './repositories/factContext.ts';
import type { FactStatus, NewFact } from './repositories/facts.ts';

/*
 * What a new article's text is stored as — its raw text deflated, its cleaned text in
 * deflated chunks, each chunk's search row — and its facts' rows, worked out without the database. An import
 * builds these on its worker threads, so that the thread holding the write lock only
 * writes them (about a fifth of its time went into building them). The repositories use
 * the same functions for an article stored in one go, so both ways store the same bytes.
 */

/** One stored chunk of cleaned text and the search row that indexes it. */
export type ChunkRow = {
  seq: number;
  /** In UTF-16 code units, as offsets are counted. */
  length: number;
  deflated: Uint8Array;
  /** The searchable title: the first chunk's row holds it, the others ''. */
  searchTitle: string;
  searchBody: string;
  /** Each CJK character of the row once (text/search.ts). */
  searchChars: string;
};

/** A new article's texts as the corpus keeps them. */
export type ArticleRows = { rawDeflated: Uint8Array; chunks: ChunkRow[] };

/** A chunk of `text` at [start, end) and what its search row holds (see chunks.ts). */
export function searchRowOf(
  title: string | null,
  text: string,
  chunk: { seq: number; start: number; end: number },
  base = 0,
): { title: string; body: string } {
  const [from, to] = [chunk.start - base, chunk.end - base];
  const body = indexedBody(
    text.slice(Math.max(0, from - 1), from),
    text.slice(from, to),
    text.slice(to, to + OVERLAP + 1),
  );
  // The title is indexed once, with the article's first chunk.
  return { title: chunk.seq === 0 ? searchableText(title ?? '') : '', body };
}

/** The cleaned text's chunks, numbered SEQ_STRIDE apart, each with its search row. */
export function chunkRowsOf(title: string | null, cleaned: string): ChunkRow[] {
  let start = 0;
  return splitIntoChunks(cleaned).map((text, i) => {
    const chunk = { seq: i * SEQ_STRIDE, start, end: start + text.length };
    start = chunk.end;
    const row = searchRowOf(title, cleaned, chunk);
    return {
      seq: chunk.seq,
      length: text.length,
      deflated: deflateText(text),
      searchTitle: row.title,
      searchBody: row.body,
      searchChars: searchableChars(row.title, row.body),
    };
  });
}

export function articleRowsOf(title: string | null, raw: string, cleaned: string): ArticleRows {
  return { rawDeflated: deflateText(raw), chunks: chunkRowsOf(title, cleaned) };
}

/** A new fact's row but its article and word ids (see factRowOf). */
export type FactRowToStore = Omit<NewFact, 'articleId' | 'value' | 'status'> & {
  value: string | null;
  status: FactStatus;
  contextFromText: boolean;
};

/**
 * A new fact as its row holds it, worked out without the database: the value as JSON,
 * and no context when `textAt` (the article's cleaned text) gives the same one back.
 */
export function factRowOf(fact: Omit<NewFact, 'articleId'>, textAt: TextAt | null): FactRowToStore {
  const fromText = textAt !== null && contextFromText(textAt, fact);
  return {
    ...fact,
    prefix: fromText ? '' : fact.prefix,
    suffix: fromText ? '' : fact.suffix,
    value: fact.value === null ? null : JSON.stringify(fact.value),
    status: fact.status ?? 'pending',
    contextFromText: fromText,
  };
}

/** An article's new facts as rows, against its cleaned text. */
export function factRowsOf(
  facts: readonly Omit<NewFact, 'articleId'>[],
  cleaned: string,
): FactRowToStore[] {
  const textAt = textAtOf(cleaned);
  return facts.map((fact) => factRowOf(fact, textAt));
}
