import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runWinnow, startDesk } from './testing/children.ts';
import type { Desk } from './testing/children.ts';

const samples = join(import.meta.dirname, '../../../resources/samples');
let dir: string;
const desks: Desk[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-conflict-http-'));
});
afterEach(async () => {
  await Promise.all(desks.splice(0).map((desk) => desk.stop()));
  rmSync(dir, { recursive: true, force: true });
});

describe('two desks (two winnow serve processes) on one corpus', { timeout: 90_000 }, () => {
  it('refuses the later of two decisions on the same article with 409 conflict, and each desk then shows the first', async () => {
    const dbPath = join(dir, 'corpus.sqlite');
    expect((await runWinnow(['import', samples, '--db', dbPath])).code).toBe(0);
    desks.push(await startDesk(dbPath), await startDesk(dbPath));
    const [lin, mei] = desks as [Desk, Desk];
    const shown = await lin.call('articles.get', { id: 4, facts: false });
    const seen = (shown.body as { value: { status: string } }).value.status;
    expect(seen).toBe('pending');

    const first = await mei.call('articles.setStatus', {
      id: 4,
      status: 'approved',
      seen,
      editor: 'mei',
    });
    expect(first.status).toBe(200);
    const later = await lin.call('articles.setStatus', {
      id: 4,
      status: 'rejected',
      seen,
      editor: 'lin',
    });
    expect(later.status).toBe(409);
    expect(later.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!later.body.ok)
      expect(later.body.error.message).toMatch(/mei made the status of article 4 "approved"/);
    for (const desk of desks) {
      const now = await desk.call('articles.get', { id: 4, facts: false });
      expect((now.body as { value: { status: string } }).value.status).toBe('approved');
    }
  });
});
