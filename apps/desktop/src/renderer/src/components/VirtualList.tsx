import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/** Every row has this height, so the visible window is arithmetic, not measurement. */
const ROW = 54;
/** Rows drawn beyond the visible ones, so scrolling never shows blank space. */
const OVERSCAN = 8;

type Item = { id: number };

/**
 * A listbox of any length: only the rows in view are in the DOM. Keyboard focus follows
 * the selection, and the selected row is scrolled into view.
 */
export function VirtualList<T extends Item>({
  items,
  selectedId,
  onSelect,
  onNearEnd,
  render,
  label,
  chosen,
  onPick,
}: {
  items: T[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** Rows picked for a bulk decision, besides the one that is open. */
  chosen?: ReadonlySet<number>;
  /** A click with its modifier keys (Shift, Ctrl): the list decides what it picks. */
  onPick?: (id: number, keys: { shift: boolean; toggle: boolean }) => void;
  onNearEnd: () => void;
  render: (item: T) => ReactNode;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the selection visible, and keyboard focus on it when the list had focus. Where the
  // list is scrolled to and how tall it is are known without asking the page: reading them
  // here would lay out the whole desk in the middle of opening an article.
  const view = useRef({ scrollTop, height });
  view.current = { scrollTop, height };
  useEffect(() => {
    const element = box.current;
    const index = items.findIndex((item) => item.id === selectedId);
    if (!element || index < 0) return;
    const top = index * ROW;
    const { scrollTop: shown, height: tall } = view.current;
    if (top < shown) element.scrollTop = top;
    else if (top + ROW > shown + tall) element.scrollTop = top + ROW - tall;
    if (element.contains(document.activeElement))
      requestAnimationFrame(() =>
        element.querySelector<HTMLElement>('[aria-selected="true"]')?.focus(),
      );
  }, [selectedId, items]);

  // One handler for every row, the same from render to render: a new selection draws
  // the two rows whose selection changed, not every row in view.
  const handlers = useRef({ onSelect, onPick });
  handlers.current = { onSelect, onPick };
  const onRowClick = useCallback((id: number, event: React.MouseEvent) => {
    const { onSelect: select, onPick: pick } = handlers.current;
    if (pick) pick(id, { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
    else select(id);
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  if (last >= items.length - OVERSCAN) queueMicrotask(onNearEnd);

  return (
    <div
      ref={box}
      className="virtual-list"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul
        className="article-list"
        role="listbox"
        aria-label={label}
        aria-multiselectable={onPick ? true : undefined}
        style={{ height: items.length * ROW, position: 'relative' }}
      >
        {items.slice(first, last).map((item, offset) => (
          <Row
            key={item.id}
            item={item}
            index={first + offset}
            setSize={items.length}
            selected={item.id === selectedId}
            focusable={item.id === selectedId || (selectedId === null && first + offset === 0)}
            chosen={chosen?.has(item.id) ?? false}
            picking={chosen !== undefined && chosen.size > 0}
            onClick={onRowClick}
            render={render}
          />
        ))}
      </ul>
    </div>
  );
}

type RowProps<T extends Item> = {
  item: T;
  index: number;
  setSize: number;
  selected: boolean;
  /** The row the keyboard enters the list on (the selected one, else the first). */
  focusable: boolean;
  chosen: boolean;
  /** Whether any row is picked: only then does each row say whether it is. */
  picking: boolean;
  onClick: (id: number, event: React.MouseEvent) => void;
  render: (item: T) => ReactNode;
};

/** One row, drawn again only when what it shows changed (its item, selection or place). */
const Row = memo(function Row<T extends Item>(props: RowProps<T>) {
  const { item, index, selected, chosen, onClick } = props;
  return (
    <li
      role="option"
      aria-selected={selected}
      aria-setsize={props.setSize}
      aria-posinset={index + 1}
      tabIndex={props.focusable ? 0 : -1}
      className={[selected ? 'selected' : '', chosen ? 'chosen' : ''].join(' ').trim() || undefined}
      aria-checked={props.picking ? chosen : undefined}
      style={{ position: 'absolute', top: index * ROW, height: ROW, left: 0, right: 0 }}
      onClick={(event) => onClick(item.id, event)}
      data-article-id={item.id}
    >
      {props.render(item)}
    </li>
  );
}) as <T extends Item>(props: RowProps<T>) => ReactNode;
