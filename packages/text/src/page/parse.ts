import { html, InsertionMode, Parser } from 'parse5';
import type { DefaultTreeAdapterTypes, Token } from 'parse5';

/**
 * A web page parsed into the tree a browser builds (WHATWG HTML parsing, by parse5):
 * a `<head>` never closed ends where the body's content starts, misnested and unclosed
 * elements are put right, entities are decoded as a browser decodes them.
 *
 * One repair on top of the standard: a `<select>` left open. Under the parsing rules
 * parse5 follows, everything after it — paragraphs, tables, the whole article — becomes
 * the label of the last `<option>` (tags dropped, text glued together), and a reader
 * sees nothing of it. HTML's newer select rules no longer swallow such content either.
 * Here an element that cannot belong to an option list (a block, a link, an image), or
 * the end tag of an element opened before the select, closes the select first, as if
 * its author had written `</select>`.
 */
export type Document = DefaultTreeAdapterTypes.Document;
export type Element = DefaultTreeAdapterTypes.Element;
export type ChildNode = DefaultTreeAdapterTypes.ChildNode;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const T = html.TAG_ID;

/** Start tags that belong inside a select (the rest the standard's select mode drops). */
const SELECT_CONTENT = new Set<html.TAG_ID>([
  T.OPTION,
  T.OPTGROUP,
  T.SELECT,
  T.HR,
  T.SCRIPT,
  T.TEMPLATE,
  T.HTML,
  T.INPUT,
  T.KEYGEN,
  T.TEXTAREA,
]);

/** Formatting and unknown tags a sloppy option list may carry: ignored, as the standard does. */
const HARMLESS_IN_OPTION = new Set<html.TAG_ID>([
  T.B,
  T.I,
  T.U,
  T.S,
  T.EM,
  T.STRONG,
  T.FONT,
  T.SPAN,
  T.SMALL,
  T.BIG,
  T.SUB,
  T.SUP,
  T.LABEL,
  T.UNKNOWN,
]);

class PageParser extends Parser<DefaultTreeAdapterTypes.DefaultTreeAdapterMap> {
  private inSelect(): boolean {
    return (
      this.insertionMode === InsertionMode.IN_SELECT ||
      this.insertionMode === InsertionMode.IN_SELECT_IN_TABLE
    );
  }

  private closeSelect(): void {
    this.openElements.popUntilTagNamePopped(T.SELECT);
    this._resetInsertionMode();
  }

  override onStartTag(token: Token.TagToken): void {
    if (this.inSelect() && !SELECT_CONTENT.has(token.tagID) && !HARMLESS_IN_OPTION.has(token.tagID))
      this.closeSelect();
    super.onStartTag(token);
  }

  override onEndTag(token: Token.TagToken): void {
    if (this.inSelect() && !SELECT_CONTENT.has(token.tagID)) {
      const select = this.openElements.indexOfTopmost(T.SELECT);
      const opened = this.openElements.indexOfTopmostByName(html.NS.HTML, token.tagName);
      // `</form>` after an unclosed select: the form was opened before the select.
      if (opened >= 0 && opened < select) this.closeSelect();
    }
    super.onEndTag(token);
  }
}

export function parsePage(page: string): Document {
  // `Parser.parse` is generic in its tree adapter; the default one builds this tree.
  return PageParser.parse(page) as Document;
}

export const isElement = (node: ChildNode | ParentNode): node is Element => 'tagName' in node;

export function attribute(element: Element, name: string): string | null {
  for (const attr of element.attrs) if (attr.name === name) return attr.value;
  return null;
}
