/**
 * Signs that an English article is a machine translation of a Chinese report. The
 * catalog's rule: flag, do not rewrite (only the doubled article is repaired, in
 * english.ts). Each sign is specific enough that ordinary English does not produce it.
 */

type Sign = { label: string; pattern: RegExp };

const SIGNS: readonly Sign[] = [
  // 共建国家 word for word: "co construction countries", "co built countries".
  {
    label: 'literal rendering',
    pattern: /\bco (?:construction|constructing|built|building)(?: countr(?:y|ies))?\b/gi,
  },
  // An adjective coordinated with itself: "cultural and cultural exchanges" (English
  // repeats for emphasis — "more and more", "over and over" — but not adjectives like these).
  {
    label: 'repeated word',
    pattern: /\b([a-z]{3,}(?:al|ic|ive|ous|ary|ent|ant))\s+and\s+\1\b/gi,
  },
  // 30日下午 word for word: "on the afternoon of the 30th", no month.
  {
    label: 'Chinese date order',
    pattern: /\bon the (?:morning|afternoon|evening|night) of the \d{1,2}(?:st|nd|rd|th)\b/gi,
  },
];

/** Chinese outlets' names as machine translation renders them, with what they are. */
const LITERAL_CREDITS: ReadonlyMap<string, string> = new Map([
  ['New News Agency', '中新社, China News Service'],
  ['China New Network', '中新网, chinanews.com'],
  ['China News Network', '中新网, chinanews.com'],
  ['New China News Agency', '新华社, Xinhua News Agency'],
  ['New China Network', '新华网, Xinhuanet'],
  ["People's Network", '人民网, People’s Daily Online'],
  ['Central Television', '央视, CCTV'],
  ['Global Network', '环球网, huanqiu.com'],
  ['Surging News', '澎湃新闻, The Paper'],
]);

const CREDIT = /\(([A-Z][\w']*(?: [A-Z][\w']*){1,3})\)/g;

/** How the warning starts, so that a re-clean can replace the one an earlier run gave. */
export const MACHINE_TRANSLATION_WARNING = 'Machine translation from Chinese:';

/** One warning for the article, or none: what was found, with examples, flagged not rewritten. */
export function machineTranslationWarnings(text: string): string[] {
  // English only: these patterns mean nothing in Chinese text, and cost nothing to skip.
  const sample = Math.min(text.length, 4000);
  let latin = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i) | 0x20;
    // Half the sample is Latin, or can no longer be: counting on would not change the answer.
    if (c >= 0x61 && c <= 0x7a) {
      if (++latin >= sample / 2) break;
    } else if (latin + (sample - i - 1) < sample / 2) return [];
  }
  if (latin < sample / 2) return [];
  const found: string[] = [];
  for (const sign of SIGNS) {
    const matches = [...text.matchAll(sign.pattern)].map((m) => m[0]);
    if (matches.length === 0) continue;
    const distinct = [...new Set(matches.map((m) => m.toLowerCase()))];
    const shown = distinct
      .slice(0, 2)
      .map((m) => `"${matches.find((x) => x.toLowerCase() === m)}"`)
      .join(', ');
    found.push(`${sign.label} (${shown}${matches.length > 2 ? ` ×${matches.length}` : ''})`);
  }
  for (const match of text.matchAll(CREDIT)) {
    const meant = LITERAL_CREDITS.get(match[1]!);
    if (meant) found.push(`a source credit translated word for word ("${match[0]}": ${meant})`);
  }
  if (found.length === 0) return [];
  return [
    `${MACHINE_TRANSLATION_WARNING} ${found.join('; ')}. Flagged, not rewritten: check the wording against the original.`,
  ];
}
