import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

const translated = [
  'Ministry: joint laboratories opened with co construction countries',
  'The Ministry of Science and Technology held a briefing on the afternoon of the 12th.',
  'China and the co built countries have deepened cultural and cultural exchanges, and more than 40 joint laboratories were opened. (New News Agency)',
].join('\n\n');

describe('machine-translated English', () => {
  it('is flagged with what was found, and not rewritten', () => {
    const result = cleanArticle(translated);
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    for (const sign of [
      '"co construction countries"',
      '"co built countries"',
      '"cultural and cultural"',
      '"on the afternoon of the 12th"',
      '中新社, China News Service',
    ])
      expect(warning).toContain(sign);
    expect(result.cleaned).toContain('co construction countries');
    expect(result.cleaned).toContain('cultural and cultural exchanges');
    expect(result.cleaned).toContain('(New News Agency)');
  });

  it('leaves ordinary English and Chinese unflagged', () => {
    for (const text of [
      'Prices rose more and more over the year, and analysts warned again and again. (Reuters)',
      'The co-operative built new homes for co-workers on the morning of June 3rd.',
      '双方签署了科技合作协议,共建国家的科研人员参加了培训。',
    ])
      expect(cleanArticle(text).warnings).toEqual([]);
  });
});
