/**
 * The import of the bench corpus, timed with the machine's load before it and the CPU it
 * took, while an editor keeps asking for a list page.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { WinnowService } from '@winnow/service';
import { ms, percentile } from './stats.ts';

type RecordFigure = (
  key: string,
  value: number,
  row: { measure: string; value: string; note: string },
) => void;

export async function benchImport(
  service: WinnowService,
  corpusDir: string,
  corpus: { files: number; bytes: number },
  record: RecordFigure,
): Promise<void> {
  process.stderr.write(`importing ${corpus.files} articles…\n`);
  // While the import runs, an editor keeps working: a list page is asked for every 250 ms
  // and timed from the request to the answer (waiting included).
  const answers: number[] = [];
  let importing = true;
  const probe = (async () => {
    while (importing) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const asked = performance.now();
      await service.call('articles.list', { status: 'pending', limit: 50 });
      answers.push(performance.now() - asked);
    }
  })();
  // The machine is shared: the load before says how far to trust the throughput (#24
  // asks for it below 1); CPU per article is the import's cost whatever else ran.
  const loadBefore = loadavg()[0] ?? 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await service.call('articles.import', { paths: [corpusDir] });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  importing = false;
  await probe;
  if (!result.ok) throw new Error(result.error.message);
  const mb = corpus.bytes / 1024 / 1024;
  record('import.articles', result.value.imported, {
    measure: 'import: articles',
    value: String(result.value.imported),
    note: `${mb.toFixed(1)} MB, avg ${(corpus.bytes / corpus.files / 1024).toFixed(1)} KB`,
  });
  record('import.seconds', seconds, {
    measure: 'import: time',
    value: `${seconds.toFixed(1)} s`,
    note: 'read, decode, clean, extract facts and build the rows on worker threads; the main thread writes them',
  });
  const cpuMs = (cpuSeconds * 1000) / result.value.imported;
  record('import.load', loadBefore, {
    measure: "import: the machine's 1-minute load before",
    value: loadBefore.toFixed(2),
    note: `${availableParallelism()} cores`,
  });
  record('import.cpuMsPerArticle', cpuMs, {
    measure: 'import: CPU per article, every thread',
    value: `${cpuMs.toFixed(2)} ms`,
    note: `${cpuSeconds.toFixed(1)} CPU-seconds in ${seconds.toFixed(1)} s`,
  });
  record('import.articlesPerSecond', result.value.imported / seconds, {
    measure: 'import: throughput',
    value: `${(result.value.imported / seconds).toFixed(0)} articles/s`,
    note: `${(mb / seconds).toFixed(2)} MB/s`,
  });
  record('import.listDuringImport.p95', percentile(answers, 95), {
    measure: 'during the import: a list page, p95',
    value: ms(percentile(answers, 95)),
    note: `${answers.length} pages asked every 250 ms while importing; p50 ${ms(percentile(answers, 50))}, max ${ms(Math.max(...answers))}`,
  });
}
