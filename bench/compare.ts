/**
 * Before and after, side by side in one run on the same corpus: `node bench/compare.ts
 * BEFORE_ROOT [ARTICLES]` imports the generated corpus with an older checkout (BEFORE_ROOT:
 * `git archive` of the older commit, with this checkout's node_modules linked in and each
 * package's node_modules copied) and with this one, alternating, then exports each as a
 * bundle with nothing prepared. Prints the load before each step: the machine is shared.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureFiles, corpusDirOf } from './keptCorpus.ts';

const [before, count = '10000', steps = 'import,export'] = process.argv.slice(2);
if (!before) throw new Error('usage: compare.ts BEFORE_ROOT [ARTICLES] [import,export]');
const articles = Number(count);
const { bytes } = ensureFiles(articles);
const dir = corpusDirOf(articles);
const roots = { before, after: join(import.meta.dirname, '..') };

function child(
  root: string,
  mode: 'import' | 'export' | 'search',
  db: string,
): Record<string, number> {
  const run = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'compareChild.ts'), root, mode, dir, db],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr.slice(-2000));
  return JSON.parse(run.stdout) as Record<string, number>;
}

const f = (n: number | undefined, digits = 1) => (n ?? Number.NaN).toFixed(digits);
// `export` alone exports the databases a previous run's imports left.
for (const mode of (['import', 'export', 'search'] as const).filter((m) => steps.includes(m))) {
  for (const [label, root] of Object.entries(roots)) {
    const db = join(import.meta.dirname, '.corpus', `compare-${label}-n${articles}.sqlite`);
    const r = child(root, mode, db);
    const line =
      mode === 'import'
        ? `${f(r['perSecond'], 0)} articles/s (${f(r['seconds'])} s); database ${f(r['megabytes'], 0)} MB = ${f((r['megabytes']! * 1024 * 1024) / bytes, 2)}× the files`
        : mode === 'search'
          ? `search with a filter p50 ${f(r['p50'], 2)} ms, p95 ${f(r['p95'], 2)} ms`
          : `${f(r['seconds'])} s (${f(r['cpuSeconds'])} s of CPU), peak ${f(r['maxRssMb'], 0)} MB`;
    process.stdout.write(
      `${mode.padEnd(6)} ${label.padEnd(6)} ${articles} articles: ${line}; load before ${f(r['load'], 2)}\n`,
    );
  }
}
