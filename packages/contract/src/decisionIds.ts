/**
 * The decisions' ids and routes without their values' schemas: what each action's target
 * names, where ids sit inside its value and how a bundle carries it. Kept apart from the
 * schemas (decisions.ts) so that a thread that only writes bundles loads no validator.
 */

/** The kinds of thing a decision names by id. */
export const idKinds = ['article', 'fact', 'edit', 'tag'] as const;
export type IdKind = (typeof idKinds)[number];

/**
 * Where ids sit inside a decision's value: the value itself is an id, a record is keyed
 * by ids (a bulk decision: each target's state), a list of ids, or named fields that hold
 * any of these.
 */
export type IdPlaces =
  | IdKind
  | { byId: IdKind; each?: IdPlaces }
  | { list: IdKind }
  | { fields: Readonly<Record<string, IdPlaces>> };

/**
 * How an id is written in a bundle, where the other desk's ids mean nothing. Each is a
 * string, so that it can key a bulk decision's record as the local id did.
 */
export const portableIdForms = {
  article: 'the sha256 of its source file',
  fact: 'its article, kind, quote and span in the raw text (null for an orphan)',
  edit: 'its article, rule and span in the raw text',
  tag: 'its name',
} as const satisfies Record<IdKind, string>;

export type PortableFact = {
  article: string;
  kind: string;
  quote: string;
  /** The fact's span in the raw text, the same on every desk; null for an orphan. */
  rawStart: number | null;
  rawEnd: number | null;
};
export type PortableEdit = { article: string; rule: string; start: number; end: number };

export const portableFactId = (f: PortableFact): string =>
  JSON.stringify([f.article, f.kind, f.rawStart, f.rawEnd, f.quote]);
export const portableEditId = (e: PortableEdit): string =>
  JSON.stringify([e.article, e.rule, e.start, e.end]);

/** A portable fact or edit id read back; null when it is neither. */
export function parsePortableId(kind: 'fact', id: string): PortableFact | null;
export function parsePortableId(kind: 'edit', id: string): PortableEdit | null;
export function parsePortableId(
  kind: 'fact' | 'edit',
  id: string,
): PortableFact | PortableEdit | null {
  let parts: unknown;
  try {
    parts = JSON.parse(id);
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || typeof parts[0] !== 'string') return null;
  if (kind === 'edit') {
    const [article, rule, start, end] = parts as [string, unknown, unknown, unknown];
    if (typeof rule !== 'string' || typeof start !== 'number' || typeof end !== 'number')
      return null;
    return { article, rule, start, end };
  }
  const [article, factKind, rawStart, rawEnd, quote] = parts as unknown[];
  const span = (v: unknown): v is number | null => v === null || typeof v === 'number';
  if (typeof factKind !== 'string' || typeof quote !== 'string') return null;
  if (!span(rawStart) || !span(rawEnd)) return null;
  return {
    article: article as string,
    kind: factKind,
    quote,
    rawStart,
    rawEnd,
  };
}

/**
 * Walks the ids in a value and replaces each with `translate`'s answer. An id it cannot
 * translate (undefined) drops its entry from a record or list — a bulk decision then
 * names only what the other desk has — and makes a field, or the whole value, untranslatable
 * (the result is undefined).
 */
export function mapIds(
  places: IdPlaces | 'none',
  value: unknown,
  translate: (kind: IdKind, id: unknown) => unknown,
): unknown {
  if (places === 'none' || value === null || value === undefined) return value;
  if (typeof places === 'string') return translate(places, value);
  if (typeof value !== 'object') return value;
  if ('byId' in places) {
    const out: Record<string, unknown> = {};
    for (const [key, each] of Object.entries(value as Record<string, unknown>)) {
      const id = translate(places.byId, key) as string | number | undefined;
      if (id === undefined) continue;
      const mapped = places.each ? mapIds(places.each, each, translate) : each;
      if (mapped !== undefined || each === undefined) out[String(id)] = mapped;
    }
    return out;
  }
  if ('list' in places) {
    if (!Array.isArray(value)) return value;
    return value.map((id) => translate(places.list, id)).filter((id) => id !== undefined);
  }
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [field, inner] of Object.entries(places.fields)) {
    if (!(field in out)) continue;
    const mapped = mapIds(inner, out[field], translate);
    if (mapped === undefined) return undefined;
    out[field] = mapped;
  }
  return out;
}

