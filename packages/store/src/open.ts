import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { latestVersion, migrations } from './migrations/index.ts';
import { checkOnOpen, damageMessage } from './integrity.ts';
import { StorageError, storageErrorOf } from './storageErrors.ts';
import { registerTextFunctions } from './deflatedText.ts';

/** The database was written by a newer Winnow: opening it here could damage it. */
export class DatabaseFromFutureError extends Error {
  readonly found: number;
  readonly supported: number;
  constructor(path: string, found: number, supported: number) {
    super(
      `${path} was written by a newer version of Winnow (schema ${found}; this version understands up to ${supported}). ` +
        'Open it with that version, or update Winnow. Nothing was changed.',
    );
    this.name = 'DatabaseFromFutureError';
    this.found = found;
    this.supported = supported;
  }
}

/** How many pre-migration backups to keep beside the database. */
const BACKUPS_KEPT = 3;

/** A corpus found damaged when opened: it was opened read-only instead. */
export type Damage = { problems: string[]; message: string };
const damages = new WeakMap<Database, Damage>();

/** The damage found when `db` was opened, or null (the corpus checked out). */
export function damageOf(db: Database): Damage | null {
  return damages.get(db) ?? null;
}

export type OpenOptions = {
  /** Stop migrating at this version (tests of individual migrations use it). */
  targetVersion?: number;
  readonly?: boolean;
  /** Skip the check on open: a worker of a service that has just checked the file. */
  check?: boolean;
};

/**
 * How long a statement waits for another connection's write lock before it fails with
 * "database is locked". Other writers (a second desk, a CLI import, the background keeper)
 * commit in short transactions, so a wait is normally milliseconds; this is the ceiling.
 * Set on the connection before its first statement: opening waits too.
 */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opening can meet another process opening the same file at the same moment: two imports
 * that create one new corpus. A new file starts in rollback-journal mode, where two
 * connections that each hold a read lock and want to write deadlock, and SQLite answers
 * one of them "database is locked" at once rather than wait; a migration the other
 * process ran meanwhile can then fail as "table … already exists". Such an open is tried
 * again from the start (the other process has finished by then, so the file is in WAL mode
 * and at the latest version), until the busy timeout has passed.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const began = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return openOnce(path, options);
    } catch (error) {
      if (!racedOpen(error) || Date.now() - began > BUSY_TIMEOUT_MS) throw error;
      // A short pause, longer each time and never in step with the other process.
      pause(Math.min(200, 10 * attempt) + Math.random() * 20);
    }
  }
}

/** An open that failed because another process was opening (or migrating) the file. */
function racedOpen(error: unknown): boolean {
  if (error instanceof StorageError) return error.kind === 'locked';
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return code === 'SQLITE_ERROR' && /already exists/.test((error as Error).message);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const pause = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function openOnce(path: string, options: OpenOptions): Database {
  let db: Database;
  try {
    db = new BetterSqlite3(path, {
      readonly: options.readonly ?? false,
      timeout: BUSY_TIMEOUT_MS,
    });
  } catch (error) {
    throw storageErrorOf(error, path, 'nothing was changed') ?? error;
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) throw new DatabaseFromFutureError(path, version, latestVersion);
    // Before anything writes (the journal mode, a migration and its backup): a damaged
    // corpus is opened read-only, so that nothing is written into it.
    const problems =
      options.readonly || options.check === false || path === ':memory:'
        ? []
        : checkOnOpen(db, path);
    if (problems.length > 0) {
      db.close();
      const readonly = new BetterSqlite3(path, { readonly: true });
      registerTextFunctions(readonly);
      damages.set(readonly, { problems, message: damageMessage(path, problems) });
      return readonly;
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // NORMAL is durable across application crashes in WAL mode; only an OS crash
      // can lose the last transactions, never corrupt the file.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    registerTextFunctions(db);
    if (!options.readonly) migrate(db, path, version, options.targetVersion ?? latestVersion);
    return db;
  } catch (error) {
    db.close();
    // A full disk, a read-only folder, a lock or a damaged file: one clear message.
    throw storageErrorOf(error, path, 'nothing was changed') ?? error;
  }
}

function migrate(db: Database, path: string, from: number, to: number): void {
  const pending = migrations.filter((m) => m.version > from && m.version <= to);
  if (pending.length === 0) return;
  if (from > 0 && path !== ':memory:') backupBeforeMigration(db, path, from);
  for (const migration of pending) {
    // Immediate, and checked again under the lock: another process opening the same new
    // file may have run this migration while this one waited.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    // The WAL holds every page a migration wrote (a rebuilt index: most of the file) until
    // a checkpoint; emptied after each one, it never holds more than one migration's pages
    // (a new corpus on a nearly full disk is created in the room the old ones took).
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  // A migration that shrank the rows gives the freed pages back to the disk. Best effort:
  // without room for the copy VACUUM makes, the corpus stays as migrated, only larger.
  if (from > 0 && pending.some((m) => m.vacuum)) {
    try {
      db.exec('VACUUM');
    } catch {
      // The migrated file is whole either way.
    }
  }
}

/** `VACUUM INTO` a copy beside the database, keeping the last few. */
export function backupBeforeMigration(db: Database, path: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${path}.v${version}.${stamp}.backup`;
  db.prepare('VACUUM INTO ?').run(target);
  const dir = dirname(path);
  const prefix = `${basename(path)}.v`;
  const backups = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.backup'))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
    const file = join(dir, old);
    if (existsSync(file)) rmSync(file);
  }
  return target;
}
