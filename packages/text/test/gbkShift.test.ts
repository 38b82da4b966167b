import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { gbkShiftEdits } from '../src/clean/gbkShift.ts';
import { applyEdits, cleanArticle } from '../src/clean/index.ts';

/** What a crawler stores when a GBK page loses the first byte of `damaged`. */
function shifted(damaged: string): string {
  return new TextDecoder('gb18030').decode(iconv.encode(damaged, 'gb18030').subarray(1));
}

function repair(text: string): { text: string; rules: string[]; confidences: number[] } {
  const edits = gbkShiftEdits(text);
  return {
    text: applyEdits(text, edits),
    rules: edits.map((e) => e.rule),
    confidences: edits.map((e) => e.confidence),
  };
}

describe('repair.gbk-shift', () => {
  it('re-aligns a run decoded one byte out of step, where an ASCII byte ended it', () => {
    const sentence = '联合实验室网络新增成员单位,各国科研人员共同参与研究。';
    const damage = shifted('。双方在会议期间签署了合作协议');
    const text = `${sentence}${damage},并将在明年举行第二次会议。`;
    const result = repair(text);
    expect(result.rules).toEqual(['repair.gbk-shift']);
    expect(result.text).toContain('双方在会议期间签署了合作协');
    expect(result.text).toContain(sentence);
    expect(result.text).toContain(',并将在明年举行第二次会议。');
  });

  it('takes the lost lead byte from a full-width mark narrowed to ASCII', () => {
    // "：" (A3 BA) lost its first byte; a width normalizer then turned the rest into ":".
    const damage = shifted('。合作协议在会议期间签署').replace(/^：/, ':');
    const result = repair(`2000人${damage},参与机构增至86家。`);
    expect(result.text).toContain('2000人合作协议在会议期间签');
    expect(result.confidences).toEqual([0.85]);
  });

  it('leaves real text alone: a question, rare names, Russian and Japanese', () => {
    for (const text of [
      '你想知道如何申请吗?详情请见官方网站。',
      '演员榻俏妃与诱邪帝在剧中饰演一对恋人,观众反响热烈。',
      'Самые популярные новости недели о науке и технике',
      'スタートメニューからテキストエディタを開きます',
      '國際科學園區協會亞太分會派員出席,與會者圍繞技術合作展開討論。',
    ]) {
      expect(
        gbkShiftEdits(text).filter((e) => e.confidence >= 0.8),
        text,
      ).toEqual([]);
    }
  });

  it('scans a line of 6 million Chinese characters without overflowing the stack', () => {
    // A regular expression's greedy repetition over such a line overflowed V8's stack.
    const long = '联合实验室网络新增成员单位各国科研人员共同参与研究'.repeat(240_000);
    expect(long.length).toBe(6_000_000);
    const damage = shifted('。双方在会议期间签署了合作协议');
    const result = repair(`${long}${damage},并将在明年举行第二次会议。`);
    expect(result.rules).toEqual(['repair.gbk-shift']);
    expect(result.text.slice(long.length - 10)).toContain('双方在会议期间签署了合作协');
    expect(cleanArticle(long).cleaned.length).toBe(long.length);
  });
});

describe('reading a tried re-alignment without the strict decoder', () => {
  // gbkShift.ts reads the bytes it tries (all 0x40 and up) with a lenient decoder and takes
  // a replacement character for a failure, where a strict decoder would throw. That holds
  // only while the platform's GB18030 decoder marks every failure so and maps no valid one-
  // or two-byte sequence to U+FFFD: checked here on all of them.
  it('a replacement character marks exactly the sequences a strict decoder refuses', () => {
    const strict = new TextDecoder('gb18030', { fatal: true });
    const lenient = new TextDecoder('gb18030');
    const differ: string[] = [];
    const check = (bytes: number[]) => {
      let expected: string | null;
      try {
        expected = strict.decode(new Uint8Array(bytes));
      } catch {
        expected = null;
      }
      const text = lenient.decode(new Uint8Array(bytes));
      if ((text.includes('\ufffd') ? null : text) !== expected)
        differ.push(bytes.map((b) => b.toString(16)).join(' '));
    };
    for (let a = 0x40; a <= 0xfe; a++) {
      check([a]);
      for (let b = 0x40; b <= 0xfe; b++) check([a, b]);
    }
    expect(differ).toEqual([]);
  });
});
