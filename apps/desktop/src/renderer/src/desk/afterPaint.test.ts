import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, inBackground } from './afterPaint.ts';

type Scheduled = { run: () => void; priority: string };

/** A stand-in for Chromium's scheduler that keeps the tasks it is given, to run by hand. */
function fakeScheduler(): Scheduled[] {
  const tasks: Scheduled[] = [];
  vi.stubGlobal('scheduler', {
    postTask: (run: () => void, options: { priority: string }) => {
      tasks.push({ run, priority: options.priority });
      return Promise.resolve();
    },
  });
  return tasks;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('inBackground', () => {
  it('posts the work as a background task where the scheduler is', () => {
    const tasks = fakeScheduler();
    const run = vi.fn();
    inBackground(run);
    expect(tasks.map((t) => t.priority)).toEqual(['background']);
    expect(run).not.toHaveBeenCalled();
    tasks[0]?.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('does nothing once called off, even if the task still runs', () => {
    const tasks = fakeScheduler();
    const run = vi.fn();
    inBackground(run)();
    tasks[0]?.run();
    expect(run).not.toHaveBeenCalled();
  });

  it('falls back to a timer without the scheduler, and clears it when called off', () => {
    vi.useFakeTimers();
    vi.stubGlobal('scheduler', undefined);
    const kept = vi.fn();
    const dropped = vi.fn();
    inBackground(kept);
    inBackground(dropped)();
    vi.runAllTimers();
    expect(kept).toHaveBeenCalledOnce();
    expect(dropped).not.toHaveBeenCalled();
  });
});

describe('afterPaint', () => {
  it('waits for the next frame, then for the background', () => {
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const tasks = fakeScheduler();
    const run = vi.fn();
    afterPaint(run);
    expect(tasks).toHaveLength(0);
    frames[0]?.();
    tasks[0]?.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('called off before its frame, it never runs', () => {
    const frames: Array<() => void> = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => cancelled.push(id));
    fakeScheduler();
    afterPaint(vi.fn())();
    expect(cancelled).toEqual([1]);
  });
});
