import {
  decisionRegistry,
  idsIn,
  isCarried,
  isCorpusWide,
  isDecisionAction,
  mapIds,
  WinnowFailure,
} from '@winnow/contract';
import type { BundleImportReport, DecisionAction } from '@winnow/contract';
import type { DecisionRecord } from '@winnow/bundle';
import type { Store } from '@winnow/store';
import { spec } from '../decisions/decisions.ts';
import { CorpusWideImport } from './corpusWideDecisions.ts';
import { PortableNames, portableDecision } from './portableIds.ts';
import type { LocalIds } from './portableIds.ts';

/**
 * A bundle's decisions joining this corpus's log. Every id a decision names — its target
 * and the ids inside its values — is this corpus's once translated (the registry says
 * where they are), so undo and redo here touch this corpus's copies. Both sides' decisions
 * are kept; where the two decided the same thing differently on an article both hold, the
 * more recent decision's value stands — ties keep ours — and every such case is reported.
 */
type Latest = { at: string; order: number; action: DecisionAction; target: number; value: unknown };

export type DecisionImport = {
  store: Store;
  local: LocalIds;
  /** Articles this import merged (present before): their current values may conflict. */
  merged: ReadonlySet<number>;
  /** Every article the bundle holds, merged or added (this corpus's ids). */
  inBundle: ReadonlySet<number>;
  report: BundleImportReport;
  /**
   * The tag this corpus carries for a tag a decision names: a tag merged away here, named
   * in the log as the bundle's editor chose it, is carried as the one it went into.
   */
  liveTag: (tagId: number) => number;
};

const signature = (
  d: Pick<DecisionRecord, 'at' | 'editor' | 'action' | 'kind' | 'before' | 'after'>,
) => JSON.stringify([d.at, d.editor, d.action, d.kind, d.before, d.after]);

/**
 * What a decision decides, so that two decisions on it can be weighed: its target, and
 * which tag, fields or targets of a bulk decision its value names.
 */
function thingOf(action: DecisionAction, targetId: number, value: unknown): string {
  const { ids } = decisionRegistry[action];
  const named = idsIn(ids, value).map(([kind, id]) => `${kind}${String(id)}`);
  const fields =
    ids === 'none' && value && typeof value === 'object' ? Object.keys(value).sort() : [];
  return JSON.stringify([action, targetId, named.sort(), fields]);
}

const unknownAction = (action: string) =>
  new WinnowFailure('bad_input', `The bundle holds a decision Winnow does not know: ${action}.`);

export class DecisionMerge {
  private readonly ours = new Map<string, Latest>();
  private readonly theirs = new Map<string, Latest>();
  private readonly ourSignatures = new Map<number, Set<string>>();
  private readonly decisions = new Map<number, number>();
  private readonly names: PortableNames;
  private readonly corpusWide = new CorpusWideImport();
  private order = 0;

  private readonly c: DecisionImport;
  constructor(c: DecisionImport) {
    this.c = c;
    // Our decisions that named a tag merged away since are the same decisions as the
    // bundle's that name it (our own bundle, written before the merge, coming back).
    this.names = new PortableNames(c.store, { mergedByName: true });
  }

  /** A value as it is carried here: a merged-away tag it names, as the tag it went into. */
  private carried(action: DecisionAction, value: unknown): unknown {
    const { liveTag } = this.c;
    return mapIds(decisionRegistry[action].ids, value, (kind, id) =>
      kind === 'tag' ? liveTag(Number(id)) : id,
    );
  }

  /** This corpus's log of a merged article, as it was before the import. */
  private signaturesOf(articleId: number): Set<string> {
    let found = this.ourSignatures.get(articleId);
    if (found) return found;
    const log = this.c.store.decisions.forArticle(articleId);
    found = new Set(log.map((d) => signature(portableDecision(this.names, d, null))));
    this.ourSignatures.set(articleId, found);
    for (const d of log) {
      if (!isDecisionAction(d.action)) continue;
      const value = this.carried(d.action, d.after);
      const latest = { at: d.at, order: 0, action: d.action, target: d.targetId, value };
      this.ours.set(thingOf(d.action, d.targetId, value), latest);
    }
    return found;
  }

