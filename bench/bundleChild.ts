/**
 * Reading a bundle back, in its own process so that its peak memory is its own:
 *
 *   node bench/bundleChild.ts verify BUNDLE          (run by bench/run.ts after the export)
 *   node bench/bundleChild.ts import BUNDLE NEW.sqlite
 *
 * Prints {seconds, maxRssMb, ok} as JSON; an import also prints what it added.
 */
import { existsSync } from 'node:fs';
import { openService } from '@winnow/service';

const [mode, bundle, dbPath] = process.argv.slice(2);
if (!bundle || (mode !== 'verify' && mode !== 'import') || (mode === 'import' && !dbPath))
  throw new Error('usage: bundleChild.ts verify BUNDLE | import BUNDLE NEW.sqlite');
if (mode === 'import' && existsSync(dbPath!))
  throw new Error(`${dbPath} exists: the import is measured into an empty corpus`);

// verify touches no corpus; the service still wants one, so it gets an empty throwaway.
const service = openService({ dbPath: mode === 'import' ? dbPath! : ':memory:' });
const started = performance.now();
const result =
  mode === 'verify'
    ? await service.call('bundles.verify', { path: bundle })
    : await service.call('bundles.import', { path: bundle });
const seconds = (performance.now() - started) / 1000;
service.close();
if (!result.ok) throw new Error(result.error.message);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const value = result.value as { ok?: boolean; problems?: string[]; articles?: unknown };
process.stdout.write(
  `${JSON.stringify({
    seconds,
    maxRssMb,
    ok: mode === 'import' || value.ok === true,
    ...(mode === 'verify' ? { problems: value.problems } : { report: value }),
  })}\n`,
);
