import { describe, expect, it } from 'vitest';
import { aeb, gne, peers, peersPresent } from '../bench/conformance.ts';
import { ftfyConformance } from '../bench/ftfyConformance.ts';
import { numeralConformance } from '../bench/numeralConformance.ts';

/**
 * Cleaning measured on other projects' test data (../shared/peers, beside the checkout in
 * CI). gne is an acceptance line that holds and must keep holding. The aeb F1 is printed;
 * the assertion is a floor against regressions at today's figure — the 0.96 target of the
 * cleaning issue is not met yet and is not claimed here.
 */
describe.skipIf(!peersPresent)('conformance with ../shared/peers', () => {
  it('gne: no ICP number, related-links list, comment prompt or copyright footer survives in 60 Chinese pages', () => {
    const result = gne();
    expect(result.pages).toBe(60);
    expect(result.pagesWithChrome).toBe(0);
  }, 120_000);

  it('aeb: Winnow extracts at least as well as Readability.js alone on the same pages', () => {
    const f1 = aeb();
    const winnow = f1['Winnow'] ?? 0;
    const readability = f1['Readability.js alone (same DOM)'] ?? 1;
    expect(winnow).toBeGreaterThanOrEqual(0.95);
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

  it('numerals: at least 98% exact on the cn2an and nzh tables that apply to reading text', () => {
    for (const report of numeralConformance(peers)) {
      expect(report.rows).toBeGreaterThan(90);
      expect(report.exact / report.rows, JSON.stringify(report.failures)).toBeGreaterThanOrEqual(
        0.98,
      );
    }
  });
});
