import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What can go wrong with the corpus file itself, as opposed to a bug: each has its own
 * one-line message (naming the file and what to do) and its own exit code on the command
 * line, and none is answered with a stack trace.
 */
export type StorageKind = 'disk-full' | 'read-only' | 'locked' | 'damaged' | 'missing-folder';

export class StorageError extends Error {
  readonly kind: StorageKind;
  readonly path: string;
  constructor(kind: StorageKind, path: string, message: string) {
    super(message);
    this.name = 'StorageError';
    this.kind = kind;
    this.path = path;
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** Whether the folder (or file) at `path` refuses writes: read-only mount or permissions. */
function unwritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch (error) {
    return ['EROFS', 'EACCES', 'EPERM'].includes(codeOf(error));
  }
}

/**
 * The storage problem behind `error` (a better-sqlite3 SqliteError or a Node file error)
 * met while using the corpus at `path`, or null when it is something else. `doing` ends
 * the message, for example "nothing was imported".
 */
export function storageErrorOf(
  error: unknown,
  path: string,
  doing = 'nothing was half-written',
): StorageError | null {
  if (error instanceof StorageError) return error;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : '';
  const folder = dirname(path);
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC')
    return new StorageError(
      'disk-full',
      path,
      `The disk holding ${path} is full: free some space and try again (${doing}).`,
    );
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EROFS' ||
    (code.startsWith('SQLITE_CANTOPEN') && (unwritable(folder) || unwritable(path)))
  )
    return new StorageError(
      'read-only',
      path,
      `${path} cannot be written: it or its folder is read-only (Winnow also writes its -wal and -shm files beside it). Copy it somewhere writable, or change the permissions.`,
    );
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new StorageError(
      'locked',
      path,
      `${path} is locked by another program that is writing to it: try again when it has finished (${doing}).`,
    );
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))
    return new StorageError(
      'damaged',
      path,
      `${path} is damaged or is not a Winnow corpus (${message}): run "winnow doctor --db ${path}", or restore the newest backup beside it.`,
    );
  if (
    (error instanceof TypeError && /directory does not exist/.test(message)) ||
    (code.startsWith('SQLITE_CANTOPEN') && !existsSync(folder))
  )
    return new StorageError(
      'missing-folder',
      path,
      `The folder ${folder} does not exist: check the --db path, or create the folder first.`,
    );
  return null;
}
