import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { applyEdits, APPLY_AT, cleanArticle, utf8MojibakeEdits } from '../src/clean/index.ts';

/**
 * What a browser shows when it reads the UTF-8 bytes of `text` as `codePage`: a byte the
 * code page leaves undefined becomes the C1 control of the same number (as WHATWG says).
 */
function misread(text: string, codePage: string, times = 1): string {
  let out = text;
  for (let i = 0; i < times; i++)
    out = [...Buffer.from(out, 'utf8')]
      .map((byte) => {
        const ch = iconv.decode(Buffer.from([byte]), codePage);
        return ch === '\ufffd' ? String.fromCharCode(byte) : ch;
      })
      .join('');
  return out;
}

function repair(text: string): string {
  return applyEdits(
    text,
    utf8MojibakeEdits(text).filter((e) => e.confidence >= APPLY_AT),
  );
}

describe('repair.utf8-mojibake', () => {
  it('reads UTF-8 shown as Windows-1252 back, with a reason naming the code page', () => {
    const sentence = 'Le ministère a signé l’accord à Genève – une première.';
    const damaged = misread(sentence, 'win1252');
    expect(damaged).toContain('Ã¨');
    expect(repair(damaged)).toBe(sentence);
    const [edit] = utf8MojibakeEdits(damaged);
    expect(edit!.rule).toBe('repair.utf8-mojibake');
    expect(edit!.reason).toContain('Windows-1252');
    expect(edit!.confidence).toBeGreaterThanOrEqual(APPLY_AT);
  });

  it('undoes a text mis-read twice', () => {
    const sentence = 'The lab’s “open data” pledge covers 1.6 million records.';
    const damaged = misread(sentence, 'win1252', 2);
    expect(damaged).toContain('Ã¢â‚¬');
    expect(repair(damaged)).toBe(sentence);
  });

  it('repairs Chinese, Russian and Czech read through their usual wrong code pages', () => {
    for (const [sentence, codePage] of [
      ['科技合作协议已经签署。', 'win1252'],
      ['Соглашение о научном сотрудничестве подписано.', 'win1251'],
      ['Laboratoř získala třetí grant.', 'win1250'],
    ] as const) {
      expect(repair(misread(sentence, codePage))).toBe(sentence);
    }
  });

  it('reads the C1 control characters that Latin-1 leaves as Windows-1252 punctuation', () => {
    const damaged = iconv.decode(iconv.encode('“Open science” matters…', 'win1252'), 'latin1');
    expect(damaged).toContain('\u0093');
    expect(repair(damaged)).toBe('“Open science” matters…');
    expect(utf8MojibakeEdits(damaged)[0]!.reason).toContain('Windows-1252 text read as Latin-1');
  });

  it('leaves real text that merely looks like mojibake alone', () => {
    for (const text of [
      'NESTLÉ® and CAFÉ™ are brand names.',
      'The ratio was 4×… and rising.',
      'Señor Müller’s café – résumé attached.',
      'NÃO SÃO PAULO, disse ele.',
      'В восьмом раунде – это «Аризона».',
      'Ці дії уряду підтримали.',
      'Proof: (-1/2)! = √π',
      'Bremer – DrÃ¥ber',
      '包养是真实存在的社会问题,记者调查了三个月。',
      'Temperature rose 3 °C — a record.',
    ]) {
      expect(utf8MojibakeEdits(text), text).toEqual([]);
    }
  });

  it('repairs a short article whole: its mojibake is no copyright sign or link bar to the chrome rules', () => {
    const sentence = 'Le ministère a signé l’accord à Genève.';
    const raw = `${misread('Le ministère a signé l’accord', 'win1252')}\n\n${misread(sentence, 'win1252').replace('\u00a0', ' ')}\n`;
    expect(raw).toContain('Ã  Gen');
    const result = cleanArticle(raw);
    expect(result.cleaned).toBe(`Le ministère a signé l’accord\n\n${sentence}\n`);
    expect(result.edits.every((e) => e.rule === 'repair.utf8-mojibake')).toBe(true);
    expect(cleanArticle(misread('Ελληνικά', 'win1252')).cleaned).toBe('Ελληνικά');
  });

  it('runs in the cleaner: the repaired word is in the cleaned text, every offset on the raw', () => {
    const raw = `Conference report\n\n${misread('Delegates from Zürich and Kraków met in Besançon.', 'win1252')}\n\nThe next meeting is in spring.`;
    const result = cleanArticle(raw);
    expect(result.cleaned).toContain('Delegates from Zürich and Kraków met in Besançon.');
    const repairs = result.edits.filter((e) => e.rule === 'repair.utf8-mojibake');
    expect(repairs.length).toBe(3);
    for (const edit of repairs) {
      expect(edit.state).toBe('applied');
      expect(raw.slice(edit.start, edit.end)).toMatch(/^Ã|^Å/);
    }
  });
});
