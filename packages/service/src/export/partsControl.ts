/** The words the two threads of a bundle export share (an Int32Array on a SharedArrayBuffer). */
export const CONTROL = {
  /** 1: stop at the next article. */
  stop: 0,
  /** Batches claimed so far by either thread: the next one to claim is this one. */
  claimed: 1,
  /** Where the start-up handshake is (PHASE). */
  phase: 2,
  /** Batches the first thread has written into the files, in order. */
  written: 3,
} as const;
export const CONTROL_WORDS = 4;

/**
 * How many batches may be claimed ahead of the one being written: enough that neither
 * thread waits for the other, few enough that memory stays flat. The writing thread, which
 * also hashes and writes every batch, builds one of its own only while fewer than
 * WRITER_AHEAD are; the second thread goes on up to BATCHES_AHEAD, so it is not the one
 * left waiting.
 */
export const BATCHES_AHEAD = 8;
export const WRITER_AHEAD = 4;

export const PHASE = {
  /** The second thread has opened the corpus and waits. */
  ready: 0,
  /** Writes are held and the first thread has begun its snapshot: begin yours. */
  go: 1,
  /** The second thread has begun its snapshot: writes may go on. */
  snapshotTaken: 2,
  /** The export ended before the second thread began. */
  abandoned: 3,
} as const;
