import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/detect.ts';

describe('detectLanguage', () => {
  it('tells simplified from traditional Chinese', () => {
    expect(detectLanguage('这是一个关于国际科技合作的报道,双方签署了协议。')).toEqual({
      language: 'zh',
      script: 'Hans',
    });
    expect(detectLanguage('這是一個關於國際科技合作的報導,雙方簽署了協議。')).toEqual({
      language: 'zh',
      script: 'Hant',
    });
  });

  it('recognises English with a few Chinese names as English', () => {
    expect(
      detectLanguage(
        'The conference in Chongqing (重庆) opened on Monday with delegates from 80 countries.',
      ),
    ).toEqual({
      language: 'en',
      script: null,
    });
  });

  it('recognises Japanese and Korean', () => {
    expect(
      detectLanguage(
        '国際科学技術協力についての会議が東京で開かれました。参加者はさまざまな国から来ました。',
      ).language,
    ).toBe('ja');
    expect(
      detectLanguage(
        '국제 과학 기술 협력 회의가 서울에서 열렸습니다. 여러 나라에서 참가자가 왔습니다.',
      ).language,
    ).toBe('ko');
  });

  it('says nothing about text with no letters', () => {
    expect(detectLanguage('2024-05-08 09:30')).toEqual({ language: null, script: null });
  });
});
