import type { Article, ArticleSummary, Decision, DecisionAction, Fact } from '@winnow/contract';

/**
 * What a decision changes on the desk, read from the Decision the service returned
 * instead of asking for everything again. A decision's `after` is the state now (for an
 * act, an undo and a redo alike), so what it names is patched in place — a fact's row, an
 * article's status and counts — and only what the result cannot say is loaded again: a
 * reverted edit changes the cleaned text and moves the facts, which only the service can
 * work out, but it does not change the list of articles or the tags.
 */

/**
 * The things the desk loads from the service, each reloaded only when a decision touched
 * it. The `list.*` scopes are what the list's filters, search and order depend on: the
 * list is asked for again only when it filters or sorts by something the decision changed.
 */
export const scopes = [
  'article',
  'facts',
  'history',
  'progress',
  'tags',
  'tagUsage',
  'rules',
  'dashboard',
  'list',
  'list.status',
  'list.facts',
  'list.edits',
  'list.tags',
  'list.fields',
] as const;
export type Scope = (typeof scopes)[number];
export type Revisions = Readonly<Record<Scope, number>>;

export const firstRevisions: Revisions = Object.fromEntries(scopes.map((s) => [s, 0])) as Record<
  Scope,
  number
>;

/** Every scope one step on: after an import, a re-clean, a conflict, a tag renamed. */
export const bumpAll = (r: Revisions): Revisions =>
  Object.fromEntries(scopes.map((s) => [s, r[s] + 1])) as Record<Scope, number>;

export function bump(r: Revisions, touched: readonly Scope[]): Revisions {
  const next = { ...r };
  for (const scope of touched) next[scope] += 1;
  return next;
}

type ById<T> = Record<string, T | null>;
const entries = <T>(value: unknown): [number, T][] =>
  Object.entries((value ?? {}) as ById<T>).flatMap(([id, v]) =>
    v === null ? [] : [[Number(id), v] as [number, T]],
  );

/** The change in an article's waiting facts that a fact decision made (0: none, or unknown). */
function pendingDelta(decision: Decision): number {
  const pending = (status: unknown) => (status === 'pending' ? 1 : 0);
  if (decision.action === 'fact.status') return pending(decision.after) - pending(decision.before);
  if (decision.action === 'fact.statuses') {
    const before = new Map(entries<string>(decision.before));
    return entries<string>(decision.after).reduce(
      (sum, [id, status]) => sum + pending(status) - pending(before.get(id)),
      0,
    );
  }
  return 0;
}

/**
 * What each action touches that its result does not patch. A `Record` over the registry's
 * actions: an action added to the contract without saying what it changes on the desk
 * does not compile. Every decision shows in its article's history.
 */
const touches: Record<DecisionAction, (d: Decision) => Scope[]> = {
  'article.status': () => ['list.status', 'progress', 'dashboard'],
  'article.statuses': () => ['list.status', 'progress', 'dashboard'],
  'article.fields': () => ['list.fields'],
  // The article's tag names come with its texts; the list may be filtered by the tag.
  'article.tag': () => ['article', 'list.tags', 'tagUsage'],
  'article.tags': () => ['article', 'list.tags', 'tagUsage'],
  // The row and the count are patched; across articles only the list knows which rows.
  'fact.status': (d) =>
    d.articleId === null ? ['list', 'dashboard'] : ['list.facts', 'dashboard'],
  'fact.statuses': (d) =>
    d.articleId === null ? ['list', 'dashboard'] : ['list.facts', 'dashboard'],
  // A new value can corroborate or contradict other facts: the service says which.
  'fact.value': () => ['facts', 'dashboard'],
  'fact.tag': () => ['facts', 'tagUsage'],
  // The cleaned text changes and the facts move with it; the list's search reads that text.
  'edit.state': () => ['article', 'facts', 'list.edits', 'dashboard'],
  'edit.states': () => ['article', 'facts', 'list.edits', 'dashboard'],
  'text.remove': () => ['article', 'facts', 'list', 'rules', 'dashboard'],
  'cleaning.block': () => ['article', 'facts', 'list', 'rules', 'dashboard'],
  'tag.delete': () => ['article', 'facts', 'list', 'tags', 'tagUsage'],
  // The article and its facts show tag names; a list filtered by the tag changes too.
  'tag.update': () => ['article', 'facts', 'list.tags', 'tags'],
  'tag.merge': () => ['article', 'facts', 'list', 'tags', 'tagUsage'],
};

