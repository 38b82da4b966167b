import { isCorpusWide, isDecisionAction } from '@winnow/contract/plain';
import type { CorpusWideAction } from '@winnow/contract';
import type { DecisionRecord } from '@winnow/bundle';
import type { DecisionRow, Store } from '@winnow/store';
import { corpusWideForms } from './corpusWideForms.ts';
import type { PortableNames } from './portableIds.ts';

// Apart from the import side (corpusWideDecisions.ts), which applies decisions and so loads
// every action's code with the fact extractors: an export thread only reads and writes.

/** Exporting: which of the corpus's decisions concern the selection, and their part of it. */
export class CorpusWideExport {
  private readonly rows: DecisionRow[];
  private readonly watched = new Set<number>();
  private readonly selected = new Set<number>();
  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
    this.rows = store.decisions
      .corpusWide()
      .filter((row) => isDecisionAction(row.action) && isCorpusWide(row.action));
    for (const row of this.rows)
      for (const id of corpusWideForms[row.action as CorpusWideAction].watched(store, row))
        this.watched.add(id);
  }

  /** An article the bundle holds (called for each, as it is written). */
  saw(articleId: number): void {
    if (this.watched.has(articleId)) this.selected.add(articleId);
  }

  /** The decisions' lines, once every article was seen. */
  lines(names: PortableNames): { text: string; count: number } {
    let text = '';
    let count = 0;
    const written = new Set<number>();
    const selected = (id: number) => this.selected.has(id);
    for (const row of this.rows) {
      if (row.reverts !== null && !written.has(row.reverts)) continue;
      const action = row.action as CorpusWideAction;
      const part = corpusWideForms[action].narrow(this.store, row, selected);
      if (!part) continue;
      const target = row.targetType === 'tag' ? part.name : names.of(row.targetType, part.target);
      if (!target) continue;
      const record: DecisionRecord = {
        id: row.id,
        at: row.at,
        editor: row.editor,
        kind: row.kind,
        action,
        targetType: row.targetType,
        target,
        article: null,
        before: names.value(action, part.before),
        after: names.value(action, part.after),
        reverts: row.reverts,
      };
      text += `${JSON.stringify(record)}\n`;
      written.add(row.id);
      count++;
    }
    return { text, count };
  }
}
