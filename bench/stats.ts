/** Percentiles and timing helpers for the benchmark. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Runs `work` `times` times (after a few warm-up runs) and returns each duration in ms. */
export async function timeEach(times: number, work: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < 3; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
