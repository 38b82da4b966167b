import type { Database, Statement } from 'better-sqlite3';

/**
 * Rows inserted by one statement at most. An import stores dozens of facts and several
 * edits per article: one `INSERT … VALUES (…), (…)` per article instead of one statement
 * per row saves each row's call into SQLite and its statement reset (measured: the fact
 * rows were the largest part of the writing thread's time). 32 rows of the widest table
 * (21 values) stay far below SQLite's limit of 32,766 bound values.
 */
const ROWS_PER_STATEMENT = 32;

/**
 * Inserts rows given as one flat list of values, `values` per row in the order of
 * `columns`, with as few statements as ROWS_PER_STATEMENT allows. `row` is one row's
 * VALUES group (`(?, ?, …, '')`: constants may follow the bound values). Returns the last
 * row's rowid: a table whose INTEGER PRIMARY KEY SQLite chooses gives each row the
 * largest rowid plus one, so the rows of one call hold the ids up to it, in order.
 */
export function manyRowsInsert(
  db: Database,
  table: string,
  columns: string,
  row: string,
  values: number,
): (flat: readonly unknown[]) => number {
  const statements = new Map<number, Statement<unknown[]>>();
  const statementFor = (rows: number): Statement<unknown[]> => {
    let statement = statements.get(rows);
    if (!statement) {
      statement = db.prepare<unknown[]>(
        `INSERT INTO ${table} (${columns}) VALUES ${Array(rows).fill(row).join(', ')}`,
      );
      statements.set(rows, statement);
    }
    return statement;
  };
  return (flat) => {
    const rows = flat.length / values;
    let last = 0;
    // Rows keep their order: ids are handed out as if inserted one by one.
    for (let from = 0; from < rows; from += ROWS_PER_STATEMENT) {
      const count = Math.min(ROWS_PER_STATEMENT, rows - from);
      const part = count === rows ? flat : flat.slice(from * values, (from + count) * values);
      last = Number(statementFor(count).run(part).lastInsertRowid);
    }
    return last;
  };
}
