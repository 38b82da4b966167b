import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { aeb, gne, peers, peersPresent, shared } from '../bench/conformance.ts';
import { factsScore } from '../bench/factsConformance.ts';
import { ftfyConformance } from '../bench/ftfyConformance.ts';
import { numeralConformance } from '../bench/numeralConformance.ts';

/** Facts: floors at what extraction reaches (see the facts test below). */
const FACTS_FLOORS = {
  precision: 0.89,
  recall: 0.84,
  valueAccuracy: 0.96,
  byKind: {
    organization: { precision: 0.81, recall: 0.59 },
    person: { precision: 0.8, recall: 0.8 },
    place: { precision: 0.96, recall: 0.92 },
  },
};

/**
 * Cleaning measured on other projects' test data (../shared/peers, beside the checkout in
 * CI). Each is an acceptance line of the cleaning issue and must keep holding: aeb F1 at
 * least 0.96, no chrome left in the gne pages, 95% of ftfy's encoding repairs and none of
 * its negative cases changed.
 */
describe.skipIf(!peersPresent)('conformance with ../shared/peers', () => {
  it('gne: no ICP number, related-links list, comment prompt or copyright footer survives in 60 Chinese pages', () => {
    const result = gne();
    expect(result.pages).toBe(60);
    expect(result.pagesWithChrome).toBe(0);
  }, 120_000);

  it('aeb: F1 at least 0.96, and at least Readability.js alone on the same pages', () => {
    const f1 = aeb();
    const winnow = f1['Winnow'] ?? 0;
    const readability = f1['Readability.js alone (same DOM)'] ?? 1;
    expect(winnow).toBeGreaterThanOrEqual(0.96);
    expect(winnow).toBeGreaterThanOrEqual(readability);
  }, 180_000);

  it('ftfy: at least 95% of the encoding repairs fixed, no negative case changed', () => {
    const report = ftfyConformance(peers)!;
    expect(report.repairs).toBeGreaterThan(90);
    expect(
      report.repaired / report.repairs,
      JSON.stringify(report.failures),
    ).toBeGreaterThanOrEqual(0.95);
    expect(report.negatives).toBe(31);
    expect(report.negativesChanged).toEqual([]);
  });

  // Floors at what extraction reaches today (issue 23's targets are P 0.95, R 0.85, each
  // name kind P 0.90 R 0.75, values 0.97): raise them as it improves, never lower them.
  it('facts: precision, recall and value accuracy on the hand-annotated pages hold their floors', () => {
    const figures = factsScore(join(import.meta.dirname, '..'), shared);
    const summary = JSON.stringify(figures);
    expect(figures.precision, summary).toBeGreaterThanOrEqual(FACTS_FLOORS.precision);
    expect(figures.recall, summary).toBeGreaterThanOrEqual(FACTS_FLOORS.recall);
    expect(figures.valueAccuracy, summary).toBeGreaterThanOrEqual(FACTS_FLOORS.valueAccuracy);
    for (const [kind, floor] of Object.entries(FACTS_FLOORS.byKind)) {
      const k = figures.byKind[kind]!;
      expect(k.precision, `${kind} ${summary}`).toBeGreaterThanOrEqual(floor.precision);
      expect(k.recall, `${kind} ${summary}`).toBeGreaterThanOrEqual(floor.recall);
    }
  }, 900_000);

  it('numerals: at least 98% exact on the cn2an and nzh tables that apply to reading text', () => {
    for (const report of numeralConformance(peers)) {
      expect(report.rows).toBeGreaterThan(90);
      expect(report.exact / report.rows, JSON.stringify(report.failures)).toBeGreaterThanOrEqual(
        0.98,
      );
    }
  });
});