/** Every id a value names, with its kind (in the order the value holds them). */
export function idsIn(places: IdPlaces | 'none', value: unknown): [IdKind, unknown][] {
  const found: [IdKind, unknown][] = [];
  mapIds(places, value, (kind, id) => {
    found.push([kind, id]);
    return id;
  });
  return found;
}

/**
 * How a bundle carries an action: its portable form.
 * - `'with its articles'`: the decision is on one article (or on things of the bundle's
 *   articles); it is written with its article and, imported, joins the log as it was made,
 *   its ids translated (`ids`).
 * - `{ corpusWide }`: the decision is on the corpus as a whole (a tag, a cleaning rule) and
 *   belongs to no article. A bundle carries the part of it that concerns the bundle's
 *   articles, and the importing desk records only what it changes there — `corpusWide`
 *   says what that is. (The service's `corpusWideForms` implements each, bundles/README.md.)
 * - `{ notCarried }`: a bundle does not carry the decision; `notCarried` says how what it
 *   changed reaches the other desk all the same (a tag renamed or merged: the articles
 *   name their tags as they are when the bundle is written).
 */
export type PortableForm = 'with its articles' | { corpusWide: string } | { notCarried: string };

/** One action's route: its entry in the registry (decisions.ts) without its value's schema. */
export type DecisionRoute = {
  /** The kind of thing the decision's target id names. */
  target: IdKind;
  /** Where ids sit inside the value ('none': it holds none); a bundle translates each. */
  ids: IdPlaces | 'none';
  /** How a bundle carries it (see PortableForm). */
  portable: PortableForm;
  /** How a conflict or undo message names the target, followed by its id. */
  label: string;
  /** The desk's message keys that describe it in the history (apps/desktop i18n). */
  history: readonly [`decision.${string}`, ...`decision.${string}`[]];
};

const tagged = { fields: { tagId: 'tag' } } as const;
const WITH_ARTICLES = 'with its articles';

