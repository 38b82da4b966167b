import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { extractMainContent } from '../src/extract.ts';

/** Cleans `raw`; returns the cleaned text and the rules that fired. */
function clean(raw: string) {
  const result = cleanArticle(raw);
  return { cleaned: result.cleaned, rules: result.edits.map((e) => e.rule) };
}

const story = [
  'Harbour engineers finished the new sea wall on Thursday, two months ahead of schedule.',
  'The wall is 1.4 kilometres long and was designed for storms stronger than any on record.',
  'Residents of the low-lying streets behind it said they slept better already.',
];

describe('chrome lines of news pages', () => {
  it('removes captions with a glued or agency credit, and keeps the story', () => {
    const raw = [
      'Sea wall finished early',
      story[0],
      'Workers pour the last section of the wall at high tideCredit: Harbour Authority',
      'A crane lowers a concrete block into place, Nov. 3, 2025. (AP Photo/Jane Smith)',
      story[1],
      story[2],
    ].join('\n\n');
    const { cleaned, rules } = clean(raw);
    for (const sentence of story) expect(cleaned).toContain(sentence);
    expect(cleaned).not.toContain('Credit:');
    expect(cleaned).not.toContain('AP Photo');
    expect(rules.filter((r) => r === 'chrome.media-credit')).toHaveLength(2);
  });

  it('keeps a wrapped sentence whose lines run into a list of names, and still removes a tag cloud', () => {
    // A dump wraps at 80 columns: the list of towns the sentence names fills whole lines.
    const raw = [
      'Sea wall finished early',
      [
        story[0],
        'The same engineers will now build walls in eleven more towns along the coast, among them',
        'Eastmoor, Westhaven, Northbay, Southcliff, Lowford, Highmere, Redport, Greyness,',
        'Blackwater, Whitecross, and Longshore. Work starts in spring.',
      ].join('\n'),
      story[1],
      'sea wall, harbour, storms, flood defence, engineering, portville news, climate',
    ].join('\n\n');
    const { cleaned, rules } = clean(raw);
    expect(cleaned).toContain('Eastmoor, Westhaven, Northbay');
    expect(cleaned).toContain('Blackwater, Whitecross');
    expect(cleaned).not.toContain('flood defence');
    expect(rules.filter((r) => r === 'chrome.tags')).toHaveLength(1);
  });

  it('removes a tag cloud right under a picture’s caption: no sentence runs on into it', () => {
    const raw = [
      'Sea wall finished early',
      story[0],
      story[1],
      story[2],
      [
        'Engineers walking along the top of the finished wall on Thursday afternoon',
        'sea wall, harbour, storms, flood defence, engineering, portville news, climate',
      ].join('\n'),
    ].join('\n\n');
    const { cleaned, rules } = clean(raw);
    expect(cleaned).toContain(story[2]);
    expect(cleaned).not.toContain('flood defence');
    expect(rules).toContain('chrome.tags');
    // A share bar's label right under the tags closes no sentence either.
    const shared = clean(raw.replace(/climate$/, 'climate\nShare this story')).cleaned;
    expect(shared).not.toContain('flood defence');
  });

  it('removes a citation block, short footer links, the site address and a tag cloud', () => {
    const raw = [
      'Sea wall finished early',
      ...story,
      'Citation:',
      'Sea wall finished early (2025, November 3)',
      'retrieved 4 November 2025',
      'from https://news.example.org/2025-11-sea-wall.html',
      'This document is subject to copyright. No part may be reproduced without the written permission.',
      'Terms of Use',
      'Example News 12 Quay Street, Suite 4 Portville 20006 | 555-010-2000 tel | 555-010-2001 fax',
      'sea wall, harbour, storms, flood defence, engineering, portville news, climate',
    ].join('\n\n');
    const { cleaned } = clean(raw);
    for (const sentence of story) expect(cleaned).toContain(sentence);
    for (const gone of [
      'Citation',
      'retrieved',
      'https://',
      'subject to copyright',
      'Terms of Use',
      'fax',
      'flood defence',
    ])
      expect(cleaned).not.toContain(gone);
  });

  it('removes a list of other stories, each a kicker in capitals over its headline', () => {
    const raw = [
      'Sea wall finished early',
      ...story,
      'TIDE TURNS',
      'Fishermen return to the old harbour after ten years away',
      'ROYAL VISIT',
      "Prince opens the town's new lifeboat station",
      'Watch',
      'BIG FREEZE',
      'Coldest night of the year forecast for the weekend',
    ].join('\n\n');
    const { cleaned, rules } = clean(raw);
    for (const sentence of story) expect(cleaned).toContain(sentence);
    expect(cleaned).not.toContain('lifeboat');
    expect(rules).toContain('chrome.related');
  });

  it('lifts a date standing alone under the headline, and keeps one in the body', () => {
    const raw = [
      'Sea wall finished early',
      '2025-11-03',
      story[0],
      '2025-11-04',
      ...story.slice(1),
    ].join('\n\n');
    const { cleaned, rules } = clean(raw);
    expect(cleaned).not.toContain('2025-11-03');
    expect(cleaned).toContain('2025-11-04');
    expect(rules).toContain('meta.dateline');
  });

  it('removes an update stamp, and keeps a Chinese list of cities and a sentence about a photo credit', () => {
    const raw = [
      'Sea wall finished early',
      'Updated at 1:23 p.m.',
      ...story,
      '参与城市',
      '重庆、南宁、新竹、青岛、昆明、乌鲁木齐、西安',
      'The photographer asked for credit: she had waited six hours for the tide.',
    ].join('\n\n');
    const { cleaned } = clean(raw);
    expect(cleaned).not.toContain('Updated at');
    expect(cleaned).toContain('重庆、南宁、新竹、青岛、昆明、乌鲁木齐、西安');
    expect(cleaned).toContain(
      'The photographer asked for credit: she had waited six hours for the tide.',
    );
  });
});

describe('the page before Readability', () => {
  it('drops a related-posts block and a line of category links that Readability would keep', () => {
    const body = story.map((p) => `<p>${p}</p>`).join('');
    const teaser =
      'Fishermen return to the old harbour after ten years away, and the first catch of the season was larger than anyone in the village expected …';
    const page = `<html><body><article><h1>Sea wall finished early</h1>${body}
      <p><a href="/c/harbour" rel="category tag">Harbour news</a>, <a href="/c/weather" rel="category tag">Weather</a></p></article>
      <article class="postbox"><h3 class="relatedpoststitle">You may also like</h3>
      <article class="postbox"><p>${teaser}</p></article><article class="postbox"><p>${teaser}</p></article></article>
      </body></html>`;
    const main = extractMainContent(page);
    for (const sentence of story) expect(main?.text).toContain(sentence);
    expect(main?.text).not.toContain('Fishermen return');
    expect(main?.text).not.toContain('Harbour news');
  });
});
