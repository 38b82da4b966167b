import { describe, expect, it } from 'vitest';
import { utf8Checker } from './readBundle.ts';

/** Feeds `bytes` to a checker cut at every `size` bytes; the error message, or null. */
function check(bytes: Buffer, size: number): string | null {
  const checker = utf8Checker();
  try {
    for (let at = 0; at < bytes.length; at += size) checker.update(bytes.subarray(at, at + size));
    checker.end();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the UTF-8 check of a bundle file read in chunks', () => {
  const text = Buffer.from('{"raw":"海滨市 café 𝄞 ok"}\n', 'utf8');

  it('passes valid text however the chunks cut its characters', () => {
    for (let size = 1; size <= text.length; size++) expect(check(text, size)).toBeNull();
  });

  it('refuses a bad byte, a lone continuation byte and a character cut off at the end', () => {
    const bad = Buffer.from(text);
    bad[9] = 0xff;
    const cutOff = text.subarray(0, text.indexOf(Buffer.from('滨')) + 1);
    for (const size of [1, 2, 3, 5, 4096]) {
      expect(check(bad, size)).toMatch(/not valid UTF-8/);
      expect(check(Buffer.from([0x61, 0x80, 0x62]), size)).toMatch(/not valid UTF-8/);
      expect(check(cutOff, size)).toMatch(/not valid UTF-8/);
    }
  });
});
