import type { Database } from 'better-sqlite3';
import type { FactKind, FactStatus } from '@winnow/contract';
import { cleanedChunkRepository } from './cleanedChunks.ts';
import { factRowOf } from '../articleRows.ts';
import type { FactRowToStore } from '../articleRows.ts';
import { contextAt, contextFromText, textAtOf } from './factContext.ts';
import type { Context, TextAt } from './factContext.ts';
import { factWordRepository } from './factWords.ts';
import { manyRowsInsert } from './manyRows.ts';
import type { FactWordRepository } from './factWords.ts';

export type { FactStatus };

export type FactRow = {
  id: number;
  articleId: number;
  kind: FactKind;
  quote: string;
  start: number | null;
  end: number | null;
  prefix: string;
  suffix: string;
  value: string | number | null;
  valueMax: number | null;
  unit: string | null;
  subject: string | null;
  corroborationKey: string | null;
  topicKey: string | null;
  qualifier: string | null;
  role: string | null;
  speaker: string | null;
  confidence: number;
  status: FactStatus;
  extractor: string;
  extractorVersion: string;
  orphan: boolean;
};

export type NewFact = Omit<FactRow, 'id' | 'status' | 'orphan'> & { status?: FactStatus };

/** The fields kept as ids of fact_word (factWords.ts), and their columns. */
const WORDS = {
  unit: 'unit_id',
  subject: 'subject_id',
  corroborationKey: 'corroboration_id',
  topicKey: 'topic_id',
  qualifier: 'qualifier_id',
  extractor: 'extractor_id',
  extractorVersion: 'extractor_version_id',
} as const;
type WordField = keyof typeof WORDS;
const WORD_FIELDS = Object.keys(WORDS) as WordField[];

const COLUMNS = `id, article_id AS articleId, kind, quote, start, "end", prefix, suffix, value, value_max AS valueMax,
  ${WORD_FIELDS.map((field) => `${WORDS[field]} AS ${field}`).join(', ')}, role, speaker,
  confidence, status, orphan, context_from_text AS contextFromText`;

/** The columns a new fact's row is inserted with, and one row's values (21 bound). */
const INSERTED = `article_id, kind, quote, start, "end", prefix, suffix, value, value_max, unit_id, subject_id,
  corroboration_id, topic_id, qualifier_id, role, speaker, confidence, status, extractor_id,
  extractor_version_id, context_from_text, extractor, extractor_version`;
const INSERTED_VALUES = 21;
const INSERTED_ROW = `(${Array(INSERTED_VALUES).fill('?').join(', ')}, '', '')`;

/** Another article's fact that agrees with or contradicts one of ours. */
export type RelatedFactRow = {
  factId: number;
  articleId: number;
  title: string | null;
  language: string | null;
  quote: string;
  value: string | number | null;
  key: string;
};

/** How many related facts one fact lists; a figure quoted by thousands stays readable. */
export const RELATED_LIMIT = 20;

type RawFact = Omit<FactRow, 'value' | 'orphan' | WordField> & {
  value: string | null;
  orphan: number;
  contextFromText: number;
} & Record<WordField, number | null>;

/**
 * `textAt`: the cleaned text the fact's offsets point into, for a context the row does not
 * hold. `inHand`: that text is already read whole, and the context is cut from it at once;
 * otherwise it is read when first asked for: a status or a value is read for many facts at
 * once (a decision on thousands of them) and needs no text.
 *
 * Built field by field, in the columns' order: an export parses every fact of the corpus,
 * and a spread copy (and an accessor on each, which leaves V8 a slow dictionary object)
 * were most of that.
 */
