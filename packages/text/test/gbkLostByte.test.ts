import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { gbkLostByteEdits } from '../src/clean/gbkLostByte.ts';
import { applyEdits, cleanArticle } from '../src/clean/index.ts';

/**
 * `damaged` as a crawler stores it when, in the GBK bytes of `text`, the first byte of
 * the character at `at` was lost and a `?` written where the decoder gave up.
 */
function lostLead(text: string, at: number): string {
  const before = iconv.encode(text.slice(0, at), 'gbk');
  const [, trail] = iconv.encode(text[at]!, 'gbk');
  const rest = iconv.encode(text.slice(at + 1), 'gbk');
  return iconv.decode(Buffer.concat([before, Buffer.from([0x3f, trail!]), rest]), 'gbk');
}

const article = [
  '中國—東盟技術轉移中心今天發布年度報告。',
  '報告顯示,東盟各國與中國的技術合作項目持續增加,東盟國家的科研機構積極參與。',
  '專家表示,這將更有效地對接東盟各國的創新需求。',
].join('\n');

describe('repair.gbk-lost-byte', () => {
  it('restores a character from its surviving second byte and the article’s own pairs', () => {
    const at = article.lastIndexOf('東');
    const damaged = lostLead(article, at);
    expect(damaged).toContain('對接?|盟');
    const edits = gbkLostByteEdits(damaged);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.replacement).toBe('東');
    expect(edits[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(applyEdits(damaged, edits)).toBe(article);
    expect(cleanArticle(damaged).cleaned).toContain('更有效地對接東盟各國');
  });

  it('takes the tail of a broken pinyin annotation with it', () => {
    const damaged = article.replace('對接東盟', '對接?xùn)|盟');
    const [edit] = gbkLostByteEdits(damaged);
    expect(applyEdits(damaged, [edit!])).toBe(article);
  });

  it('only proposes a character the article does not confirm', () => {
    const damaged = '他們在會上對接?|盟的想法。';
    const edits = gbkLostByteEdits(damaged);
    for (const edit of edits) expect(edit.confidence).toBeLessThan(0.8);
  });

  it('leaves a real question mark before a letter or digit alone', () => {
    expect(gbkLostByteEdits('你買了嗎?A股今天大漲,滬指上漲?3成個股收紅。')).toEqual([]);
  });
});
