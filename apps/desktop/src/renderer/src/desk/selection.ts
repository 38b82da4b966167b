/**
 * Elements inside a text pane that show something other than the pane's own text (a
 * replacement beside the raw text it replaces, the mark of an empty removal, a filler
 * line): left out when a selection is turned into offsets of that text.
 */
export const NOT_TEXT = 'data-not-text';

function visibleText(fragment: DocumentFragment): string {
  for (const element of fragment.querySelectorAll(`[${NOT_TEXT}]`)) element.remove();
  return fragment.textContent ?? '';
}

/** A selection inside one pane, in offsets of the text the pane shows. */
export type PaneSelection = { start: number; end: number; text: string; rect: DOMRect };

/** The document's selection, if it lies inside `pane` and is not empty. */
export function selectionIn(pane: HTMLElement | null): PaneSelection | null {
  const selection = window.getSelection();
  if (!pane || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return null;
  const upTo = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(pane, 0);
    before.setEnd(node, offset);
    return visibleText(before.cloneContents()).length;
  };
  const text = visibleText(range.cloneContents());
  if (text.trim() === '') return null;
  return {
    start: upTo(range.startContainer, range.startOffset),
    end: upTo(range.endContainer, range.endOffset),
    text,
    rect: range.getBoundingClientRect(),
  };
}
