import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Text from '@winnow/text';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

type TextModule = typeof Text;

/**
 * While a re-clean cleans an article (no lock held: cleaning is slow), `during` runs once —
 * in the tests, another editor's desk (its own connection) deciding on the same article.
 */
const race = vi.hoisted(() => ({ during: null as null | (() => Promise<void> | void) }));
vi.mock('@winnow/text', async (original) => {
  const text = await original<TextModule>();
  return {
    ...text,
    cleanArticle: (...args: Parameters<typeof text.cleanArticle>) => {
      const during = race.during;
      race.during = null;
      void during?.();
      return text.cleanArticle(...args);
    },
  };
});

const samplesDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'samples');
let dir: string;
let dbPath: string;
let service: WinnowService;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-reclean-'));
  dbPath = join(dir, 'corpus.sqlite');
  service = openService({ dbPath });
  await value(service.call('articles.import', { paths: [samplesDir] }));
});
afterEach(() => {
  race.during = null;
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The spam edit of sample 1 (包养网 in its title line): applied when imported. */
async function spamEdit() {
  const article = await value(service.call('articles.get', { id: 1 }));
  const edit = article.edits.find((e) => e.rule === 'spam.injected-phrase');
  if (!edit) throw new Error('sample 1 has no spam edit');
  return edit;
}

describe('re-clean beside an editor', () => {
  it('keeps a revert made on another desk while the article was being cleaned', async () => {
    const edit = await spamEdit();
    const other = openService({ dbPath });
    try {
      let acknowledged: unknown = null;
      race.during = () => {
        // The call's work is synchronous: it is stored before the cleaning goes on.
        acknowledged = other.call('edits.setState', {
          id: edit.id,
          state: 'reverted',
          editor: 'mei',
        });
      };
      await value(service.call('articles.reclean', { id: 1 }));
      expect(await acknowledged).toMatchObject({ ok: true, value: { after: 'reverted' } });
      const after = await value(service.call('articles.get', { id: 1 }));
      const same = after.edits.find((e) => e.rule === 'spam.injected-phrase');
      expect(same?.state).toBe('reverted');
      expect(after.cleaned).toContain('包养网');
      const history = await value(service.call('articles.history', { id: 1 }));
      expect(history.at(-1)).toMatchObject({ editor: 'mei', after: 'reverted' });
    } finally {
      other.close();
    }
  });

  it('keeps each edit’s identity, so undo and redo work after a re-clean', async () => {
    const edit = await spamEdit();
    await value(service.call('edits.setState', { id: edit.id, state: 'reverted', editor: 'lin' }));
    const report = await value(service.call('articles.reclean', { id: 1 }));
    expect(report.edits.decisionsKept).toBe(1);
    const after = await value(service.call('articles.get', { id: 1 }));
    expect(after.edits.find((e) => e.rule === 'spam.injected-phrase')).toMatchObject({
      id: edit.id,
      state: 'reverted',
    });
    const undone = await service.call('decisions.undo', { editor: 'lin' });
    expect(undone).toMatchObject({ ok: true, value: { kind: 'undo', targetId: edit.id } });
    const restored = await value(service.call('articles.get', { id: 1 }));
    expect(restored.cleaned).not.toContain('包养网');
    expect(await service.call('decisions.redo', { editor: 'lin' })).toMatchObject({ ok: true });
    expect((await value(service.call('articles.get', { id: 1 }))).cleaned).toContain('包养网');
  });
});
