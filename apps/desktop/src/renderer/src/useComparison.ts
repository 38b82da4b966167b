import { useEffect, useState } from 'react';
import { compareTexts } from './compare.ts';
import type { Compared } from './compare.ts';
import type { CompareRequest } from './compareWorker.ts';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (result: Compared) => void>();

/** One worker for the page, started on first use; null where workers cannot start. */
function compareWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result: Compared }>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    };
    worker.onerror = () => {
      // A worker that cannot load: compare on the page, within the page's small budget.
      worker = null;
      for (const [id, resolve] of waiting) {
        resolve({ parts: [], grain: 'whole' });
        waiting.delete(id);
      }
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** The comparison of two texts, computed in the worker; null while it is being made. */
export function useComparison(
  before: string,
  after: string,
  language: string | null,
): Compared | null {
  const [result, setResult] = useState<Compared | null>(null);
  useEffect(() => {
    let current = true;
    setResult(null);
    const running = compareWorker();
    if (!running) {
      setResult(compareTexts(before, after, language));
      return;
    }
    const id = nextId++;
    waiting.set(id, (answer) => {
      if (!current) return;
      // An empty answer means the worker failed to load: compare here instead.
      setResult(
        answer.parts.length > 0 || before === after
          ? answer
          : compareTexts(before, after, language),
      );
    });
    const request: CompareRequest = { id, before, after, language };
    running.postMessage(request);
    return () => {
      current = false;
      waiting.delete(id);
    };
  }, [before, after, language]);
  return result;
}
