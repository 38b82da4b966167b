import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '@winnow/service';
import { runWinnow, startDesk } from './testing/children.ts';
import type { Desk } from './testing/children.ts';

let dir: string;
const desks: Desk[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-desks-'));
});
afterEach(async () => {
  await Promise.all(desks.splice(0).map((desk) => desk.stop()));
  rmSync(dir, { recursive: true, force: true });
});

/** Articles with numbers, dates and spam in them: facts and edits to decide on. */
function writeArticles(folder: string, count: number, tag: string): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const body =
      `${tag}第${i}号:2024年3月${1 + (i % 28)}日,联合实验室网络新增成员${i % 97}家,培训科研人员约${(i * 37) % 5000}人次。华夏包养网科技网。`.repeat(
        2 + (i % 5),
      );
    writeFileSync(join(folder, `${tag}-${i}.txt`), `${tag}简报${i}\n\n${body}\n`);
  }
}

type Target = { method: string; id: number; values: readonly string[]; key: string };

/** A decision that changes something each time: the target's next value in turn. */
function decisionsOn(targets: Target[], count: number, editor: string) {
  return Array.from({ length: count }, (_, i) => {
    const target = targets[i % targets.length]!;
    const round = Math.floor(i / targets.length);
    const value = target.values[(round + 1) % target.values.length]!;
    return { method: target.method, params: { id: target.id, [target.key]: value, editor } };
  });
}

