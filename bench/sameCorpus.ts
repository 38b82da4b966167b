/**
 * Whether two corpora hold the same content: `node bench/sameCorpus.ts A.sqlite B.sqlite`.
 * Every table is compared row by row (in rowid or key order) but for the moments and the
 * process id an import records; the search index by what it holds — every term at every
 * position of every row (fts5vocab 'instance') and each row's token counts — not by how
 * its segments happen to be laid out, which depends on how the rows were batched.
 * Used to check that a faster import stores what the previous one stored. Exits 1 on any
 * difference, naming the tables.
 */
import { createHash } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';

const [pathA, pathB] = process.argv.slice(2);
if (!pathA || !pathB) throw new Error('usage: sameCorpus.ts A.sqlite B.sqlite');

/** Columns that say when or by which process, not what. */
const MOMENTS = new Set(['imported_at', 'started_at', 'finished_at', 'pid', 'created_at']);
/** The search index's own tables: compared through fts5vocab instead. */
const SEARCH_SHADOWS = /^article_search_(data|idx|config|docsize|content)$/;

type Digest = { rows: number; sha256: string };

function digest(db: DatabaseSync, sql: string): Digest {
  const hash = createHash('sha256');
  let rows = 0;
  let pending = '';
  const statement = db.prepare(sql);
  statement.setReturnArrays(true);
  for (const row of statement.iterate() as Iterable<unknown[]>) {
    rows++;
    for (const value of row) {
      if (value instanceof Uint8Array) {
        hash.update(pending).update(`b${value.length}:`).update(value);
        pending = '';
      } else
        pending += `${typeof value}${typeof value === 'string' ? `${value.length}:${value}` : String(value)}|`;
    }
    pending += '\n';
    if (pending.length > 1 << 16) {
      hash.update(pending);
      pending = '';
    }
  }
  return { rows, sha256: hash.update(pending).digest('hex') };
}

function contents(path: string): Map<string, Digest> {
  const db = new DatabaseSync(path, { readOnly: true });
  const found = new Map<string, Digest>();
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    if (SEARCH_SHADOWS.test(name)) continue;
    if (/CREATE VIRTUAL TABLE/i.test(sql)) {
      const vocab = `temp.vocab_${name}`;
      db.exec(`CREATE VIRTUAL TABLE ${vocab} USING fts5vocab(main, ${name}, 'instance')`);
      // In the order fts5vocab walks the index (term, then row, column, offset): that order
      // follows from the content alone, and sorting 14 million rows would take minutes.
      found.set(
        `${name} (terms)`,
        digest(db, `SELECT term || ' ' || doc || ' ' || col || ' ' || offset FROM ${vocab}`),
      );
      found.set(`${name} (sizes)`, digest(db, `SELECT id, sz FROM ${name}_docsize ORDER BY id`));
      continue;
    }
    const columns = (
      db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(name) as {
        name: string;
        pk: number;
      }[]
    ).filter((c) => !MOMENTS.has(c.name));
    const keys = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const order = keys.length > 0 ? keys.map((c) => `"${c.name}"`).join(', ') : 'rowid';
    const list = columns.map((c) => `"${c.name}"`).join(', ');
    found.set(name, digest(db, `SELECT ${list} FROM "${name}" ORDER BY ${order}`));
  }
  db.close();
  return found;
}

const a = contents(pathA);
const b = contents(pathB);
let differ = 0;
for (const name of new Set([...a.keys(), ...b.keys()])) {
  const [x, y] = [a.get(name), b.get(name)];
  const same = x !== undefined && y !== undefined && x.sha256 === y.sha256 && x.rows === y.rows;
  if (!same) differ++;
  console.log(`${same ? 'same  ' : 'DIFFER'} ${name}: ${x?.rows ?? '-'} / ${y?.rows ?? '-'} rows`);
}
console.log(differ === 0 ? 'the two corpora hold the same content' : `${differ} tables differ`);
process.exitCode = differ === 0 ? 0 : 1;
