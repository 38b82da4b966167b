/**
 * Prepares a kept corpus for export (`winnow bundle prepare`) in its own process, so that
 * its peak memory is its own. Prints {seconds, maxRssMb, prepared, lacking} as JSON.
 */
import { openService } from '@winnow/service';

const [dbPath] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: prepareChild.ts DB');
const service = openService({ dbPath });
const started = performance.now();
const result = await service.call('bundles.prepare', {});
const seconds = (performance.now() - started) / 1000;
service.close();
if (!result.ok) throw new Error(result.error.message);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, maxRssMb, ...result.value })}\n`);
