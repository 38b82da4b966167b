/**
 * Work that follows what an article opening has just drawn (its facts asked for, the last
 * article's facts taken out, the rest of a long text's rows): run after the frame that
 * paints it, and behind whatever else is waiting then. A key pressed or a click made as
 * the text appears is handled first: queued as an ordinary task right after the frame,
 * this work ran before it (a fetch started on the page's main thread alone took 1–12 ms
 * on a busy machine).
 *
 * Chromium's task scheduler (`scheduler.postTask`) runs a background task once no other
 * task is waiting; elsewhere (Electron has it too, older browsers may not) a timer does.
 */

type PostTask = (run: () => void, options: { priority: 'background' }) => Promise<unknown>;

function postTaskOf(): PostTask | null {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  return typeof scheduler?.postTask === 'function' ? scheduler.postTask.bind(scheduler) : null;
}

/** Runs `run` once the page has nothing more urgent to do; returns a way to call it off. */
export function inBackground(run: () => void): () => void {
  const postTask = postTaskOf();
  if (postTask) {
    // Called off, the task still runs and does nothing: aborting it with a signal made an
    // AbortError (with its stack) at every selection, called off or already run.
    let off = false;
    void postTask(() => off || run(), { priority: 'background' });
    return () => {
      off = true;
    };
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/** Runs `run` in the background after the next frame; returns a way to call it off. */
export function afterPaint(run: () => void): () => void {
  let stopTask: (() => void) | null = null;
  const frame = requestAnimationFrame(() => {
    stopTask = inBackground(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    stopTask?.();
  };
}
