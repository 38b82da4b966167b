import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { applyEdits, cleanArticle } from '../src/clean/index.ts';
import { utf8AsGbkEdits } from '../src/clean/utf8AsGbk.ts';

/** What a tool shows when it reads the UTF-8 bytes of `text` as GBK. */
const readAsGbk = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');

describe('repair.utf8-as-gbk', () => {
  it('reads a run of UTF-8 shown as GBK back, inside correct Chinese', () => {
    const damaged = readAsGbk('科技合作协议已经签署');
    expect(damaged.startsWith('绉戞妧鍚堜綔鍗忚')).toBe(true);
    const text = `记者从会议获悉,${damaged},涉及80多个国家。`;
    const edits = utf8AsGbkEdits(text);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.rule).toBe('repair.utf8-as-gbk');
    expect(edits[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(applyEdits(text, edits)).toBe('记者从会议获悉,科技合作协议已经签署,涉及80多个国家。');
    expect(cleanArticle(text).cleaned).toContain('科技合作协议已经签署');
  });

  it('repairs a company name of two characters, and as much of a run as its bytes allow', () => {
    expect(applyEdits('鍗庝负发布新品', utf8AsGbkEdits('鍗庝负发布新品'))).toBe('华为发布新品');
    // 盟's last byte is lost with the end of the run: the rest comes back, the tail stays.
    const damaged = readAsGbk('中国和东盟');
    expect(applyEdits(damaged, utf8AsGbkEdits(damaged)).startsWith('中国和东')).toBe(true);
  });

  it('leaves real Chinese alone, in both scripts and with full-width punctuation', () => {
    for (const text of [
      '中国和东盟签署了科技合作协议，双方将在新能源、农业和医疗领域开展联合研究。',
      '與會者圍繞國際技術合作展開討論，會議發布了創新合作報告。',
      '鍗是一个罕见字，负责人表示将继续推进。',
    ])
      expect(utf8AsGbkEdits(text)).toEqual([]);
  });
});
