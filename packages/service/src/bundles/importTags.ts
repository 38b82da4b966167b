import type { BundleImportReport, TagMerge } from '@winnow/contract';
import type { Store } from '@winnow/store';

/**
 * The tags a bundle names, found on this desk by name. A name this desk merged away (the
 * merge in force) is the tag it was merged into: the merge is this desk's decision that
 * the two are one, and a bundle written before it — or on a desk that never made it —
 * still says the old name. Bringing the old name back as a tag of its own would split
 * again what the editor joined (and its undo would then be refused: the name is taken).
 * A tag of that name made here since is this desk's tag of that name, and wins.
 */
type Merged = { from: number; into: number; name: string };

const GREY = '#6b7280';

export class ImportTags {
  private readonly byName = new Map<string, number>();
  private merged: { byName: Map<string, Merged>; byId: Map<number, Merged> } | null = null;
  private readonly store: Store;
  private readonly report: BundleImportReport;
  constructor(store: Store, report: BundleImportReport) {
    this.store = store;
    this.report = report;
  }

  /**
   * The tag a name lands on: the desk's tag of that name, else the tag it was merged into
   * (reported), else a new one (as the bundle describes it, if it does).
   */
  readonly carrying = (name: string, made?: { colour: string; description: string }): number => {
    const key = name.toLowerCase();
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    const id = this.store.tags.byName(name)?.id ?? this.folded(name) ?? this.make(name, made);
    this.byName.set(key, id);
    return id;
  };

  /**
   * The tag a decision of the bundle names in this desk's log: the merged-away tag itself
   * when the name was merged here — that is the tag the bundle's editor chose, and the
   * merge's undo, which weighs what editors did with the tag merged into since, must not
   * read it as a choice of that one. The desk's tags carry the tag `live` gives for it.
   */
  readonly logged = (name: string): number => {
    const id = this.carrying(name);
    return this.mergedAway(name, id)?.from ?? id;
  };

  /** The tag carried for a tag a decision names: the one a merged-away tag went into. */
  readonly live = (tagId: number): number => {
    const seen = new Set<number>();
    let id = tagId;
    for (let m = this.index().byId.get(id); m && !seen.has(id); m = this.index().byId.get(id)) {
      seen.add(id);
      id = m.into;
    }
    return this.store.tags.get(id) ? id : tagId;
  };

  /** The merged-away tag the name stands for, when `carrying` found it through a merge. */
  private mergedAway(name: string, carried: number): Merged | undefined {
    const m = this.index().byName.get(name.toLowerCase());
    return m && !this.store.tags.get(m.from) && this.live(m.from) === carried ? m : undefined;
  }

  private folded(name: string): number | undefined {
    const m = this.index().byName.get(name.toLowerCase());
    if (!m) return undefined;
    const into = this.live(m.from);
    const tag = this.store.tags.get(into);
    if (into === m.from || !tag) return undefined; // merged into a tag deleted since
    this.report.tags.merged.push({ name, into: tag.name });
    return into;
  }

  private make(name: string, made?: { colour: string; description: string }): number {
    this.report.tags.added++;
    return this.store.tags.create(name, made?.colour ?? GREY, made?.description ?? '');
  }

  /**
   * The tags merged away here, from the log: a tag gone whose last decision (act, undo or
   * redo — each row holds the value it left) left it merged. A later merge of the same
   * name (a tag made again under it, merged again) stands for the name.
   */
  private index() {
    if (this.merged) return this.merged;
    const last = new Map<number, { id: number; action: string; after: unknown }>();
    for (const row of this.store.decisions.corpusWide())
      if (row.targetType === 'tag' && (row.action === 'tag.merge' || row.action === 'tag.delete'))
        last.set(row.targetId, row);
    const byName = new Map<string, Merged>();
    const byId = new Map<number, Merged>();
    const inOrder = [...last].sort(([, a], [, b]) => a.id - b.id);
    for (const [from, row] of inOrder) {
      const value = row.after as TagMerge | null;
      if (row.action !== 'tag.merge' || !value?.merged || this.store.tags.get(from)) continue;
      const m = { from, into: value.into, name: value.name };
      byName.set(m.name.toLowerCase(), m);
      byId.set(from, m);
    }
    this.merged = { byName, byId };
    return this.merged;
  }
}