/** The scopes to load again after `decision` (besides what `patchArticle` patches). */
export const touchedBy = (decision: Decision): Scope[] => [
  'history',
  ...touches[decision.action](decision),
];

/** The scopes the list's answer depends on, for its filters, search and order. */
export function listScopes(filter: {
  status?: unknown;
  hasPendingFacts?: unknown;
  hasProposedEdits?: unknown;
  rule?: unknown;
  tagId?: unknown;
  source?: unknown;
  from?: unknown;
  to?: unknown;
  query?: string;
  sort?: string;
}): Scope[] {
  const searching = Boolean(filter.query?.trim());
  const on: [Scope, boolean][] = [
    ['list', true],
    ['list.status', filter.status !== undefined],
    ['list.facts', filter.hasPendingFacts !== undefined || filter.sort === 'pendingFacts'],
    ['list.edits', searching || filter.hasProposedEdits !== undefined || filter.rule !== undefined],
    ['list.tags', filter.tagId !== undefined],
    [
      'list.fields',
      searching ||
        filter.sort === 'date' ||
        filter.sort === 'title' ||
        filter.source !== undefined ||
        filter.from !== undefined ||
        filter.to !== undefined,
    ],
  ];
  return on.filter(([, used]) => used).map(([scope]) => scope);
}

/** One number that moves when any of `used` does: a dependency for an effect. */
export const revisionOf = (r: Revisions, used: readonly Scope[]): number =>
  used.reduce((sum, scope) => sum + r[scope], 0);

/** The facts as a fact decision left their statuses (the same array when it named none). */
export function patchFacts(facts: Fact[], decision: Decision): Fact[] {
  const status = new Map<number, Fact['status']>(
    decision.action === 'fact.status'
      ? [[decision.targetId, decision.after as Fact['status']]]
      : decision.action === 'fact.statuses'
        ? entries<Fact['status']>(decision.after)
        : [],
  );
  if (status.size === 0) return facts;
  // Only the facts the decision named are new objects: only their rows draw again.
  return facts.map((f) => {
    const now = status.get(f.id);
    return now === undefined || now === f.status ? f : { ...f, status: now };
  });
}

/** The fields of an article summary that a decision's result sets. */
function summaryChange(summary: ArticleSummary, decision: Decision): Partial<ArticleSummary> {
  switch (decision.action) {
    case 'article.status':
      return decision.targetId === summary.id
        ? { status: decision.after as ArticleSummary['status'] }
        : {};
    case 'article.statuses': {
      const now = new Map(entries<ArticleSummary['status']>(decision.after)).get(summary.id);
      return now === undefined ? {} : { status: now };
    }
    case 'article.fields':
      return decision.targetId === summary.id ? (decision.after as Partial<ArticleSummary>) : {};
    case 'fact.status':
    case 'fact.statuses':
      return decision.articleId === summary.id
        ? { pendingFacts: summary.pendingFacts + pendingDelta(decision) }
        : {};
    default:
      return {};
  }
}

function patched<T extends ArticleSummary>(summary: T, decision: Decision): T {
  const change = summaryChange(summary, decision);
  return Object.keys(change).length === 0 ? summary : { ...summary, ...change };
}

/** The open article as the decision left it (the same object when it did not touch it). */
export function patchArticle(article: Article, decision: Decision): Article {
  const summary = patched(article, decision);
  // Fact ids are the corpus's: a bulk decision across articles names this one's by id too.
  const facts = patchFacts(article.facts, decision);
  return facts === article.facts ? summary : { ...summary, facts };
}

/** The list's rows as the decision left them (the same array when it touched none). */
export function patchSummaries(rows: ArticleSummary[], decision: Decision): ArticleSummary[] {
  let changed = false;
  const next = rows.map((row) => {
    const now = patched(row, decision);
    if (now !== row) changed = true;
    return now;
  });
  return changed ? next : rows;
}
