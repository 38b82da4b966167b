import type { ProgressEvent } from '@winnow/contract';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
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