  /** Adds one decision of the bundle (already in portable form) to the log. */
  add(decision: DecisionRecord): void {
    const { store, local, merged, report } = this.c;
    const { action } = decision;
    if (!isDecisionAction(action)) throw unknownAction(action);
    // One no desk writes (a tag renamed or merged): what it did came in the articles.
    if (!isCarried(action)) return;
    if (isCorpusWide(action)) return this.corpusWide.add({ ...decision, action });
    const entry = decisionRegistry[action];
    const articleId = decision.article === null ? null : (local.article(decision.article) ?? null);
    // A value the exporting desk could not write (null where the action has none): it
    // names a thing gone there under any name — a tag merged into another. Which tag it
    // meant is unknown, and guessing would tag or untag the wrong one: it is left out.
    const unnamed = (value: unknown) => value === null && !entry.value.safeParse(null).success;
    if (unnamed(decision.before) || unnamed(decision.after)) return;
    const targetId = local.of(entry.target, decision.target);
    if (targetId === undefined) return; // its target is not in this corpus
    const before = mapIds(entry.ids, decision.before, local.of);
    const after = mapIds(entry.ids, decision.after, local.of);
    for (const value of [before, after])
      if (value !== null && !entry.value.safeParse(value).success)
        throw new WinnowFailure(
          'bad_input',
          `The bundle's ${action} decision ${decision.id} holds a value Winnow cannot read: ${JSON.stringify(value)}.`,
        );
    if (articleId !== null && merged.has(articleId)) {
      if (this.signaturesOf(articleId).has(signature(decision))) {
        report.decisions.alreadyPresent++;
        return;
      }
      const value = this.carried(action, after);
      const key = thingOf(action, targetId, value);
      const previous = this.theirs.get(key);
      if (!previous || decision.at >= previous.at)
        this.theirs.set(key, {
          at: decision.at,
          order: this.order++,
          action,
          target: targetId,
          value,
        });
    }
    const id = store.decisions.append({
      at: decision.at,
      editor: decision.editor,
      kind: decision.kind,
      action,
      targetType: entry.target,
      targetId,
      articleId,
      before,
      after,
      reverts: decision.reverts === null ? null : (this.decisions.get(decision.reverts) ?? null),
    });
    this.decisions.set(decision.id, id);
    report.decisions.added++;
  }

  /**
   * Where both corpora decided the same thing differently, the later decision's value
   * stands; what only the bundle decided is applied. In the order the bundle decided them;
   * then the decisions on the corpus as a whole (corpusWideDecisions.ts).
   */
  reconcile(): void {
    this.weigh();
    // Decisions on the corpus as a whole come last: what they take away may have been put
    // there by the articles' decisions just weighed.
    this.corpusWide.apply(this.c.store, this.c.local, this.c.inBundle, this.c.report);
  }

  private weigh(): void {
    const { store, report } = this.c;
    const latest = [...this.theirs].sort(
      ([, a], [, b]) => a.at.localeCompare(b.at) || a.order - b.order,
    );
    for (const [key, theirs] of latest) {
      const s = spec(theirs.action);
      const current = s.read(store, theirs.target, theirs.value);
      if (JSON.stringify(current) === JSON.stringify(theirs.value)) continue;
      const mine = this.ours.get(key);
      const keepTheirs = mine === undefined || theirs.at > mine.at;
      if (keepTheirs) s.write(store, theirs.target, theirs.value);
      if (mine !== undefined)
        report.conflicts.push({
          target: `${s.targetType} ${theirs.target}`,
          field: theirs.action,
          ours: current,
          theirs: theirs.value,
          kept: keepTheirs ? 'theirs' : 'ours',
          why: keepTheirs
            ? `the bundle's decision (${theirs.at}) is later than this corpus's (${mine.at})`
            : `this corpus's decision (${mine.at}) is as recent as or later than the bundle's (${theirs.at})`,
        });
    }
  }
}
