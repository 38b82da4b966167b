import { describe, expect, it } from 'vitest';
import { reanchor } from '../src/index.ts';
import type { Anchor } from '../src/index.ts';

const TEXT = '今年以来，全省新增高新技术企业1200家，其中科技型中小企业超过800家，研发投入增长12%。';

function anchorOf(text: string, quote: string, occurrence = 0): Anchor {
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(quote, start + 1);
  const end = start + quote.length;
  return {
    quote,
    start,
    end,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  };
}

describe('re-anchoring', () => {
  const fact = anchorOf(TEXT, '超过800家');

  it('follows an insertion before the fact by position', () => {
    const after = TEXT.replace('全省', '全省（不含开发区）');
    const result = reanchor(fact, TEXT, after);
    expect(result).toMatchObject({ method: 'position', quote: '超过800家' });
    if (result.method !== 'orphan') expect(after.slice(result.start, result.end)).toBe('超过800家');
  });

  it('stays put for an insertion after the fact', () => {
    const after = TEXT.replace('研发投入', '全社会研发投入');
    expect(reanchor(fact, TEXT, after)).toEqual({
      method: 'position',
      start: fact.start,
      end: fact.end,
      quote: '超过800家',
    });
  });

  it('finds the fact again fuzzily after an insertion inside it', () => {
    const after = TEXT.replace('超过800家', '超过800多家');
    const result = reanchor(fact, TEXT, after);
    expect(result.method).toBe('fuzzy');
    if (result.method !== 'orphan') expect(result.quote).toContain('800');
  });

  it('never finds a fact fuzzily in a look-alike with other figures', () => {
    // A re-clean removed the first quarter's sentence; the second's reads almost the same.
    const text =
      '海关总署发布数据。一季度进出口总额同比增长12%，出口稳定。二季度进出口总额同比增长13%，进口回升。';
    const first = anchorOf(text, '进出口总额同比增长12%');
    const after = '海关总署发布数据。二季度进出口总额同比增长13%，进口回升。';
    expect(reanchor(first, text, after)).toEqual({ method: 'orphan' });
  });

  it('reads figures written in Chinese numerals too', () => {
    // As above, with the figures in words: 十二 and 十三 are other figures.
    const text =
      '统计局公布年报。上半年新开工项目同比增加十二个，投资平稳。下半年新开工项目同比增加十三个，投资回升。';
    const first = anchorOf(text, '新开工项目同比增加十二个');
    const after = '统计局公布年报。下半年新开工项目同比增加十三个，投资回升。';
    expect(reanchor(first, text, after)).toEqual({ method: 'orphan' });
    // The same figure written in digits is the same figure: a fix of how it is written
    // keeps the fact.
    const fixed = text.replace('同比增加十二个，', '同比增加12个，');
    const kept = reanchor(first, text, fixed);
    expect(kept.method).toBe('fuzzy');
    if (kept.method !== 'orphan') expect(kept.quote).toContain('增加12');
  });

  it('makes an orphan of a fact whose text was deleted', () => {
    const after = TEXT.replace('其中科技型中小企业超过800家，', '');
    expect(reanchor(fact, TEXT, after)).toEqual({ method: 'orphan' });
  });

  it('keeps repeated identical quotes apart by their context', () => {
    const text = '东区新建学校3所。西区新建学校3所。北区新建医院2所。';
    const second = anchorOf(text, '新建学校3所', 1);
    // The edit rewrites the whole stretch, so the position is lost and context must decide.
    const after = '东区新建学校3所。今年西区新建学校3所。北区新建医院2所。';
    const result = reanchor(second, text, after);
    expect(result.method).not.toBe('orphan');
    if (result.method !== 'orphan') expect(result.start).toBe(after.lastIndexOf('新建学校3所'));
    const first = reanchor(anchorOf(text, '新建学校3所', 0), text, after);
    if (first.method !== 'orphan') expect(first.start).toBe(after.indexOf('新建学校3所'));
  });

  it('does not move a deleted quote onto the same words elsewhere', () => {
    const text = '甲市有企业50家，产值增长。乙市另有企业50家，就业稳定。';
    const second = anchorOf(text, '企业50家', 1);
    const after = '甲市有企业50家，产值增长。乙市就业稳定。';
    expect(reanchor(second, text, after)).toEqual({ method: 'orphan' });
  });
});
