import type { Database } from 'better-sqlite3';

export type ImportOutcome = 'imported' | 'duplicate' | 'skipped' | 'failed';

export type ImportJobRow = {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  state: 'running' | 'finished' | 'interrupted';
  pid: number;
  paths: string[];
  total: number;
  imported: number;
  duplicates: number;
  skipped: number;
  failed: number;
};

const COUNTER: Record<ImportOutcome, string> = {
  imported: 'imported',
  duplicate: 'duplicates',
  skipped: 'skipped',
  failed: 'failed',
};

export function importJobRepository(db: Database) {
  const create = db.prepare<[string, number, string, number]>(
    "INSERT INTO import_job (started_at, state, pid, paths, total) VALUES (?, 'running', ?, ?, ?)",
  );
  const recordFile = db.prepare<[number, string, ImportOutcome, number | null, string | null]>(
    `INSERT INTO import_job_file (job_id, path, outcome, article_id, message) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (job_id, path) DO UPDATE SET outcome = excluded.outcome, article_id = excluded.article_id, message = excluded.message`,
  );
  const bump = Object.fromEntries(
    Object.entries(COUNTER).map(([outcome, column]) => [
      outcome,
      db.prepare<[number]>(`UPDATE import_job SET ${column} = ${column} + 1 WHERE id = ?`),
    ]),
  ) as Record<ImportOutcome, ReturnType<typeof db.prepare<[number]>>>;
  const finish = db.prepare<[string, number]>(
    "UPDATE import_job SET state = 'finished', finished_at = ? WHERE id = ?",
  );
  const running = db.prepare<[], { id: number; pid: number }>(
    "SELECT id, pid FROM import_job WHERE state = 'running'",
  );
  const interrupt = db.prepare<[number]>(
    "UPDATE import_job SET state = 'interrupted' WHERE id = ?",
  );
  const byId = db.prepare<[number], Omit<ImportJobRow, 'paths'> & { paths: string }>(
    `SELECT id, started_at AS startedAt, finished_at AS finishedAt, state, pid, paths, total, imported, duplicates, skipped, failed
       FROM import_job WHERE id = ?`,
  );

  return {
    create(paths: readonly string[], total: number): number {
      return Number(
        create.run(new Date().toISOString(), process.pid, JSON.stringify(paths), total)
          .lastInsertRowid,
      );
    },
    recordFile(
      jobId: number,
      path: string,
      outcome: ImportOutcome,
      articleId: number | null,
      message: string | null,
    ): void {
      recordFile.run(jobId, path, outcome, articleId, message);
      bump[outcome].run(jobId);
    },
    finish(jobId: number): void {
      finish.run(new Date().toISOString(), jobId);
    },
    get(jobId: number): ImportJobRow | null {
      const row = byId.get(jobId);
      return row ? { ...row, paths: JSON.parse(row.paths) as string[] } : null;
    },
    /** Jobs left "running" by a process that no longer exists were interrupted. */
    markAbandoned(isAlive: (pid: number) => boolean): number {
      let marked = 0;
      for (const job of running.all()) {
        if (!isAlive(job.pid)) {
          interrupt.run(job.id);
          marked++;
        }
      }
      return marked;
    },
  };
}
