import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { openService } from '@winnow/service';
import { existingCorpus, progressPrinter, UsageError } from '../output.ts';
import { userPath } from '../paths.ts';
import { storageExitCode } from '../exitCodes.ts';

export const recleanHelp = `winnow reclean --db FILE [--id N]

Cleans articles again with the current pipeline (after an upgrade), every article or one.
Editors' decisions on edits carry over to the same changes, and stay on edits the cleaner
no longer makes; a new edit over text an editor decided or typed is only proposed (listed
on stderr, counted as toReview). Facts are re-anchored on the new cleaned text, and those
that lose their evidence are kept as orphans. Prints a summary.`;

const REST_AFTER_ARTICLE = 0.25;

export async function recleanCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      id: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${recleanHelp}\n`);
    return 0;
  }
  if (!values.db) throw new UsageError('reclean needs --db FILE (the corpus).');
  const one = values.id === undefined ? null : Number(values.id);
  if (one !== null && (!Number.isInteger(one) || one < 1))
    throw new UsageError(`--id must be an article id, not "${values.id}".`);
  const service = openService({ dbPath: existingCorpus(userPath(values.db)) });
  try {
    const ids =
      one !== null ? [one] : service.store.articles.idsAfter(null, 0, Number.MAX_SAFE_INTEGER);
    const progress = progressPrinter('reclean');
    const totals = { changed: 0, orphans: 0, toReview: 0, failed: 0 };
    for (const [index, id] of ids.entries()) {
      const began = performance.now();
      const result = await service.call('articles.reclean', { id });
      // One transaction per article; resting a little after each lets a desk's decision
      // waiting for the lock in another process find it free.
      await sleep((performance.now() - began) * REST_AFTER_ARTICLE);
      if (!result.ok) {
        process.stderr.write(`winnow reclean: article ${id}: ${result.error.message}\n`);
        // The corpus itself is the trouble (full, read-only, locked): the next article would fail alike.
        const storage = storageExitCode(result.error);
        if (storage !== null) return storage;
        totals.failed++;
      } else {
        if (result.value.cleanedChanged) totals.changed++;
        totals.orphans += result.value.facts.orphan;
        const review = result.value.edits.toReview;
        totals.toReview += review.length;
        if (review.length > 0)
          process.stderr.write(
            `winnow reclean: article ${id}: edits ${review.join(', ')} are over text an editor decided; proposed, not applied.\n`,
          );
      }
      progress({
        type: 'progress',
        job: 'reclean',
        done: index + 1,
        total: ids.length,
        item: null,
      });
    }
    process.stdout.write(`${JSON.stringify({ articles: ids.length, ...totals })}\n`);
    return totals.failed > 0 ? 1 : 0;
  } finally {
    service.close();
  }
}
