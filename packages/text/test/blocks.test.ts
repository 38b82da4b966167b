import { describe, expect, it } from 'vitest';
import { applyEdits, BLOCK_RULE, blockEdits, cleanArticle } from '../src/index.ts';

const FOOTER = '海滨潮声 每周五与您相约\n扫一扫加入读者群';

describe('blocks an editor removes wherever they appear', () => {
  it('removes every occurrence, and the line break after a block of whole lines', () => {
    const raw = `标题\n\n正文一。\n${FOOTER}\n正文二。\n${FOOTER}\n`;
    const edits = blockEdits(raw, [FOOTER]);
    expect(edits).toHaveLength(2);
    expect(edits.every((e) => e.rule === BLOCK_RULE && e.confidence === 1)).toBe(true);
    expect(applyEdits(raw, edits)).toBe('标题\n\n正文一。\n正文二。\n');
  });

  it('matches however the whitespace was laid out; inside a line only the block goes', () => {
    const raw = `正文。海滨潮声  每周五与您相约 扫一扫加入读者群 完。\n`;
    const edits = blockEdits(raw, [FOOTER]);
    expect(applyEdits(raw, edits)).toBe('正文。 完。\n');
  });

  it('takes part in cleaning only when asked', () => {
    const tail = '海滨潮声 每周五与您相约';
    const raw = `海滨新闻\n\n正文。\n\n${tail}\n`;
    expect(cleanArticle(raw).cleaned).toContain(tail);
    const cleaned = cleanArticle(raw, { blocks: [tail] }).cleaned;
    expect(cleaned).not.toContain(tail);
    expect(cleaned).toContain('正文。');
  });
});
