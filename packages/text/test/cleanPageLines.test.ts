import { describe, expect, it } from 'vitest';
/* Lines of a page around the story: time stamps, captions, notices, kickers, addresses. */
import { cleanArticle } from '../src/clean/index.ts';

/** Cleans `raw` and returns the cleaned text and the rules that fired. */
function clean(raw: string) {
  const result = cleanArticle(raw);
  return { ...result, rules: result.edits.map((e) => e.rule) };
}

describe('time stamps, captions and site notices in English pages', () => {
  const story = [
    'Harbour authority approves new container terminal',
    '',
    'PUBLISHED: 09:12, Wed, Mar 4, 2026 | UPDATED: 10:40, Wed, Mar 4, 2026',
    'By Maria Lopez - 03/04/26 09:12 AM EST',
    '',
    'The harbour authority approved a new container terminal on Tuesday, adding capacity for 3 million containers a year.',
    '',
    'Cranes unload a ship at the old terminal on Monday (Image: Harbour Authority)',
    'Image 2 of 5',
    '',
    'Construction starts in May and the first berth opens at 6:30 a.m. on June 1, 2028, officials said.',
    '',
    'This website uses cookies to improve your experience.',
    'More from Business',
    'You may also like...',
    '',
    'The board will meet again in April.',
  ].join('\n');

  it('removes the time stamp, the byline with a time, captions with their credit, and site notices', () => {
    const { cleaned, rules } = clean(story);
    for (const rule of [
      'meta.dateline',
      'chrome.media-credit',
      'chrome.boilerplate',
      'chrome.page-widget',
    ])
      expect(rules).toContain(rule);
    for (const gone of [
      'PUBLISHED',
      'Maria Lopez',
      'Image: Harbour',
      'Image 2 of 5',
      'cookies',
      'More from',
      'You may also like',
    ])
      expect(cleaned).not.toContain(gone);
  });

  it('keeps every sentence of the story, a sentence with a time and a date included', () => {
    const { cleaned } = clean(story);
    for (const kept of [
      'approved a new container terminal on Tuesday',
      'the first berth opens at 6:30 a.m. on June 1, 2028, officials said.',
      'The board will meet again in April.',
    ])
      expect(cleaned).toContain(kept);
  });

  it('lifts a Chinese dateline above the article, and keeps a schedule line in the body', () => {
    const raw = [
      '海洋论坛在青岛开幕',
      '2026-03-04 09:30 来源:海洋日报',
      '',
      '来自30多个国家的500名代表参加论坛，论坛为期三天，共设12个分论坛和一个青年科学家专场。',
      '',
      '2026年3月5日 14:00 青年科学家专场',
      '',
      '论坛期间共签署合作协议12项。',
    ].join('\n');
    const { cleaned, rules } = clean(raw);
    expect(rules).toContain('meta.dateline');
    expect(cleaned).not.toContain('来源:海洋日报');
    expect(cleaned).toContain('2026年3月5日 14:00 青年科学家专场');
  });

  it('keeps a photo mentioned in a sentence, and a short line that only names a year', () => {
    const raw =
      'Results\n\nThe photo (pictured) was taken in 2019 and shows the old pier.\n\nSeason 2019\n';
    expect(clean(raw).cleaned).toBe(raw);
  });
});

describe('kicker, author addresses and bracketed link lists', () => {
  it('removes the section label over the headline, the author’s address, and a list of bracketed links', () => {
    const raw = [
      'Science',
      'Research vessel maps a new trench in the Pacific',
      '',
      'The research vessel spent six weeks mapping the trench, and the survey found 40 new seamounts along its edge.',
      '',
      'The data will be published next year.',
      '',
      'jane.roe@example.org',
      'twitter.com/janeroe',
      '',
      '[Reuters]',
      '[AP News]',
      '[Science Daily]',
      '[Nature]',
      '',
      'The crew returns home on Friday.',
    ].join('\n');
    const { cleaned, rules } = clean(raw);
    expect(rules).toEqual(expect.arrayContaining(['meta.kicker', 'meta.byline', 'chrome.menu']));
    expect(cleaned.startsWith('Research vessel maps a new trench')).toBe(true);
    for (const gone of ['jane.roe@', 'twitter.com', '[Nature]'])
      expect(cleaned).not.toContain(gone);
    expect(cleaned).toContain('40 new seamounts');
    expect(cleaned).toContain('The crew returns home on Friday.');
  });

  it('removes a breadcrumb trail over the article', () => {
    const raw =
      'Home » Science » Oceans\nResearch vessel maps a new trench in the Pacific\n\nThe research vessel spent six weeks mapping the trench, and the survey found 40 new seamounts.\n';
    const { cleaned, rules } = clean(raw);
    expect(rules).toContain('chrome.navigation');
    expect(cleaned.startsWith('Research vessel maps')).toBe(true);
  });

  it('keeps a one-word headline, and an address inside a sentence', () => {
    const raw =
      'Eclipse\n\nWrite to press@example.org for the photographs, the observatory said on Monday.\n';
    expect(clean(raw).cleaned).toBe(raw);
  });
});
