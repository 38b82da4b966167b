import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

const samplesDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'samples');
let dir: string;
/** Two desks on one corpus: each its own connection, as two `serve`s or two windows. */
let lin: WinnowService;
let mei: WinnowService;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-conflict-'));
  const dbPath = join(dir, 'corpus.sqlite');
  lin = openService({ dbPath });
  await value(lin.call('articles.import', { paths: [samplesDir] }));
  mei = openService({ dbPath });
});
afterEach(() => {
  lin.close();
  mei.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('two editors deciding the same thing', () => {
  it('refuses the later article status with conflict, naming who decided what, and keeps the earlier', async () => {
    // Both desks show article 1 as pending.
    const seen = (await value(lin.call('articles.get', { id: 1 }))).status;
    expect(seen).toBe('pending');
    await value(mei.call('articles.setStatus', { id: 1, status: 'approved', seen, editor: 'mei' }));
    const later = await lin.call('articles.setStatus', {
      id: 1,
      status: 'rejected',
      seen,
      editor: 'lin',
    });
    expect(later).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (later.ok) return;
    expect(later.error.message).toMatch(/mei .*approved/);
    expect(later.error.details).toMatchObject({ current: 'approved', by: { editor: 'mei' } });
    expect((await value(lin.call('articles.get', { id: 1 }))).status).toBe('approved');
    const history = await value(lin.call('articles.history', { id: 1 }));
    expect(history.map((d) => d.editor)).toEqual(['mei']);
    // Having seen the other decision, the editor may still change it.
    const after = await lin.call('articles.setStatus', {
      id: 1,
      status: 'rejected',
      seen: 'approved',
      editor: 'lin',
    });
    expect(after).toMatchObject({ ok: true, value: { before: 'approved', after: 'rejected' } });
  });

  it('does the same for a fact’s status, an edit’s state, a fact’s value and a tag', async () => {
    const article = await value(lin.call('articles.get', { id: 1 }));
    const fact = article.facts[0]!;
    const edit = article.edits[0]!;
    await value(
      mei.call('facts.setStatus', {
        id: fact.id,
        status: 'approved',
        seen: fact.status,
        editor: 'mei',
      }),
    );
    expect(
      await lin.call('facts.setStatus', {
        id: fact.id,
        status: 'rejected',
        seen: fact.status,
        editor: 'lin',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const other = edit.state === 'reverted' ? 'accepted' : 'reverted';
    await value(
      mei.call('edits.setState', { id: edit.id, state: other, seen: edit.state, editor: 'mei' }),
    );
    expect(
      await lin.call('edits.setState', {
        id: edit.id,
        state: 'proposed',
        seen: edit.state,
        editor: 'lin',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await value(
      mei.call('facts.setValue', { id: fact.id, value: 7, seen: fact.value, editor: 'mei' }),
    );
    expect(
      await lin.call('facts.setValue', { id: fact.id, value: 8, seen: fact.value, editor: 'lin' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const tag = await value(lin.call('tags.create', { name: '核实' }));
    await value(
      mei.call('articles.tag', { id: 1, tagId: tag.id, on: true, seen: false, editor: 'mei' }),
    );
    expect(
      await lin.call('articles.tag', {
        id: 1,
        tagId: tag.id,
        on: false,
        seen: false,
        editor: 'lin',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = await value(lin.call('articles.get', { id: 1 }));
    expect(now.facts.find((f) => f.id === fact.id)).toMatchObject({ status: 'approved', value: 7 });
    expect(now.edits.find((e) => e.id === edit.id)?.state).toBe(other);
    expect(now.tags).toContain('核实');
  });

  it('is no conflict when the change since was the same editor’s own (two quick clicks)', async () => {
    await value(
      lin.call('articles.setStatus', { id: 3, status: 'approved', seen: 'pending', editor: 'lin' }),
    );
    expect(
      await lin.call('articles.setStatus', {
        id: 3,
        status: 'rejected',
        seen: 'pending',
        editor: 'lin',
      }),
    ).toMatchObject({ ok: true, value: { before: 'approved', after: 'rejected' } });
  });

  it('without what the client saw, the latest decision is made as before (scripts, the CLI)', async () => {
    await value(mei.call('articles.setStatus', { id: 2, status: 'approved', editor: 'mei' }));
    expect(
      await lin.call('articles.setStatus', { id: 2, status: 'rejected', editor: 'lin' }),
    ).toMatchObject({ ok: true, value: { before: 'approved' } });
  });
});
