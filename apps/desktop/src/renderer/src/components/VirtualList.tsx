import { useEffect, useRef, useState } from 'react';
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
          <li
            key={item.id}
            role="option"
            aria-selected={item.id === selectedId}
            aria-setsize={items.length}
            aria-posinset={first + offset + 1}
            tabIndex={
              item.id === selectedId || (selectedId === null && first + offset === 0) ? 0 : -1
            }
            className={
              [item.id === selectedId ? 'selected' : '', chosen?.has(item.id) ? 'chosen' : '']
                .join(' ')
                .trim() || undefined
            }
            aria-checked={chosen && chosen.size > 0 ? chosen.has(item.id) : undefined}
            style={{
              position: 'absolute',
              top: (first + offset) * ROW,
              height: ROW,
              left: 0,
              right: 0,
            }}
            onClick={(event) =>
              onPick
                ? onPick(item.id, { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey })
                : onSelect(item.id)
            }
            data-article-id={item.id}
          >
            {render(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
