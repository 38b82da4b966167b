import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../src/index.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['三百二十', 320],
    ['两千', 2000],
    ['一万零五', 10005],
    ['1.6万', 16000],
    ['5亿', 500000000],
    ['6000亿', 600000000000],
    ['1万6千', 16000],
    ['二十三万四千', 234000],
    ['四万五', 45000],
    ['两千三', 2300],
    ['一千零八', 1008],
    ['十七', 17],
    ['二〇二三', 2023],
    ['12,500', 12500],
    ['８０', 80],
    ['負三點五', -3.5],
    ['貳佰元整', 200],
    ['叁拾元伍角', 30.5],
    ['廿八', 28],
    ['2.35亿', 235000000],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(['', '点五', '五五点', '3..2万', '2.5万零30', '十三五', '万', 'abc'])(
    'refuses %j',
    (input) => {
      expect(parseChineseNumber(input)).toBeNull();
    },
  );
});
