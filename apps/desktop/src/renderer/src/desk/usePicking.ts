import { useRef, useState } from 'react';

/**
 * Picking several articles in the list, as file managers do: Ctrl+click (or Space) adds
 * or takes away one, Shift+click (or Shift+↑↓) picks the range from the last one picked;
 * a plain click opens an article and lets the picked ones go. Esc lets them go too.
 */
export function usePicking(
  items: readonly { id: number }[],
  selectedId: number | null,
  onSelect: (id: number) => void,
  /** The article last chosen, drawn or not yet (App.tsx draws it once its text is here). */
  latestSelected?: () => number | null,
) {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const anchor = useRef<number | null>(null);

  const range = (from: number, to: number) => {
    const a = items.findIndex((i) => i.id === from);
    const b = items.findIndex((i) => i.id === to);
    if (a < 0 || b < 0) return [to];
    return items.slice(Math.min(a, b), Math.max(a, b) + 1).map((i) => i.id);
  };
  // Keys pressed faster than the desk draws step from the article last chosen.
  const open = () => latestSelected?.() ?? selectedId;
  // Picking starts from the open article, as a selection in a file manager does.
  const base = (set: ReadonlySet<number>) => {
    const from = open();
    return set.size === 0 && from !== null ? new Set([from]) : new Set(set);
  };

  const onPick = (id: number, keys: { shift: boolean; toggle: boolean }) => {
    if (keys.shift) {
      const from = anchor.current ?? open() ?? id;
      setChosen((set) => new Set([...(keys.toggle ? set : []), ...range(from, id)]));
      onSelect(id);
      return;
    }
    anchor.current = id;
    if (keys.toggle) {
      setChosen((set) => {
        const next = base(set);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      return;
    }
    setChosen(new Set());
    onSelect(id);
  };

  /** Keys on the list; returns whether it handled the key. */
  const onKey = (event: React.KeyboardEvent, step: number): boolean => {
    if (event.key === 'Escape' && chosen.size > 0) {
      setChosen(new Set());
      return true;
    }
    const from = open();
    if (event.key === ' ' && from !== null) {
      onPick(from, { shift: false, toggle: true });
      return true;
    }
    if (event.shiftKey && step !== 0 && from !== null) {
      const index = items.findIndex((i) => i.id === from);
      const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
      if (!next) return true;
      anchor.current ??= from;
      setChosen(new Set(range(anchor.current, next.id)));
      onSelect(next.id);
      return true;
    }
    return false;
  };

  const ids = items.filter((i) => chosen.has(i.id)).map((i) => i.id);
  return { chosen, ids, onPick, onKey, clear: () => setChosen(new Set()) };
}
