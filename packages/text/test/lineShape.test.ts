import { describe, expect, it } from 'vitest';
import { shapeOf, wrappedProse } from '../src/clean/lineShape.ts';

/** Made-up lines: a paragraph w3m broke at 80 columns, and a numbered list of headlines. */
const paragraph = [
  '为保障春季灌溉用水安全，县水务局决定自3月1日起对城东水库实施分时段放水，每日放',
  '水时间为早上六点至上午十点。各乡镇应当提前组织村民清理渠道，及时上报用水需求。',
  '请勿在渠道内游泳、捕鱼。',
];
const headlines = [
  '01/城西新建污水处理厂投入试运行：日处理能力达两万吨',
  '02/全县春耕备耕物资储备充足，化肥价格总体平稳？',
  '03/两座小型水库完成除险加固：汛前全部蓄水',
  '04/农村饮水工程覆盖率再创新高，十二个乡镇受益',
];

describe('lines of a paragraph broken at a fixed width', () => {
  it('joins a wrapped paragraph even under its headline and counters, with no blank between', () => {
    const lines = ['城东水库春季分时段放水', '发布时间： 2026-02-20 10:09:11', '12', ...paragraph];
    const wrapped = wrappedProse(lines.map(shapeOf));
    expect(wrapped.slice(3)).toEqual([true, true, true]);
    expect(wrapped[0]).toBe(false);
  });

  it('does not join a numbered list of headlines of even width', () => {
    expect(wrappedProse(headlines.map(shapeOf))).toEqual([false, false, false, false]);
  });
});

describe('a sentence’s end', () => {
  it('reads a quotation signed after its closing stop as a sentence', () => {
    expect(shapeOf('“等春天来了，我想先回家看看父母”。——一位志愿者').endsSentence).toBe(true);
    expect(shapeOf('The work goes on. — Jane Doe').endsSentence).toBe(true);
  });

  it('does not read a headline with a dash in it as one', () => {
    expect(shapeOf('城东水库放水——每日六点至十点').endsSentence).toBe(false);
  });
});
