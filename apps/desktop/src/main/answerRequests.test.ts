import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openService } from '@winnow/service';
import type { WinnowService } from '@winnow/service';
import { answerRequests } from './answerRequests.ts';
import type { RequestPort } from './answerRequests.ts';

/** A window's end of the port: what it sends, and every message that comes back. */
function standInPort() {
  let listener: ((event: { data: unknown }) => void) | null = null;
  const received: Array<{ id: number; progress?: { done: number }; result?: unknown }> = [];
  const waiters: Array<() => void> = [];
  const port: RequestPort = {
    on: (_event, handler) => {
      listener = handler;
    },
    postMessage: (message) => {
      received.push(message as (typeof received)[number]);
      for (const wake of waiters.splice(0)) wake();
    },
    start: () => {},
  };
  const send = (data: unknown) => listener?.({ data });
  /** Waits until a message matching `test` has come back. */
  const until = async (test: (m: (typeof received)[number]) => boolean) => {
    while (!received.some(test)) await new Promise<void>((wake) => waiters.push(wake));
    return received.find(test)!;
  };
  return { port, send, received, until };
}

let dir = '';
let service: WinnowService | null = null;

afterEach(() => {
  service?.close();
  service = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('the desktop service host', () => {
  it('answers calls by id, and a cancel message stops a running export', async () => {
    dir = mkdtempSync(join(tmpdir(), 'winnow-host-'));
    service = openService({ dbPath: join(dir, 'corpus.sqlite') });
    const folder = join(dir, 'incoming');
    mkdirSync(folder);
    for (let i = 0; i < 600; i++)
      writeFileSync(
        join(folder, `n${i}.txt`),
        `第${i}号简讯\n\n联合实验室今年新增${i + 3}个合作项目,涉及${i + 10}个国家。\n`,
      );
    const { port, send, received, until } = standInPort();
    answerRequests(port, () => service);

    send({ id: 1, method: 'articles.import', params: { paths: [folder] } });
    const imported = await until((m) => m.id === 1 && m.result !== undefined);
    expect(imported.result).toMatchObject({ ok: true, value: { imported: 600 } });

    // The window cancels the export once its first progress arrives (200 of 600 articles).
    const out = join(dir, 'desk.zip');
    send({ id: 2, method: 'articles.export', params: { format: 'bundle', out } });
    await until((m) => m.id === 2 && m.progress !== undefined);
    send({ cancel: 2 });
    const answer = await until((m) => m.id === 2 && m.result !== undefined);
    expect(answer.result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(readdirSync(dir).filter((name) => name.includes('desk.zip'))).toEqual([]);
    // Only what was asked: no answer for an unknown cancel, none for a malformed call.
    send({ cancel: 99 });
    send({ method: 'corpus.stats' });
    send({ id: 3, method: 'corpus.stats', params: {} });
    await until((m) => m.id === 3 && m.result !== undefined);
    expect(received.filter((m) => m.result !== undefined).map((m) => m.id)).toEqual([1, 2, 3]);
  });
});
