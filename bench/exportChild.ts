/**
 * One export of a kept corpus, in its own process so that its peak memory is its own.
 * Prints {seconds, cpuSeconds, maxRssMb, articles, facts, bytes} as JSON, and for a bundle the floors
 * its bytes alone set (exportFloor.ts). Used by bench/run.ts.
 */
import { openService } from '@winnow/service';
import { exportFloor } from './exportFloor.ts';

const [dbPath, out, format = 'bundle'] = process.argv.slice(2);
if (!dbPath || !out) throw new Error('usage: exportChild.ts DB OUT [FORMAT]');
const service = openService({ dbPath });
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await service.call('articles.export', { format: format as 'bundle', out });
const seconds = (performance.now() - started) / 1000;
// Every thread's CPU time (the export's threads included): steadier than seconds on a busy machine.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
service.close();
if (!result.ok) throw new Error(result.error.message);
const { articles, facts, bytes } = result.value;
// Peak memory is the export's: read before the floor is measured.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const floor = format === 'bundle' ? await exportFloor(out) : null;
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds, maxRssMb, articles, facts, bytes, ...floor })}\n`,
);
