import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, normalizeLineEnds, UndecodableError } from '../src/decode.ts';

const zh =
  '国务院新闻办公室今天举行发布会,介绍科技合作的有关情况。双方签署了合作协议,参与机构增至86家。';
const zhHant = '國際科學園區協會亞太分會派員出席,與會者圍繞國際技術合作與人才培養展開討論。';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(zh);
    expect(decodeBytes(plain)).toMatchObject({ text: zh, encoding: 'utf-8', confident: true });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withBom)).toMatchObject({ text: zh, encoding: 'utf-8', confident: true });
  });

  it('reads UTF-16 LE and BE, with a BOM and without', () => {
    const text = `Ocean observation network\n${zh}`;
    expect(decodeBytes(iconv.encode(text, 'utf-16le', { addBOM: true }))).toMatchObject({
      text,
      encoding: 'utf-16le',
    });
    expect(decodeBytes(iconv.encode(text, 'utf-16be', { addBOM: true }))).toMatchObject({
      text,
      encoding: 'utf-16be',
    });
    const english = 'Delegates from 23 countries agreed to link their stations.';
    expect(decodeBytes(iconv.encode(english, 'utf-16le'))).toMatchObject({
      text: english,
      encoding: 'utf-16le',
    });
    expect(decodeBytes(iconv.encode(english, 'utf-16be'))).toMatchObject({
      text: english,
      encoding: 'utf-16be',
    });
  });

  it('reads GBK bytes as GB18030 and says it is confident', () => {
    const decoded = decodeBytes(iconv.encode(zh, 'gbk'));
    expect(decoded).toMatchObject({ text: zh, encoding: 'gb18030', confident: true, warnings: [] });
  });

  it('reads Big5 bytes as Big5', () => {
    const decoded = decodeBytes(iconv.encode(zhHant, 'big5'));
    expect(decoded).toMatchObject({ text: zhHant, encoding: 'big5', confident: true });
  });

  it('warns when no legacy encoding reads the bytes cleanly', () => {
    // High bytes with no Chinese in any reading: imported, but the editor is told.
    const bytes = new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x81 + ((i * 37) % 0x7e)));
    const decoded = decodeBytes(bytes);
    expect(decoded.confident).toBe(false);
    expect(decoded.warnings[0]).toMatch(/could not be determined/);
  });

  it('refuses a binary file with a clear reason', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => decodeBytes(png)).toThrow(UndecodableError);
    expect(() => decodeBytes(png)).toThrow(/binary/);
  });

  it('recognises UTF-8 and GBK files cut off mid-character, and says so', () => {
    const utf8 = new TextEncoder().encode(zh);
    const cutUtf8 = decodeBytes(utf8.subarray(0, utf8.length - 2));
    expect(cutUtf8).toMatchObject({
      encoding: 'utf-8',
      warnings: [expect.stringMatching(/cut off/)],
    });
    expect(cutUtf8.text).toBe(`${zh.slice(0, -1)}\ufffd`);
    const gbk = iconv.encode(zh, 'gbk');
    const cutGbk = decodeBytes(gbk.subarray(0, gbk.length - 1));
    expect(cutGbk).toMatchObject({
      encoding: 'gb18030',
      warnings: [expect.stringMatching(/cut off/)],
    });
    expect(cutGbk.text).toBe(`${zh.slice(0, -1)}\ufffd`);
  });

  it('reports a truncated UTF-16 file instead of failing', () => {
    const bytes = iconv.encode('科技合作', 'utf-16le', { addBOM: true }).subarray(0, 7);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.confident).toBe(false);
    expect(decoded.text).toBe('科技\ufffd');
  });
});

describe('normalizeLineEnds', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeLineEnds('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});