function parse(
  row: RawFact,
  textAt: TextAt | null,
  inHand: boolean,
  words: FactWordRepository,
): FactRow {
  const parsed: FactRow = {
    id: row.id,
    articleId: row.articleId,
    kind: row.kind,
    quote: row.quote,
    start: row.start,
    end: row.end,
    prefix: row.prefix,
    suffix: row.suffix,
    value: row.value === null ? null : (JSON.parse(row.value) as string | number),
    valueMax: row.valueMax,
    unit: words.text(row.unit),
    subject: words.text(row.subject),
    corroborationKey: words.text(row.corroborationKey),
    topicKey: words.text(row.topicKey),
    qualifier: words.text(row.qualifier),
    extractor: words.text(row.extractor) ?? '',
    extractorVersion: words.text(row.extractorVersion) ?? '',
    role: row.role,
    speaker: row.speaker,
    confidence: row.confidence,
    status: row.status,
    orphan: row.orphan === 1,
  };
  const { start, end } = row;
  if (row.contextFromText !== 1 || !textAt || start === null || end === null) return parsed;
  if (inHand) {
    const context = contextAt(textAt, start, end);
    parsed.prefix = context.prefix;
    parsed.suffix = context.suffix;
    return parsed;
  }
  let context: Context | null = null;
  const read = () => (context ??= contextAt(textAt, start, end));
  return Object.defineProperties(parsed, {
    prefix: { get: () => read().prefix, enumerable: true, configurable: true },
    suffix: { get: () => read().suffix, enumerable: true, configurable: true },
  });
}

type RawRelated = Omit<RelatedFactRow, 'value' | 'key'> & { value: string | null };

const parseRelated = (row: RawRelated, key: string): RelatedFactRow => ({
  ...row,
  value: row.value === null ? null : (JSON.parse(row.value) as string | number),
  key,
});

