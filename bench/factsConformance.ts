/**
 * Facts measured against the hand-annotated development pages (../shared/peers/facts): the
 * shared scorer, ../shared/scripts/facts_score.py, imports each input shape with the CLI,
 * exports it and scores every fact. It is Python; this runs it and sums its figures over
 * every shape (html, rec, corpus), overall and per kind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The scorer's counters for one kind in one shape (W facts shown, TP right, G gold, GF found). */
type Counts = Partial<Record<'W' | 'TP' | 'G' | 'GF' | 'vn' | 'vok', number>>;

type Overall = { precision: number; recall: number; valueAccuracy: number };

export type FactsFigures = Overall & {
  byKind: Record<string, { precision: number; recall: number; facts: number; gold: number }>;
  /** Each input shape on its own: issue 23's targets hold per shape, not only summed. */
  byShape: Record<string, Overall>;
};

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function factsScore(root: string, shared: string): FactsFigures {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-facts-score-'));
  const out = join(dir, 'facts.json');
  const run = spawnSync(
    'python3',
    [
      join(shared, 'scripts', 'facts_score.py'),
      '--project',
      root,
      '--shared',
      shared,
      '--json',
      out,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 900_000 },
  );
  if (run.status !== 0) throw new Error(`facts_score.py failed: ${run.stderr || run.error}`);
  const byShape = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Record<string, Counts>>;
  rmSync(dir, { recursive: true, force: true });
  const sums = new Map<string, Required<Counts>>();
  const shapes: FactsFigures['byShape'] = {};
  for (const [shape, kinds] of Object.entries(byShape)) {
    const all = kinds['ALL'] ?? {};
    shapes[shape] = {
      precision: ratio(all.TP ?? 0, all.W ?? 0),
      recall: ratio(all.GF ?? 0, all.G ?? 0),
      valueAccuracy: ratio(all.vok ?? 0, all.vn ?? 0),
    };
  }
  for (const kinds of Object.values(byShape)) {
    for (const [kind, counts] of Object.entries(kinds)) {
      const sum = sums.get(kind) ?? { W: 0, TP: 0, G: 0, GF: 0, vn: 0, vok: 0 };
      for (const key of ['W', 'TP', 'G', 'GF', 'vn', 'vok'] as const) sum[key] += counts[key] ?? 0;
      sums.set(kind, sum);
    }
  }
  const all = sums.get('ALL') ?? { W: 0, TP: 0, G: 0, GF: 0, vn: 0, vok: 0 };
  const byKind: FactsFigures['byKind'] = {};
  for (const [kind, sum] of sums) {
    if (kind === 'ALL') continue;
    byKind[kind] = {
      precision: ratio(sum.TP, sum.W),
      recall: ratio(sum.GF, sum.G),
      facts: sum.W,
      gold: sum.G,
    };
  }
  return {
    precision: ratio(all.TP, all.W),
    recall: ratio(all.GF, all.G),
    valueAccuracy: ratio(all.vok, all.vn),
    byKind,
    byShape: shapes,
  };
}

export function printFacts(figures: FactsFigures): void {
  const f = (x: number) => x.toFixed(3);
  process.stdout.write(
    `facts (../shared/peers/facts, html+rec+corpus): P ${f(figures.precision)} R ${f(figures.recall)}, ` +
      `value accuracy ${f(figures.valueAccuracy)}\n`,
  );
  for (const [shape, o] of Object.entries(figures.byShape))
    process.stdout.write(
      `  shape ${shape.padEnd(6)} P ${f(o.precision)} R ${f(o.recall)}, value accuracy ${f(o.valueAccuracy)}\n`,
    );
  for (const [kind, k] of Object.entries(figures.byKind))
    process.stdout.write(
      `  ${kind.padEnd(12)} P ${f(k.precision)} (${k.facts} facts)  R ${f(k.recall)} (${k.gold} gold)\n`,
    );
}