export const decisionRoutes = {
  'article.status': {
    target: 'article',
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the status of article',
    history: ['decision.article.approved', 'decision.article.rejected', 'decision.article.pending'],
  },
  'article.tag': {
    target: 'article',
    ids: tagged,
    portable: WITH_ARTICLES,
    label: 'the tags of article',
    history: ['decision.article.tagged', 'decision.article.untagged'],
  },
  'edit.state': {
    target: 'edit',
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the state of edit',
    history: ['decision.edits.accepted', 'decision.edits.reverted', 'decision.edits.restored'],
  },
  'fact.tag': {
    target: 'fact',
    ids: tagged,
    portable: WITH_ARTICLES,
    label: 'the tags of fact',
    history: ['decision.fact.tagged', 'decision.fact.untagged'],
  },
  'fact.status': {
    target: 'fact',
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the status of fact',
    history: ['decision.facts.approved', 'decision.facts.rejected', 'decision.facts.pending'],
  },
  'fact.value': {
    target: 'fact',
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the value of fact',
    history: ['decision.fact.value'],
  },
  'fact.statuses': {
    target: 'fact',
    ids: { byId: 'fact' },
    portable: WITH_ARTICLES,
    label: 'the statuses of facts',
    history: ['decision.facts.approved', 'decision.facts.rejected', 'decision.facts.pending'],
  },
  'tag.delete': {
    target: 'tag',
    ids: { fields: { articles: { list: 'article' }, facts: { list: 'fact' } } },
    portable: {
      corpusWide:
        'the tag taken off the articles and facts of the bundle it was on, where it still is; the tag itself is kept',
    },
    label: 'the tag',
    history: [
      'decision.tag.deleted',
      'decision.tag.restored',
      'decision.tag.detached',
      'decision.tag.reattached',
    ],
  },
  'tag.update': {
    target: 'tag',
    ids: 'none',
    portable: {
      notCarried:
        'a bundle names tags by their names as they are when it is written: the other desk gets the new name with the articles',
    },
    label: 'the tag',
    history: ['decision.tag.renamed', 'decision.tag.named', 'decision.tag.changed'],
  },
  'tag.merge': {
    target: 'tag',
    ids: {
      fields: {
        into: 'tag',
        articles: { list: 'article' },
        facts: { list: 'fact' },
        alsoInto: { fields: { articles: { list: 'article' }, facts: { list: 'fact' } } },
      },
    },
    portable: {
      notCarried:
        'a bundle holds each article and fact with the tags it carries when it is written: the other desk gets the tag it was merged into',
    },
    label: 'the tag',
    history: ['decision.tag.merged', 'decision.tag.unmerged'],
  },
  'edit.states': {
    target: 'edit',
    ids: { byId: 'edit' },
    portable: WITH_ARTICLES,
    label: 'the states of edits',
    history: ['decision.edits.accepted', 'decision.edits.reverted', 'decision.edits.restored'],
  },
  'text.remove': {
    target: 'article',
    ids: {
      fields: {
        edits: { byId: 'edit' },
        facts: { byId: 'fact' },
        block: { fields: { articleId: 'article' } },
      },
    },
    portable: WITH_ARTICLES,
    label: 'the text of article',
    history: ['decision.text.removed'],
  },
  'cleaning.block': {
    target: 'article',
    ids: { fields: { articleId: 'article' } },
    portable: {
      corpusWide:
        'the rule added (text and scope; the source by name) unless the desk has it, or taken off when the desk has it taught from the same article',
    },
    label: 'the cleaning rule taught from article',
    history: ['decision.block.on', 'decision.block.off'],
  },
  'article.fields': {
    target: 'article',
    ids: 'none',
    portable: WITH_ARTICLES,
    label: 'the fields of article',
    history: ['decision.article.fields'],
  },
  'article.statuses': {
    target: 'article',
    ids: { byId: 'article' },
    portable: WITH_ARTICLES,
    label: 'the statuses of articles',
    history: [
      'decision.articles.approved',
      'decision.articles.rejected',
      'decision.articles.pending',
    ],
  },
  'article.tags': {
    target: 'article',
    ids: { byId: 'article', each: tagged },
    portable: WITH_ARTICLES,
    label: 'the tags of articles',
    history: ['decision.articles.tagged', 'decision.articles.untagged'],
  },
} as const satisfies Record<string, DecisionRoute>;

export type DecisionAction = keyof typeof decisionRoutes;
export const decisionActions = Object.keys(decisionRoutes) as DecisionAction[];

export const isDecisionAction = (action: string): action is DecisionAction =>
  Object.hasOwn(decisionRoutes, action);

/** The actions decided on the corpus as a whole, which a bundle carries narrowed. */
export type CorpusWideAction = {
  [A in DecisionAction]: (typeof decisionRoutes)[A]['portable'] extends { corpusWide: string }
    ? A
    : never;
}[DecisionAction];
export const isCorpusWide = (action: DecisionAction): action is CorpusWideAction => {
  const form: PortableForm = decisionRoutes[action].portable;
  return typeof form === 'object' && 'corpusWide' in form;
};
/** Whether a bundle carries the action's decisions at all (see PortableForm). */
export const isCarried = (action: DecisionAction): boolean => {
  const form: PortableForm = decisionRoutes[action].portable;
  return typeof form !== 'object' || !('notCarried' in form);
};