export function factRepository(db: Database) {
  // Positional: an import stores dozens of facts an article, and binding by name built an
  // object for each of them.
  // An article's facts at once (manyRows.ts): the import's largest share of writing.
  const insertAll = manyRowsInsert(db, 'fact', INSERTED, INSERTED_ROW, INSERTED_VALUES);
  const words = factWordRepository(db);
  // The one place facts read an article's text: for the contexts their rows do not hold.
  const cleaned = cleanedChunkRepository(db);
  const storedText =
    (articleId: number): TextAt =>
    (from, to) =>
      cleaned.slice(articleId, from, to);
  /**
   * Rows with their contexts filled in; the whole text is read once when many need it.
   * `textAt`, `whole`: the text the caller has, and whether it is the whole text as a
   * string (cut at once) or a reader of pieces (cut when asked).
   */
  const parseAll = (
    rows: RawFact[],
    articleId: number,
    textAt?: TextAt,
    whole = false,
  ): FactRow[] => {
    const flagged = rows.filter((row) => row.contextFromText === 1).length;
    if (flagged === 0) return rows.map((row) => parse(row, null, false, words));
    const inHand = textAt === undefined ? flagged > 2 : whole;
    const at = textAt ?? (flagged > 2 ? textAtOf(cleaned.text(articleId)) : storedText(articleId));
    return rows.map((row) => parse(row, at, inHand, words));
  };
  const addPending = db.prepare<[number, number]>(
    'UPDATE article SET pending_facts = pending_facts + ? WHERE id = ?',
  );
  // The database forgets an article's bundle fragments when its facts change; added
  // facts are reported here, once per article (migration 0005).
  const forgetFragments = db.prepare<[number]>('DELETE FROM bundle_fragment WHERE article_id = ?');
  const byArticle = db.prepare<[number], RawFact>(
    `SELECT ${COLUMNS} FROM fact WHERE article_id = ? ORDER BY start, id`,
  );
  const byId = db.prepare<[number], RawFact>(`SELECT ${COLUMNS} FROM fact WHERE id = ?`);
  // Re-anchoring after a change: only the facts near it are read, the rest move in SQL.
  const near = db.prepare<[number, number, number], RawFact>(
    `SELECT ${COLUMNS} FROM fact WHERE article_id = ? AND start IS NOT NULL AND start < ? AND "end" > ? ORDER BY start, id`,
  );
  const shiftFrom = db.prepare<[number, number, number, number]>(
    'UPDATE fact SET start = start + ?, "end" = "end" + ? WHERE article_id = ? AND start >= ?',
  );
  const anchoredCounts = db.prepare<[number], { anchored: number; orphans: number }>(
    'SELECT count(start) AS anchored, count(*) - count(start) AS orphans FROM fact WHERE article_id = ?',
  );
  const setStatus = db.prepare<[FactStatus, number]>('UPDATE fact SET status = ? WHERE id = ?');
  const setValue = db.prepare<[string, number | null, number]>(
    'UPDATE fact SET value = ?, corroboration_id = ? WHERE id = ?',
  );
  // Without an anchor the text cannot give the context back: the row holds it again.
  const markOrphan = db.prepare<[string, string, number]>(
    'UPDATE fact SET orphan = 1, start = NULL, "end" = NULL, prefix = ?, suffix = ?, context_from_text = 0 WHERE id = ?',
  );
  const relocate = db.prepare<[number, number, string, string, string, number, number]>(
    `UPDATE fact SET start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ?, orphan = 0, context_from_text = ?
     WHERE id = ?`,
  );
  // By the key's id (factWords.ts): a key no fact has is no word either, and finds nothing.
  const related = (column: 'corroboration_id' | 'topic_id') => {
    const statement = db.prepare<[number, number, number], RawRelated>(
      `SELECT f.id AS factId, f.article_id AS articleId, a.title, a.language, f.quote, f.value
       FROM fact f JOIN article a ON a.id = f.article_id
       WHERE f.${column} = ? AND f.article_id != ? AND f.status != 'rejected'
       ORDER BY f.article_id, f.id LIMIT ?`,
    );
    return (key: string, articleId: number, limit: number): RelatedFactRow[] => {
      const id = words.find(key);
      return id === null
        ? []
        : statement.all(id, articleId, limit).map((row) => parseRelated(row, key));
    };
  };
  const agreeing = related('corroboration_id');
  const sameTopic = related('topic_id');
  /** The same, for any article: an export caches these per key and filters per article. */
  const anyArticle = (column: 'corroboration_id' | 'topic_id') => {
    const statement = db.prepare<[number, number], RawRelated>(
      `SELECT f.id AS factId, f.article_id AS articleId, a.title, a.language, f.quote, f.value
       FROM fact f JOIN article a ON a.id = f.article_id
       WHERE f.${column} = ? AND f.status != 'rejected'
       ORDER BY f.article_id, f.id LIMIT ?`,
    );
    return (key: string, limit: number): RelatedFactRow[] => {
      const id = words.find(key);
      return id === null ? [] : statement.all(id, limit).map((row) => parseRelated(row, key));
    };
  };
  const agreeingAny = anyArticle('corroboration_id');
  const sameTopicAny = anyArticle('topic_id');
  return {
    /** One fact; see insertMany for an article's worth. */
    insert(fact: NewFact): number {
      return this.insertMany(fact.articleId, [fact])[0]!;
    },
    /**
     * An article's facts, and its pending count raised once for all of them. `text`: the
     * article's cleaned text as stored, when the caller has it (else it is read); contexts
     * it gives back are not stored again.
     */
    insertMany(articleId: number, facts: readonly NewFact[], text?: string): number[] {
      let textAt: TextAt | null = text === undefined ? null : textAtOf(text);
      return this.insertRows(
        articleId,
        facts.map((fact) => {
          if (!textAt && fact.start !== null) textAt = textAtOf(cleaned.text(articleId));
          return factRowOf(fact, textAt);
        }),
      );
    },
    /** An article's facts made ready beforehand (`factRowOf`: an import's workers do it). */
    insertRows(articleId: number, rows: readonly FactRowToStore[]): number[] {
      if (rows.length === 0) return [];
      let pending = 0;
      const flat: unknown[] = [];
      for (const fact of rows) {
        if (fact.status === 'pending') pending++;
        flat.push(
          articleId,
          fact.kind,
          fact.quote,
          fact.start,
          fact.end,
          fact.prefix,
          fact.suffix,
          fact.value,
          fact.valueMax,
          words.id(fact.unit),
          words.id(fact.subject),
          words.id(fact.corroborationKey),
          words.id(fact.topicKey),
          words.id(fact.qualifier),
          fact.role,
          fact.speaker,
          fact.confidence,
          fact.status,
          words.id(fact.extractor),
          words.id(fact.extractorVersion),
          fact.contextFromText ? 1 : 0,
        );
      }
      const last = insertAll(flat);
      if (pending > 0) addPending.run(pending, articleId);
      forgetFragments.run(articleId);
      return rows.map((_, i) => last - rows.length + 1 + i);
    },
    /** `text`: the article's cleaned text, when the caller has it (else read if needed). */
    byArticle: (articleId: number, text?: string): FactRow[] =>
      parseAll(
        byArticle.all(articleId),
        articleId,
        text === undefined ? undefined : textAtOf(text),
        true,
      ),
    get(id: number): FactRow | null {
      const row = byId.get(id);
      return row ? parseAll([row], row.articleId)[0]! : null;
    },
    setStatus(id: number, status: FactStatus): void {
      setStatus.run(status, id);
    },
    /** An editor's correction; the corroboration key follows the new value. */
    setValue(id: number, value: string | number, corroborationKey: string | null): void {
      setValue.run(JSON.stringify(value), words.id(corroborationKey), id);
    },
    /**
     * The fact lost its anchor. `context`: what it had, when the text under its offsets has
     * already changed; otherwise the stored text gives it.
     */
    markOrphan(id: number, context?: Context): void {
      const kept = context ?? this.get(id);
      if (kept) markOrphan.run(kept.prefix, kept.suffix, id);
    },
    /** A new anchor in the stored text; its context is kept only if the text does not give it. */
    relocate(
      id: number,
      anchor: { start: number; end: number; quote: string; prefix: string; suffix: string },
    ): void {
      const row = byId.get(id);
      const fromText = row !== undefined && contextFromText(storedText(row.articleId), anchor);
      const { start, end, quote } = anchor;
      const [prefix, suffix] = fromText ? ['', ''] : [anchor.prefix, anchor.suffix];
      relocate.run(start, end, quote, prefix, suffix, fromText ? 1 : 0, id);
    },
    /**
     * The anchored facts whose span reaches into [from, to). `textAt`: the text their
     * offsets point into — the text before a change, when the stored one has changed.
     */
    near: (articleId: number, from: number, to: number, textAt?: TextAt): FactRow[] =>
      parseAll(near.all(articleId, to, from), articleId, textAt),
    /**
     * Moves every anchored fact starting at `from` or later by `delta` (text before it
     * changed). A move does not fire the fragment trigger (migration 7): the article's
     * fragments are forgotten here, once, not once per moved fact.
     */
    shiftFrom(articleId: number, from: number, delta: number): number {
      if (delta === 0) return 0;
      const moved = shiftFrom.run(delta, delta, articleId, from).changes;
      if (moved > 0) forgetFragments.run(articleId);
      return moved;
    },
    /** How many of an article's facts have an anchor, and how many are orphans. */
    anchoredCounts: (articleId: number) =>
      anchoredCounts.get(articleId) ?? { anchored: 0, orphans: 0 },
    /** Facts in other articles with the same key: same value and thing, or same thing. */
    agreeing: (key: string, articleId: number, limit = RELATED_LIMIT): RelatedFactRow[] =>
      agreeing(key, articleId, limit),
    sameTopic: (key: string, articleId: number, limit = RELATED_LIMIT): RelatedFactRow[] =>
      sameTopic(key, articleId, limit),
    /** Facts with this key in any article (the caller drops its own article's). */
    withKey: (column: 'corroboration' | 'topic', key: string, limit: number): RelatedFactRow[] =>
      (column === 'corroboration' ? agreeingAny : sameTopicAny)(key, limit),
  };
}
