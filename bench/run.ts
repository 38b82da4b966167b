/**
 * `pnpm bench`: Winnow's performance report. Generates (or reuses) a deterministic corpus,
 * measures, prints a table and writes bench/results.json. Figures, never assertions: these
 * machines are noisy, so compare ratios measured in one run.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openService } from '@winnow/service';
import { generateCorpus } from './generate.ts';

type Row = { measure: string; value: string; note: string };

const ARTICLES = Number(process.env['WINNOW_BENCH_ARTICLES'] ?? 10_000);
const corpusDir = join(import.meta.dirname, '.corpus', `n${ARTICLES}`);
const rows: Row[] = [];
const results: Record<string, number> = {};

function ensureCorpus(): { files: number; bytes: number } {
  const manifest = join(corpusDir, 'manifest.json');
  if (existsSync(manifest))
    return JSON.parse(readFileSync(manifest, 'utf8')) as { files: number; bytes: number };
  process.stderr.write(`generating ${ARTICLES} articles in ${corpusDir}…\n`);
  mkdirSync(corpusDir, { recursive: true });
  const made = generateCorpus(corpusDir, ARTICLES);
  writeFileSync(manifest, JSON.stringify(made));
  return made;
}

async function benchImport(corpus: { files: number; bytes: number }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-bench-'));
  const service = openService({ dbPath: join(dir, 'bench.sqlite') });
  const started = performance.now();
  const result = await service.call('articles.import', { paths: [corpusDir] });
  const seconds = (performance.now() - started) / 1000;
  service.close();
  rmSync(dir, { recursive: true, force: true });
  if (!result.ok) throw new Error(result.error.message);
  const mb = corpus.bytes / 1024 / 1024;
  results['import.articlesPerSecond'] = result.value.imported / seconds;
  results['import.mbPerSecond'] = mb / seconds;
  rows.push(
    {
      measure: 'import: articles',
      value: String(result.value.imported),
      note: `${mb.toFixed(1)} MB, avg ${(corpus.bytes / corpus.files / 1024).toFixed(1)} KB`,
    },
    {
      measure: 'import: time',
      value: `${seconds.toFixed(2)} s`,
      note: 'decode, read, store (one process)',
    },
    {
      measure: 'import: throughput',
      value: `${(result.value.imported / seconds).toFixed(0)} articles/s`,
      note: `${(mb / seconds).toFixed(2)} MB/s`,
    },
  );
}

function printTable(): void {
  const widths = [0, 1, 2].map((i) =>
    Math.max(...rows.map((r) => Object.values(r)[i]?.length ?? 0), 8),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  process.stdout.write(
    `\nWinnow benchmark — ${ARTICLES} generated articles, Node ${process.version}\n\n`,
  );
  process.stdout.write(
    `${line(['measure', 'value', 'note'])}\n${line(widths.map((w) => '-'.repeat(w)))}\n`,
  );
  for (const row of rows) process.stdout.write(`${line([row.measure, row.value, row.note])}\n`);
}

const corpus = ensureCorpus();
await benchImport(corpus);
printTable();
writeFileSync(
  join(import.meta.dirname, 'results.json'),
  JSON.stringify({ articles: ARTICLES, ...results }, null, 2),
);
