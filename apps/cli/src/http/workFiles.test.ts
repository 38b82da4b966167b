import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkFiles } from './workFiles.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-work-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HOUR = 60 * 60 * 1000;

/** A file written `ageMs` ago (its folder too). */
function writeAged(path: string, ageMs: number): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'bytes');
  const then = new Date(Date.now() - ageMs);
  utimesSync(path, then, then);
  utimesSync(join(path, '..'), then, then);
  return path;
}

describe('the browser edition’s work files', () => {
  it('sweeps uploads and exports older than an hour, and keeps newer ones', () => {
    const oldUpload = writeAged(join(dir, 'uploads', '1-1', 'old.txt'), 2 * HOUR);
    const newUpload = writeAged(join(dir, 'uploads', '1-2', 'new.txt'), 5 * 60 * 1000);
    const oldExport = writeAged(join(dir, 'exports', 'winnow-csv-a-1.csv'), 2 * HOUR);
    const newExport = writeAged(join(dir, 'exports', 'winnow-csv-a-2.csv'), 60 * 1000);
    // The corpus may live beside them: nothing outside uploads/ and exports/ is touched.
    const other = writeAged(join(dir, 'corpus.sqlite'), 3 * HOUR);
    expect(new WorkFiles(dir).sweep()).toBe(2);
    expect(existsSync(join(oldUpload, '..'))).toBe(false);
    expect(existsSync(oldExport)).toBe(false);
    expect([newUpload, newExport, other].every((path) => existsSync(path))).toBe(true);
  });

  it('keeps what a running call uses, however old, and a Markdown export’s folder', async () => {
    const files = new WorkFiles(dir);
    const upload = writeAged(join(dir, 'uploads', '2-1', 'slow.winnow.zip'), 3 * HOUR);
    const zip = join(dir, 'exports', 'winnow-md-a-3.md.zip');
    const folder = writeAged(join(`${zip}.folder`, 'one.md'), 2 * HOUR);
    let finish = () => {};
    const running = files.using([upload, zip], () => new Promise<void>((r) => (finish = r)));
    expect(files.sweep()).toBe(0);
    expect(existsSync(upload) && existsSync(folder)).toBe(true);
    finish();
    await running;
    expect(files.sweep()).toBe(2);
    expect(existsSync(upload) || existsSync(folder)).toBe(false);
  });

  it('an import consumes its uploads whatever its result; a verify does not', async () => {
    const files = new WorkFiles(dir);
    const bundle = writeAged(join(dir, 'uploads', '3-1', 'desk.winnow.zip'), 0);
    await files.call('bundles.verify', { path: bundle }, () => Promise.resolve('checked'));
    expect(existsSync(bundle)).toBe(true);
    const article = writeAged(join(dir, 'uploads', '3-2', 'a.txt'), 0);
    await expect(
      files.call('articles.import', { paths: [article] }, () =>
        Promise.reject(new Error('the import failed')),
      ),
    ).rejects.toThrow('the import failed');
    expect(existsSync(join(article, '..'))).toBe(false);
    await files.call('bundles.import', { path: bundle }, () => Promise.resolve('imported'));
    expect(existsSync(join(bundle, '..'))).toBe(false);
    // A path outside the uploads is never removed by a call.
    const outside = writeAged(join(dir, 'exports', 'winnow-jsonl-a-4.jsonl'), 0);
    await files.call('articles.import', { paths: [outside] }, () => Promise.resolve('refused'));
    expect(existsSync(outside)).toBe(true);
  });
});
