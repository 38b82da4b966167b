import type { Store, TargetType } from '@winnow/store';

/** How a decision's action reads, writes and places the thing it changes (see decisions.ts). */
export type ActionSpec = {
  targetType: TargetType;
  label: string;
  /** The current value; `like` is a value of the same action (it names the tag, for tags). */
  read(store: Store, targetId: number, like: unknown): unknown;
  write(store: Store, targetId: number, value: unknown): void;
  /** The article the decision is shown under; `value` is the decision's new value. */
  articleOf(store: Store, targetId: number, value: unknown): number | null;
};

/** A bulk decision's value: the state of each target, by id. One undo reverses all of it. */
export type ById<T> = Record<string, T>;

/** The current value of each target named in `like`; null when none of them exists. */
export function readMany(
  like: unknown,
  current: (id: number, like: unknown) => unknown,
): ById<unknown> | null {
  const out: ById<unknown> = {};
  let found = false;
  for (const [key, value] of Object.entries(like as ById<unknown>)) {
    const now = current(Number(key), value);
    if (now !== null) found = true;
    out[key] = now;
  }
  return found ? out : null;
}

/** The one article every target belongs to, or null when they span several. */
export function sharedArticle(
  value: unknown,
  articleOf: (id: number) => number | null,
): number | null {
  const articles = new Set(Object.keys(value as ById<unknown>).map((k) => articleOf(Number(k))));
  const [only] = articles;
  return articles.size === 1 && only !== undefined ? only : null;
}
