/**
 * A child process for the crash tests: it works on a corpus and reports on stdout what the
 * service acknowledged, until the test kills it with SIGKILL.
 *   node crashChild.ts import <db> <folder>
 *   node crashChild.ts decide <db> <editor> <articles>
 */
import { decidedStatuses } from '@winnow/contract';
import { openService } from '../service.ts';

const [mode, dbPath, arg, count] = process.argv.slice(2);
if (!mode || !dbPath || !arg) throw new Error('usage: crashChild.ts import|decide <db> <arg>');
const service = openService({ dbPath });

if (mode === 'import') {
  await service.call(
    'articles.import',
    { paths: [arg] },
    { onProgress: (e) => process.stdout.write(`progress ${e.done}\n`) },
  );
  process.stdout.write('done\n');
} else {
  const articles = Number(count);
  const statuses = [...decidedStatuses, 'pending'] as const;
  for (let i = 0; ; i++) {
    const id = (i % articles) + 1;
    const status = statuses[Math.floor(i / articles) % 3] ?? 'approved';
    const result = await service.call('articles.setStatus', { id, status, editor: arg });
    if (!result.ok) throw new Error(result.error.message);
    // Written only after the service answered: the decision is acknowledged.
    if (result.value) process.stdout.write(`ack ${result.value.id} ${id} ${status}\n`);
  }
}
