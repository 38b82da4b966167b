/**
 * JavaScript strings count UTF-16 units; W3C Web Annotation selectors and most other
 * tools count Unicode code points. Characters outside the BMP (rare Han in Extension B,
 * emoji) make the two differ, so every offset that leaves Winnow is converted here.
 */
export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  let points = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

export function codePointToUtf16(text: string, codePointOffset: number): number {
  let i = 0;
  for (let points = 0; points < codePointOffset && i < text.length; points++) {
    const unit = text.charCodeAt(i);
    i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/**
 * Many conversions on one text: O(1) each after one pass. Text without characters outside
 * the BMP (nearly every article) needs no table at all — the offsets are the same.
 */
export function codePointIndex(text: string): (utf16Offset: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (offset) => Math.min(offset, text.length);
  // pairsBefore[i]: surrogate pairs that end at or before UTF-16 offset i.
  const pairsBefore = new Uint32Array(text.length + 1);
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    pairsBefore[i] = pairs;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairsBefore[i + 1] = pairs;
        i++;
        pairs++;
      }
    }
  }
  pairsBefore[text.length] = pairs;
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    return at - pairsBefore[at]!;
  };
}
