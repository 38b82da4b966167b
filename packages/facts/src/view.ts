import { simplifiedOf } from '@winnow/text';

/**
 * The text as extractors read it: traditional characters as simplified, full-width digits
 * and letters as ASCII, ideographic spaces as spaces. Every character maps to exactly one
 * character, so an offset in the view is the same offset in the article — quotes and
 * anchors are always taken from the real text.
 */
export function readingView(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (code >= 0x3400 && code <= 0x9fff) {
      const simple = simplifiedOf(ch);
      out += simple.length === 1 ? simple : ch;
    } else out += ch;
  }
  return out;
}
