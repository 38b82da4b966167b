/**
 * Winnow's diffs against diff-match-patch and jsdiff's plain character diff, on the same
 * pairs from the benchmark corpus:
 *   - raw/cleaned: Winnow has the edit list, so showing the pair is ordering the edits and
 *     cutting the text at them; the others must find the differences;
 *   - revisions: the cleaned text against a copy an editor changed in a few places;
 *   - near-duplicates: two different articles of about the same size.
 * Figures only; run by bench/run.ts (or `node bench/diff.ts DB`).
 */
import DiffMatchPatch from 'diff-match-patch';
import { diffChars } from 'diff';
import { editSegments, editsInForce } from '@winnow/contract';
import { openService } from '@winnow/service';
import { compareTexts, WORKER_BUDGET } from '../apps/desktop/src/renderer/src/compare.ts';
import { percentile } from './stats.ts';

type Pair = { before: string; after: string; language: string | null };
type EditPair = Pair & {
  edits: { start: number; end: number; replacement: string; rule: string; state: string }[];
};

export type DiffFigures = Array<{
  pairs: string;
  count: number;
  winnow: { p50: number; p95: number; max: number; how: string };
  dmp: { p50: number; p95: number; max: number };
  jsdiff: { p50: number; p95: number; max: number; stopped: number };
}>;

/** Articles spread over the size range, the long tail included. */
function loadPairs(dbPath: string, count: number): EditPair[] {
  const service = openService({ dbPath });
  try {
    const query = service.store.db.prepare<[number, number, number], { id: number }>(
      `SELECT a.id FROM article a JOIN source_file s ON s.id = a.source_file_id
       WHERE s.size_bytes BETWEEN ? AND ? ORDER BY a.id LIMIT ?`,
    );
    const rows = (from: number, to: number, limit: number) => query.all(from, to, limit);
    const ids = [
      ...rows(1_000, 8_000, count / 2),
      ...rows(40_000, 80_000, count / 4),
      ...rows(150_000, 600_000, count / 4),
    ];
    return ids.map(({ id }) => {
      const article = service.store.articles.get(id);
      if (!article) throw new Error(`article ${id} vanished`);
      return {
        before: article.raw,
        after: article.cleaned,
        language: article.language,
        edits: service.store.edits.byArticle(id),
      };
    });
  } finally {
    service.close();
  }
}

/** A revision: the text with a few words changed, a sentence added and one removed. */
function revise(text: string, seed: number): string {
  let out = text;
  const at = (k: number) => Math.floor((((seed * 7919 + k * 104729) % 1000) / 1000) * out.length);
  out = `${out.slice(0, at(1))}（编者注：已核实）${out.slice(at(1))}`;
  const cut = at(2);
  out = out.slice(0, cut) + out.slice(Math.min(out.length, cut + 40));
  const swap = at(3);
  out = `${out.slice(0, swap)}改动${out.slice(swap + 2)}`;
  return out;
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

let stopped = 0;
/** jsdiff's plain character diff, stopped (and counted) at the cap. */
function jsdiffTime(pair: Pair): number {
  const ms = time(() => diffChars(pair.before, pair.after, { timeout: JSDIFF_CAP_MS }));
  if (ms >= JSDIFF_CAP_MS) stopped++;
  return ms;
}

function takeStopped(): number {
  const n = stopped;
  stopped = 0;
  return n;
}

function summary(samples: number[]) {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

/** jsdiff's plain diff has no budget of its own; past this it is stopped and counted. */
const JSDIFF_CAP_MS = 5_000;

export function benchDiff(dbPath: string, count = 40): DiffFigures {
  const dmp = new DiffMatchPatch();
  // diff-match-patch's own default: give up refining after one second.
  dmp.Diff_Timeout = 1;
  const pairs = loadPairs(dbPath, count);
  const figures: DiffFigures = [];

  const rawCleaned = { winnow: [] as number[], dmp: [] as number[], jsdiff: [] as number[] };
  for (const pair of pairs) {
    rawCleaned.winnow.push(
      time(() => {
        // What the raw pane does: the edits in force, in order, and the text cut at them.
        const inForce = editsInForce(pair.edits);
        const segments = editSegments(pair.before.length, inForce);
        const pieces: string[] = [];
        for (const s of segments) pieces.push(pair.before.slice(s.rStart, s.rEnd));
        return pieces.length;
      }),
    );
    rawCleaned.dmp.push(time(() => dmp.diff_main(pair.before, pair.after)));
    rawCleaned.jsdiff.push(jsdiffTime(pair));
  }
  figures.push({
    pairs: 'raw / cleaned',
    count: pairs.length,
    winnow: { ...summary(rawCleaned.winnow), how: 'edit list' },
    dmp: summary(rawCleaned.dmp),
    jsdiff: { ...summary(rawCleaned.jsdiff), stopped: takeStopped() },
  });

  const compare = (label: string, list: Pair[]) => {
    const t = { winnow: [] as number[], dmp: [] as number[], jsdiff: [] as number[] };
    const coarse = { lines: 0, whole: 0 };
    for (const pair of list) {
      t.winnow.push(
        time(() => {
          const { grain } = compareTexts(pair.before, pair.after, pair.language, WORKER_BUDGET);
          if (grain === 'lines' || grain === 'whole') coarse[grain]++;
        }),
      );
      t.dmp.push(time(() => dmp.diff_main(pair.before, pair.after)));
      t.jsdiff.push(jsdiffTime(pair));
    }
    figures.push({
      pairs: label,
      count: list.length,
      winnow: {
        ...summary(t.winnow),
        how: `jsdiff in a worker (the page never waits); ${coarse.lines} by line, ${coarse.whole} as replaced`,
      },
      dmp: summary(t.dmp),
      jsdiff: { ...summary(t.jsdiff), stopped: takeStopped() },
    });
  };
  compare(
    'revisions (cleaned / edited)',
    pairs.map((p, i) => ({ before: p.after, after: revise(p.after, i), language: p.language })),
  );
  compare(
    'near-duplicates (two articles)',
    pairs
      .slice(1)
      .map((p, i) => ({ before: pairs[i]?.after ?? '', after: p.after, language: p.language })),
  );
  return figures;
}

if (import.meta.filename === process.argv[1]) {
  const dbPath = process.argv[2];
  if (!dbPath) throw new Error('usage: node bench/diff.ts CORPUS.sqlite');
  for (const row of benchDiff(dbPath)) process.stdout.write(`${JSON.stringify(row)}\n`);
}
