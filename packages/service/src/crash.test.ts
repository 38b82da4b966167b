import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';

const child = join(import.meta.dirname, 'testing', 'crashChild.ts');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-crash-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child until `enough(lines)` holds, then SIGKILLs it; returns its stdout lines. */
function runUntilKilled(
  args: string[],
  enough: (lines: string[]) => boolean,
): Promise<{ lines: string[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    let killed = false;
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      lines.push(...parts);
      if (!killed && enough(lines)) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.on('exit', (_code, signal) => {
      if (!killed) reject(new Error(`the child finished before it was killed:\n${stderr}`));
      else resolve({ lines, signal });
    });
  });
}

function writeArticles(folder: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const sub = join(folder, String(Math.floor(i / 500)));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const body =
      `第${i}号报道:联合实验室网络新增成员${i % 97}家,培训科研人员约${(i * 37) % 5000}人次。`.repeat(
        1 + (i % 7),
      );
    writeFileSync(join(sub, `${i}.txt`), `科技合作简报${i}\n\n${body}\n`);
  }
}

describe('a process killed mid-work loses nothing it acknowledged', () => {
  it('an import of 5,000 articles killed half-way opens clean and completes on re-run without duplicates', async () => {
    const folder = join(dir, 'incoming');
    writeArticles(folder, 5000);
    const dbPath = join(dir, 'corpus.sqlite');
    const { signal, lines } = await runUntilKilled(['import', dbPath, folder], (l) =>
      l.some((line) => line === 'progress 2000'),
    );
    expect(signal).toBe('SIGKILL');
    expect(lines).not.toContain('done');

    const service = openService({ dbPath });
    try {
      const check = await service.call('corpus.check', {});
      expect(check).toEqual({ ok: true, value: { ok: true, problems: [] } });
      const before = await service.call('corpus.stats', {});
      const stored = before.ok ? before.value.articles : -1;
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThan(5000);
      const jobs = service.store.db.prepare('SELECT state FROM import_job').all();
      expect(jobs).toEqual([{ state: 'interrupted' }]);

      const rerun = await service.call('articles.import', { paths: [folder] });
      expect(rerun.ok && rerun.value).toMatchObject({
        imported: 5000 - stored,
        duplicates: stored,
        failed: 0,
      });
      const counts = service.store.db
        .prepare(
          'SELECT count(*) AS articles, count(DISTINCT s.sha256) AS distinctBytes FROM article a JOIN source_file s ON s.id = a.source_file_id',
        )
        .get();
      expect(counts).toEqual({ articles: 5000, distinctBytes: 5000 });
      expect(await service.call('corpus.check', {})).toEqual({
        ok: true,
        value: { ok: true, problems: [] },
      });
    } finally {
      service.close();
    }
    // Two imports of thousands of articles: on a loaded machine they outlast the default.
  }, 120_000);

  it('a stream of review decisions killed mid-way keeps every acknowledged decision', async () => {
    const dbPath = join(dir, 'corpus.sqlite');
    const folder = join(dir, 'incoming');
    writeArticles(folder, 40);
    const setup = openService({ dbPath });
    await setup.call('articles.import', { paths: [folder] });
    setup.close();

    const { signal, lines } = await runUntilKilled(
      ['decide', dbPath, 'lin', '40'],
      (l) => l.length >= 300,
    );
    expect(signal).toBe('SIGKILL');
    const acks = lines.filter((line) => line.startsWith('ack ')).map((line) => line.split(' '));
    expect(acks.length).toBeGreaterThanOrEqual(300);

    const service = openService({ dbPath });
    try {
      expect(await service.call('corpus.check', {})).toEqual({
        ok: true,
        value: { ok: true, problems: [] },
      });
      for (const [, decisionId, articleId, status] of acks) {
        const decision = service.store.decisions.get(Number(decisionId));
        expect(decision).toMatchObject({
          editor: 'lin',
          kind: 'act',
          targetId: Number(articleId),
          after: status,
        });
      }
      // Each article holds the last status acknowledged for it (or a later one not yet acknowledged).
      const lastAcked = new Map(
        acks.map(([, decisionId, articleId]) => [Number(articleId), Number(decisionId)]),
      );
      for (const [articleId, decisionId] of lastAcked) {
        const later = service.store.db
          .prepare(
            "SELECT after FROM decision WHERE target_id = ? AND id >= ? AND kind = 'act' ORDER BY id DESC LIMIT 1",
          )
          .get(articleId, decisionId) as { after: string };
        const article = await service.call('articles.get', { id: articleId });
        expect(article.ok && article.value.status).toBe(JSON.parse(later.after));
      }
    } finally {
      service.close();
    }
  });
});
