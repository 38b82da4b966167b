/**
 * One export of a kept corpus, in its own process so that its peak memory is its own.
 * Prints {seconds, maxRssMb, articles, facts, bytes} as JSON. Used by bench/run.ts.
 */
import { openService } from '@winnow/service';

const [dbPath, out, format = 'bundle'] = process.argv.slice(2);
if (!dbPath || !out) throw new Error('usage: exportChild.ts DB OUT [FORMAT]');
const service = openService({ dbPath });
const started = performance.now();
const result = await service.call('articles.export', { format: format as 'bundle', out });
const seconds = (performance.now() - started) / 1000;
service.close();
if (!result.ok) throw new Error(result.error.message);
const { articles, facts, bytes } = result.value;
process.stdout.write(
  `${JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, articles, facts, bytes })}\n`,
);
