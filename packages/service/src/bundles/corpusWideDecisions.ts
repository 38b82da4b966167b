import { decisionRegistry, mapIds, WinnowFailure } from '@winnow/contract';
import type { BundleImportReport, CorpusWideAction } from '@winnow/contract';
import type { DecisionRecord } from '@winnow/bundle';
import type { Store } from '@winnow/store';
import { spec } from '../decisions/decisions.ts';
import { corpusWideForms } from './corpusWideForms.ts';
import type { LocalIds } from './portableIds.ts';

/**
 * Decisions on the corpus as a whole through a bundle (corpusWideForms.ts says what each
 * means). They belong to no article, so they follow the articles' decisions in
 * decisions.jsonl (`article: null`), in the order they were made. Exporting them is
 * corpusWideExport.ts.
 */

type Recorded = { id: number; target: number; before: unknown; after: unknown };

/**
 * Importing: after the articles' decisions are weighed (a tag they put on is there to be
 * taken off), each act is applied for what it changes here and recorded with that; an undo
 * or redo of it, only when the act was recorded and the thing is still as it left it. What
 * changes nothing here is counted as already present, and not recorded.
 */
export class CorpusWideImport {
  private readonly queue: DecisionRecord[] = [];
  private readonly recorded = new Map<number, Recorded>();

  add(decision: DecisionRecord & { action: CorpusWideAction }): void {
    this.queue.push(decision);
  }

  apply(
    store: Store,
    local: LocalIds,
    inBundle: ReadonlySet<number>,
    report: BundleImportReport,
  ): void {
    for (const decision of this.queue) {
      const done = this.change(store, local, inBundle, decision);
      if (!done) {
        report.decisions.alreadyPresent++;
        continue;
      }
      const action = decision.action as CorpusWideAction;
      spec(action).write(store, done.target, done.after);
      const id = store.decisions.append({
        at: decision.at,
        editor: decision.editor,
        kind: decision.kind,
        action,
        targetType: decisionRegistry[action].target,
        targetId: done.target,
        articleId: null,
        before: done.before,
        after: done.after,
        reverts:
          decision.reverts === null ? null : (this.recorded.get(decision.reverts)?.id ?? null),
      });
      this.recorded.set(decision.id, { ...done, id });
      report.decisions.added++;
    }
  }

  /** What the decision changes here: its target, before and after; null for nothing. */
  private change(
    store: Store,
    local: LocalIds,
    inBundle: ReadonlySet<number>,
    decision: DecisionRecord,
  ): Omit<Recorded, 'id'> | null {
    const action = decision.action as CorpusWideAction;
    const entry = decisionRegistry[action];
    if (decision.reverts !== null) {
      const act = this.recorded.get(decision.reverts);
      if (!act) return null;
      // An undo goes back to what the act found; a redo to what it set.
      const [expected, target] =
        decision.kind === 'undo' ? [act.after, act.before] : [act.before, act.after];
      const now = spec(action).read(store, act.target, expected);
      if (JSON.stringify(now) !== JSON.stringify(expected)) return null;
      return { target: act.target, before: expected, after: target };
    }
    // A tag is found by name and never made for this: a desk without it has nothing to take off.
    const target =
      entry.target === 'tag'
        ? (store.tags.byName(decision.target)?.id ?? undefined)
        : local.of(entry.target, decision.target);
    if (target === undefined) return null;
    const after = mapIds(entry.ids, decision.after, local.of);
    if (after === undefined || after === null) return null;
    if (!entry.value.safeParse(after).success)
      throw new WinnowFailure(
        'bad_input',
        `The bundle's ${action} decision ${decision.id} holds a value Winnow cannot read: ${JSON.stringify(decision.after)}.`,
      );
    const found = corpusWideForms[action].imported(store, target, after, {
      inBundle,
      at: decision.at,
    });
    return found && { target, ...found };
  }
}