describe('several processes on one corpus', () => {
  it('1,000 decisions over HTTP while both desks keep exports ready and a CLI import runs: none fails', async () => {
    const dbPath = join(dir, 'corpus.sqlite');
    writeArticles(join(dir, 'first'), 600, 'a');
    writeArticles(join(dir, 'second'), 1000, 'b');
    const setup = openService({ dbPath });
    const imported = await setup.call('articles.import', { paths: [join(dir, 'first')] });
    expect(imported.ok && imported.value.imported).toBe(600);
    const db = setup.store.db;
    const facts = db
      .prepare("SELECT id FROM fact WHERE status = 'pending' ORDER BY id LIMIT 200")
      .all() as { id: number }[];
    const edits = db
      .prepare("SELECT id FROM edit WHERE origin = 'pipeline' ORDER BY id LIMIT 100")
      .all() as { id: number }[];
    expect(facts).toHaveLength(200);
    expect(edits).toHaveLength(100);
    const fragments = () =>
      (db.prepare('SELECT count(*) AS n FROM bundle_fragment').get() as { n: number }).n;
    const articles = () =>
      (db.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;

    try {
      desks.push(await startDesk(dbPath), await startDesk(dbPath));
      const [one, two] = desks as [Desk, Desk];
      // Each desk's keeper begins 5 s after it starts; decisions start once they work.
      const waitedFrom = Date.now();
      while (fragments() === 0 && Date.now() - waitedFrom < 30_000)
        await new Promise((r) => setTimeout(r, 100));
      expect(fragments()).toBeGreaterThan(0);

      const importing = runWinnow(['import', join(dir, 'second'), '--db', dbPath]);
      // Decisions start once the import stores its first batch.
      while (articles() === 600 && Date.now() - waitedFrom < 60_000)
        await new Promise((r) => setTimeout(r, 50));
      const all = (editor: string, base: number) =>
        decisionsOn(
          [
            ...facts.slice(base, base + 100).map((f) => ({
              method: 'facts.setStatus',
              id: f.id,
              values: ['pending', 'approved', 'rejected'],
              key: 'status',
            })),
            ...edits.slice(base / 2, base / 2 + 50).map((e) => ({
              method: 'edits.setState',
              id: e.id,
              values: ['applied', 'reverted'],
              key: 'state',
            })),
            ...Array.from({ length: 50 }, (_, i) => ({
              method: 'articles.setStatus',
              id: base + i + 1,
              values: ['pending', 'approved', 'rejected'],
              key: 'status',
            })),
          ],
          500,
          editor,
        );
      const queues = [
        { desk: one, todo: all('lin', 0) },
        { desk: two, todo: all('mei', 100) },
      ];
      const articlesBefore = articles();
      // Decisions forget their article's fragments, so the keepers' work shows as rises.
      let keptRises = 0;
      let lastCount = fragments();
      let wal = 0;
      const sampler = setInterval(() => {
        wal = Math.max(wal, statSync(`${dbPath}-wal`).size);
        const now = fragments();
        if (now > lastCount) keptRises++;
        lastCount = now;
      }, 50);
      const failures: string[] = [];
      const waits: number[] = [];
      let done = 0;
      // Two editors per desk, one decision in flight each. Each change puts the keepers off
      // for 5 s, so the decisions come in two halves with a quiet moment between them: the
      // keepers start in it, on what the first half and the import left unprepared, and the
      // second half meets them at work.
      const half = async (from: number, to: number) =>
        Promise.all(
          queues.flatMap(({ desk, todo }) =>
            [0, 1].map(async (lane) => {
              for (let i = from + lane; i < Math.min(to, todo.length); i += 2) {
                const { method, params } = todo[i]!;
                const began = performance.now();
                const { status, body } = await desk.call(method, params);
                waits.push(performance.now() - began);
                done++;
                if (status !== 200 || !body.ok)
                  failures.push(`${method} ${status} ${JSON.stringify(body)}`);
              }
            }),
          ),
        );
      await half(0, 250);
      const quietFrom = fragments();
      while (fragments() <= quietFrom && Date.now() - waitedFrom < 90_000)
        await new Promise((r) => setTimeout(r, 20));
      const risesBefore = keptRises;
      await half(250, 500);
      const risesBeside = keptRises - risesBefore;
      clearInterval(sampler);
      const articlesDuring = articles() - articlesBefore;
      const cli = await importing;
      waits.sort((a, b) => a - b);
      const at = (q: number) => waits[Math.min(waits.length - 1, Math.floor(q * waits.length))]!;
      console.log(
        `decisions ${done}, failed ${failures.length}; answered in ms: median ${at(0.5).toFixed(0)}, ` +
          `p95 ${at(0.95).toFixed(0)}, p99 ${at(0.99).toFixed(0)}, slowest ${at(1).toFixed(0)}; ` +
          `during them: fragments kept ${keptRises} times (${risesBeside} beside the second half), ${articlesDuring} articles imported; WAL at most ${wal} bytes`,
      );
      expect(done).toBe(1000);
      expect(failures.slice(0, 5)).toEqual([]);
      // The background work really ran beside the decisions.
      expect(risesBeside).toBeGreaterThan(0);
      expect(articlesDuring).toBeGreaterThan(0);
      expect(cli.code, cli.stderr).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({ imported: 1000, failed: 0 });
      // Checkpoints keep up: the write-ahead log does not grow with the work.
      expect(wal).toBeLessThan(64 * 1024 * 1024);
      for (const desk of desks) expect(desk.stderr()).not.toMatch(/locked|error:/);
    } finally {
      setup.close();
    }
  }, 240_000);

  it('two CLI imports at once both finish, storing every file once', async () => {
    const dbPath = join(dir, 'corpus.sqlite');
    writeArticles(join(dir, 'one'), 300, 'c');
    writeArticles(join(dir, 'two'), 300, 'd');
    // The second import also brings the first's files: each is stored by whichever is first.
    const [first, second] = await Promise.all([
      runWinnow(['import', join(dir, 'one'), '--db', dbPath]),
      runWinnow(['import', join(dir, 'two'), join(dir, 'one'), '--db', dbPath]),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const a = JSON.parse(first.stdout) as { imported: number; duplicates: number };
    const b = JSON.parse(second.stdout) as { imported: number; duplicates: number };
    expect(a.imported + b.imported).toBe(600);
    expect(a.duplicates + b.duplicates).toBe(300);
    const check = openService({ dbPath });
    try {
      expect(check.store.db.prepare('SELECT count(*) AS n FROM article').get()).toEqual({ n: 600 });
    } finally {
      check.close();
    }
  }, 120_000);
});
