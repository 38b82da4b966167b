import { createElement } from 'react';
import type { ReactNode } from 'react';

type Range = { start: number; end: number } | null;

/**
 * The cleaned text cut into the stretches `rows` gives, with the selected fact's quote
 * marked (in each row it runs through).
 */
export function cleanedRows(
  cleaned: string,
  rows: readonly { cleanedStart: number; cleanedEnd: number }[],
  fact: Range,
): ReactNode[][] {
  return rows.map(({ cleanedStart: from, cleanedEnd: to }) => {
    if (!fact || fact.end <= from || fact.start >= to) return [cleaned.slice(from, to)];
    const a = Math.max(from, fact.start);
    const b = Math.min(to, fact.end);
    return [
      cleaned.slice(from, a),
      createElement(
        'mark',
        { key: 'fact', className: 'fact-mark', 'data-testid': 'fact-mark' },
        cleaned.slice(a, b),
      ),
      cleaned.slice(b, to),
    ];
  });
}
