import { describe, expect, it } from 'vitest';
import { simplifiedOf } from '@winnow/text';
import { readingView } from '../src/view.ts';

/** The same view, built the plain way: one character at a time. */
function byCharacter(text: string): string {
  let out = '';
  for (const unit of text.split('')) {
    const code = unit.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (code >= 0x3400 && code <= 0x9fff && simplifiedOf(unit).length === 1)
      out += simplifiedOf(unit);
    else out += unit;
  }
  return out;
}

describe('the reading view', () => {
  it('folds traditional characters, full-width forms and ideographic spaces, one unit for one', () => {
    const text = '臺灣的國際會議　於２０２４年舉行，ＡＰＥＣ代表團抵達。😀 abc';
    const view = readingView(text);
    expect(view).toBe('台湾的国际会议 于2024年举行,APEC代表团抵达。😀 abc');
    expect(view.length).toBe(text.length);
  });

  it('gives every UTF-16 unit outside the surrogates what a character-by-character fold gives', () => {
    let text = '';
    for (let code = 0; code < 0x10000; code++)
      if (code < 0xd800 || code > 0xdfff) text += String.fromCharCode(code);
    expect(readingView(text) === byCharacter(text)).toBe(true);
  });

  it('keeps offsets where the text is broken: a lone surrogate is one unit in the view', () => {
    const text = '会议\ud800于北京举行';
    const view = readingView(text);
    expect(view.length).toBe(text.length);
    expect(view.indexOf('北京')).toBe(text.indexOf('北京'));
  });
});

describe('the reading view of a text that opens with U+FEFF', () => {
  it('keeps the character: a byte order mark read as one would shift every offset after it', () => {
    const text = '\ufeff会议于北京举行';
    const view = readingView(text);
    expect(view.length).toBe(text.length);
    expect(view.indexOf('北京')).toBe(text.indexOf('北京'));
  });
});
