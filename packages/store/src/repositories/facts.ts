import type { Database } from 'better-sqlite3';
import type { FactKind } from '@winnow/contract';

export type FactStatus = 'pending' | 'approved' | 'rejected';

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
  unit: string | null;
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

const COLUMNS = `id, article_id AS articleId, kind, quote, start, "end", prefix, suffix, value, unit, qualifier, role, speaker,
  confidence, status, extractor, extractor_version AS extractorVersion, orphan`;

type RawFact = Omit<FactRow, 'value' | 'orphan'> & { value: string | null; orphan: number };

function parse(row: RawFact): FactRow {
  return {
    ...row,
    value: row.value === null ? null : (JSON.parse(row.value) as string | number),
    orphan: row.orphan === 1,
  };
}

export function factRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO fact (article_id, kind, quote, start, "end", prefix, suffix, value, unit, qualifier, role, speaker,
                       confidence, status, extractor, extractor_version)
     VALUES (@articleId, @kind, @quote, @start, @end, @prefix, @suffix, @value, @unit, @qualifier, @role, @speaker,
             @confidence, @status, @extractor, @extractorVersion)`,
  );
  const byArticle = db.prepare<[number], RawFact>(
    `SELECT ${COLUMNS} FROM fact WHERE article_id = ? ORDER BY start, id`,
  );
  const byId = db.prepare<[number], RawFact>(`SELECT ${COLUMNS} FROM fact WHERE id = ?`);
  const setStatus = db.prepare<[FactStatus, number]>('UPDATE fact SET status = ? WHERE id = ?');
  const markOrphan = db.prepare<[number]>(
    'UPDATE fact SET orphan = 1, start = NULL, "end" = NULL WHERE id = ?',
  );
  return {
    insert(fact: NewFact): number {
      return Number(
        insert.run({
          status: 'pending',
          ...fact,
          value: fact.value === null ? null : JSON.stringify(fact.value),
        }).lastInsertRowid,
      );
    },
    byArticle: (articleId: number): FactRow[] => byArticle.all(articleId).map(parse),
    get(id: number): FactRow | null {
      const row = byId.get(id);
      return row ? parse(row) : null;
    },
    setStatus(id: number, status: FactStatus): void {
      setStatus.run(status, id);
    },
    markOrphan(id: number): void {
      markOrphan.run(id);
    },
  };
}
