import { existsSync } from 'node:fs';
import type { ProgressEvent } from '@winnow/contract';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Exit code of a command that reads a corpus when --db names no file: sysexits' EX_NOINPUT
 * ("an input file did not exist"), apart from bad arguments (2) so a script can tell them.
 */
export const NO_CORPUS_EXIT = 66; // EXIT.noCorpus in exitCodes.ts

export class NoCorpusError extends Error {
  constructor(path: string) {
    super(
      `there is no corpus at ${path}. Check --db; "winnow import FILES --db ${path}" starts a new one.`,
    );
    this.name = 'NoCorpusError';
  }
}

/**
 * The corpus a reading command works on, which must exist: opening a missing path would
 * create an empty corpus, and the command would then report success on nothing.
 */
export function existingCorpus(path: string): string {
  if (!existsSync(path)) throw new NoCorpusError(path);
  return path;
}

/** Progress goes to stderr so stdout stays clean for results and pipes. */
export function progressPrinter(label: string): (event: ProgressEvent) => void {
  const tty = process.stderr.isTTY;
  let lastPrinted = -1;
  return (event) => {
    const done = event.done === event.total;
    if (tty) {
      process.stderr.write(`\r${label} ${event.done}/${event.total}${done ? '\n' : ''}`);
      return;
    }
    // Without a terminal, one line per 10% keeps logs readable.
    const tenth = event.total === 0 ? 10 : Math.floor((event.done / event.total) * 10);
    if (tenth !== lastPrinted || done) {
      lastPrinted = tenth;
      process.stderr.write(`${label} ${event.done}/${event.total}\n`);
    }
  };
}
