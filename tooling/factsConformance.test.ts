import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { peersPresent, shared } from '../bench/conformance.ts';
import { factsScore } from '../bench/factsConformance.ts';

/** Facts: floors at what extraction reaches (see the test below). */
const FACTS_FLOORS = {
  precision: 0.96,
  recall: 0.94,
  valueAccuracy: 0.986,
  byKind: {
    organization: { precision: 0.965, recall: 0.9 },
    // Person precision is held down by real names in text the gold bodies leave out (the
    // 展开全文 half of cw_d8d4c4ec, which a rec dump keeps inline; bylines above the article
    // are no facts since extractor version 3); recall by the credit lines the cleaner now
    // removes (cw_b26fbb82, cw_500b350d), which the gold counts (issue 23).
    person: { precision: 0.94, recall: 0.86 },
    place: { precision: 0.98, recall: 0.96 },
  },
  // Each input shape on its own. rec's values are held down by its dumps' missing date
  // lines: 2月11日 in a page that never prints its year stays unresolved (value null).
  byShape: {
    html: { precision: 0.995, recall: 0.96, valueAccuracy: 0.996 },
    rec: { precision: 0.927, recall: 0.92, valueAccuracy: 0.966 },
    corpus: { precision: 0.99, recall: 0.975, valueAccuracy: 0.999 },
  },
};

/**
 * Facts measured on ../shared/peers/facts (hand-annotated pages), scored by the shared
 * facts_score.py over every shape it runs (html, rec, corpus).
 */
describe.skipIf(!peersPresent)(
  'facts conformance with ../shared/peers (skipped without ../shared/peers beside the checkout)',
  () => {
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
      for (const [shape, floor] of Object.entries(FACTS_FLOORS.byShape)) {
        const o = figures.byShape[shape]!;
        expect(o, `shape ${shape} ${summary}`).toBeDefined();
        expect(o.precision, `${shape} ${summary}`).toBeGreaterThanOrEqual(floor.precision);
        expect(o.recall, `${shape} ${summary}`).toBeGreaterThanOrEqual(floor.recall);
        expect(o.valueAccuracy, `${shape} ${summary}`).toBeGreaterThanOrEqual(floor.valueAccuracy);
      }
    }, 900_000);
  },
);
