/**
 * Where a corpus's bytes go: each table and index's pages (SQLite's dbstat), per raw byte
 * of the imported files. `node bench/dbSpace.ts DB [RAW_BYTES]`; used by bench/run.ts.
 */
import { DatabaseSync } from 'node:sqlite';
import type { WinnowService } from '@winnow/service';

export type SpaceRow = { name: string; bytes: number };

/** Every table and index (FTS5 shadow tables folded into their table), largest first. */
export function dbSpace(service: WinnowService): SpaceRow[] {
  const rows = service.store.db
    .prepare<[], SpaceRow>(
      'SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC',
    )
    .all();
  const folded = new Map<string, number>();
  for (const { name, bytes } of rows) {
    const owner = name.replace(/_(data|idx|content|docsize|config)$/, '');
    const key = name.startsWith('article_search') ? owner : name;
    folded.set(key, (folded.get(key) ?? 0) + bytes);
  }
  return [...folded].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, raw] = process.argv.slice(2);
  if (!path) throw new Error('usage: dbSpace.ts DB [RAW_BYTES]');
  const rawBytes = Number(raw ?? 0);
  // Read-only, by Node's own SQLite: opening through the service would migrate the file.
  const db = new DatabaseSync(path, { readOnly: true });
  const space = dbSpace({ store: { db } } as unknown as WinnowService);
  db.close();
  for (const { name, bytes } of space)
    process.stdout.write(
      `${name.padEnd(32)} ${(bytes / 1024 / 1024).toFixed(1).padStart(8)} MB${rawBytes ? `  ${(bytes / rawBytes).toFixed(2)}×` : ''}\n`,
    );
}

type Record = (
  key: string,
  value: number,
  row: { measure: string; value: string; note: string },
) => void;

/** The database's size per byte of the files imported, and the tables and indexes that make it, largest first. */
export function benchSpace(record: Record, service: WinnowService, rawBytes: number): void {
  const space = dbSpace(service);
  const total = space.reduce((sum, row) => sum + row.bytes, 0);
  record('db.perRawByte', total / rawBytes, {
    measure: 'database per raw byte',
    value: `${(total / rawBytes).toFixed(2)}×`,
    note: `${(total / 1024 / 1024).toFixed(0)} MB for ${(rawBytes / 1024 / 1024).toFixed(0)} MB of raw files; pages by dbstat, free pages not counted`,
  });
  const shown = space.slice(0, 8);
  const rest = space.slice(8).reduce((sum, row) => sum + row.bytes, 0);
  for (const { name, bytes } of [...shown, { name: 'everything else', bytes: rest }])
    record(`db.perRawByte.${name}`, bytes / rawBytes, {
      measure: `  ${name}`,
      value: `${(bytes / rawBytes).toFixed(2)}×`,
      note: `${(bytes / 1024 / 1024).toFixed(1)} MB`,
    });
}
