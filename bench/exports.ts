/**
 * The export rows of `pnpm bench` (run.ts): a bundle of the whole corpus, cold and with
 * every article prepared, the preparing alone, and verifying the bundle.
 */
import { rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openService } from '@winnow/service';
import type { Row } from './reliability.ts';

/** Where a row goes: `record` keeps its figure in results.json too; `corpus` is what was imported. */
export type Report = {
  record: (key: string, value: number, row: Row) => void;
  row: (row: Row) => void;
  corpus: { files: number; bytes: number };
};

type ExportRun = {
  seconds: number;
  maxRssMb: number;
  articles: number;
  facts: number;
  bytes: number;
  uncompressedBytes: number;
  buildFloorSeconds: number;
  copyFloorSeconds: number;
  cores: number;
};

/** The whole corpus exported as a bundle, in a child process so its peak memory is its own. */
function exportWhole(report: Report, dbPath: string, out: string, label: string): ExportRun | null {
  process.stderr.write(`exporting the corpus as a bundle (${label})…\n`);
  const run = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'exportChild.ts'), dbPath, out, 'bundle'],
    { encoding: 'utf8' },
  );
  if (run.status === 0) return JSON.parse(run.stdout) as ExportRun;
  rmSync(out, { force: true });
  report.row({
    measure: `export: bundle (${label})`,
    value: 'failed',
    note: run.stderr.slice(0, 200),
  });
  return null;
}

const keptArticles = (dbPath: string) => {
  const kept = openService({ dbPath });
  try {
    return kept.store.db
      .prepare<[], { n: number }>('SELECT count(DISTINCT article_id) AS n FROM bundle_fragment')
      .get()!.n;
  } finally {
    kept.close();
  }
};

/**
 * Exporting right after the import, when no article's share of the bundle is kept yet:
 * every line is built. Skipped when the corpus (a --reuse-db run) is already prepared.
 */
export function benchColdExport(report: Report, dbPath: string): void {
  const kept = keptArticles(dbPath);
  if (kept > 0) {
    report.row({
      measure: 'export: bundle, nothing prepared',
      value: 'skipped',
      note: `${kept} articles of the kept corpus are prepared`,
    });
    return;
  }
  const out = join(import.meta.dirname, '.corpus', 'bench-export-cold.zip');
  const r = exportWhole(report, dbPath, out, 'nothing prepared');
  rmSync(out, { force: true });
  if (!r) return;
  report.record('export.bundle.coldSeconds', r.seconds, {
    measure: 'export: bundle, nothing prepared',
    value: `${r.seconds.toFixed(1)} s`,
    note: `every line built (right after an import); peak ${r.maxRssMb.toFixed(0)} MB`,
  });
  report.record('export.bundle.buildFloorSeconds', r.buildFloorSeconds, {
    measure: 'export: floor for building every line',
    value: `${r.buildFloorSeconds.toFixed(1)} s`,
    note: `UTF-8 encoding, deflate level 1, sha256 and CRC-32 of ${(r.uncompressedBytes / 1024 ** 3).toFixed(1)} GB, measured here, over ${r.cores} cores`,
  });
}

/** `winnow bundle prepare`, as `winnow serve` does it in the background, timed alone. */
export function benchPrepare(report: Report, dbPath: string): void {
  process.stderr.write('preparing the corpus for export…\n');
  const run = spawnSync(process.execPath, [join(import.meta.dirname, 'prepareChild.ts'), dbPath], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    report.row({ measure: 'prepare for export', value: 'failed', note: run.stderr.slice(0, 200) });
    return;
  }
  const r = JSON.parse(run.stdout) as { seconds: number; maxRssMb: number; prepared: number };
  report.record('prepare.seconds', r.seconds, {
    measure: 'prepare for export (winnow bundle prepare)',
    value: `${r.seconds.toFixed(1)} s`,
    note: `${r.prepared} articles (${(r.prepared / r.seconds).toFixed(0)}/s) on one thread; peak ${r.maxRssMb.toFixed(0)} MB`,
  });
  const size = statSync(dbPath).size / 1024 / 1024;
  report.record('db.preparedMegabytes', size, {
    measure: 'database size, prepared',
    value: `${size.toFixed(0)} MB`,
    note: "with every article's share of a bundle kept, deflated",
  });
}

/** The export an editor waits for: every article prepared, as the desk keeps them. */
export function benchExport(report: Report, dbPath: string): void {
  const out = join(import.meta.dirname, '.corpus', 'bench-export.zip');
  const r = exportWhole(report, dbPath, out, 'prepared');
  if (!r) return;
  benchVerify(report, out);
  rmSync(out, { force: true });
  report.record('export.bundle.seconds', r.seconds, {
    measure: 'export: whole corpus as a bundle, prepared',
    value: `${r.seconds.toFixed(1)} s`,
    note: `${r.articles} articles, ${r.facts} facts; ${(r.bytes / 1024 / 1024).toFixed(0)} MB zip of ${(r.uncompressedBytes / 1024 ** 3).toFixed(1)} GB JSON`,
  });
  report.record('export.bundle.copyFloorSeconds', r.copyFloorSeconds, {
    measure: 'export: floor for copying kept shares',
    value: `${r.copyFloorSeconds.toFixed(1)} s`,
    note: `inflating them for sha256 and CRC-32 of ${(r.uncompressedBytes / 1024 ** 3).toFixed(1)} GB, measured here, over ${r.cores} cores`,
  });
  report.record('export.bundle.maxRssMb', r.maxRssMb, {
    measure: 'export: peak memory (RSS)',
    value: `${r.maxRssMb.toFixed(0)} MB`,
    note: 'the exporting process, service and all',
  });
}

/**
 * The bundle just written, read back as `winnow bundle verify` reads it (every line parsed
 * and checked, every file hashed), in a child process of its own. Importing it into an
 * empty corpus is `node bench/bundleChild.ts import BUNDLE NEW.sqlite`, by hand: it takes
 * minutes more.
 */
export function benchVerify(report: Report, bundle: string): void {
  process.stderr.write('verifying the bundle…\n');
  const run = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'bundleChild.ts'), 'verify', bundle],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    report.row({ measure: 'bundle verify', value: 'failed', note: run.stderr.slice(0, 200) });
    return;
  }
  const r = JSON.parse(run.stdout) as { seconds: number; maxRssMb: number; ok: boolean };
  report.record('bundle.verify.seconds', r.seconds, {
    measure: 'verify that bundle (winnow bundle verify)',
    value: r.ok ? `${r.seconds.toFixed(1)} s` : 'refused',
    note: `peak ${r.maxRssMb.toFixed(0)} MB RSS; every line parsed and checked, every file hashed`,
  });
}
